/** The course sections, in roadmap order (../shared/roadmap/README.md). */
export const SECTIONS = [
  {
    folder: "5.1-math",
    title: "Math foundation",
    topics: "vectors, matmul, tensors, calculus, statistics, bias vs variance",
  },
  {
    folder: "5.2-classic-ml",
    title: "Classic ML algorithms",
    topics: "preprocessing, regression, trees, k-means, ensembles",
  },
  {
    folder: "5.3-mlops",
    title: "ML operations, lite",
    topics: "metrics, validation, model files, a model microservice",
  },
  {
    folder: "6.1-nn-core",
    title: "Neural network core",
    topics: "perceptron to backprop, TF.js hello world",
  },
  {
    folder: "6.2-cnn",
    title: "Computer vision (CNN)",
    topics: "MNIST > 98%, ResNet, detection, transfer learning",
  },
  {
    folder: "6.3-nlp",
    title: "NLP and transformers",
    topics: "tokenizers, embeddings, attention, BERT sentiment",
  },
  {
    folder: "6.4-final-boss",
    title: "Final boss: a full-stack AI app",
    topics: "an audio note-taker (API, queue, ASR, Postgres, S3)",
  },
] as const;

export function sectionTitle(folder: string): string {
  const found = SECTIONS.find((s) => s.folder === folder);
  const number = folder.split("-")[0] ?? folder;
  return found ? `${number} ${found.title}` : folder;
}
