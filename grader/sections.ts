/** The course sections, in roadmap order (../shared/roadmap/README.md). */
export const SECTIONS = [
  { folder: "5.1-math", title: "Math foundation" },
  { folder: "5.2-classic-ml", title: "Classic ML algorithms" },
  { folder: "5.3-mlops", title: "ML operations, lite" },
  { folder: "6.1-nn-core", title: "Neural network core" },
  { folder: "6.2-cnn", title: "Computer vision (CNN)" },
  { folder: "6.3-nlp", title: "NLP and transformers" },
  { folder: "6.4-final-boss", title: "Final boss: a full-stack AI app" },
] as const;

export function sectionTitle(folder: string): string {
  const found = SECTIONS.find((s) => s.folder === folder);
  const number = folder.split("-")[0] ?? folder;
  return found ? `${number} ${found.title}` : folder;
}
