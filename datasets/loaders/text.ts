/**
 * The sentiment datasets: SST-2, UCI sentiment sentences, Rotten Tomatoes polarity and the
 * Russian SentiRuEval-2016 tweets. Each loader takes the dataset's folder and returns rows.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DatasetFormatError } from "../errors";
import { parseCsv, type Schema } from "./csv";

/** One labelled sentence; label 1 = positive, 0 = negative. */
export interface LabelledText {
  text: string;
  label: 0 | 1;
}

const binary = (v: number): true | string => (v === 0 || v === 1 ? true : `label ${v} is not 0 or 1`);

// ---------------------------------------------------------------------------------------------
// SST-2 (GLUE). train.tsv has the header `label<TAB>sentence` and CRLF line ends; dev.tsv has
// `label<TAB>content` and LF. Neither uses quoting: a `"` is part of the sentence.

const SST2_SCHEMA = { label: "int", sentence: "string" } as const satisfies Schema;

export interface Sst2 {
  /** 67,349 sentences: 37,569 positive, 29,780 negative. */
  train: LabelledText[];
  /** 872 sentences: 444 positive, 428 negative. */
  dev: LabelledText[];
}

export function parseSst2(text: string, name: string): LabelledText[] {
  const { rows } = parseCsv(text, SST2_SCHEMA, {
    name,
    delimiter: "\t",
    unquoted: true,
    aliases: { sentence: ["content"] },
    validate: { label: binary, sentence: (s) => (s.includes("\r") ? "stray carriage return" : true) },
  });
  return rows.map((r) => ({ text: r.sentence, label: r.label as 0 | 1 }));
}

export async function loadSst2(dir: string): Promise<Sst2> {
  const [train, dev] = await Promise.all([
    readFile(join(dir, "train.tsv"), "utf8"),
    readFile(join(dir, "dev.tsv"), "utf8"),
  ]);
  return { train: parseSst2(train, "sst2/train.tsv"), dev: parseSst2(dev, "sst2/dev.tsv") };
}

// ---------------------------------------------------------------------------------------------
// UCI Sentiment Labelled Sentences: `sentence<TAB>label`, no header, 1000 lines per source.

const UCI_SCHEMA = { sentence: "string", label: "int" } as const satisfies Schema;
export const UCI_SOURCES = ["amazon", "yelp", "imdb"] as const;
export type UciSource = (typeof UCI_SOURCES)[number];
export type UciSentences = Record<UciSource, LabelledText[]>;

export async function loadUciSentences(dir: string): Promise<UciSentences> {
  const files: Record<UciSource, string> = {
    amazon: "amazon_cells_labelled.txt",
    yelp: "yelp_labelled.txt",
    imdb: "imdb_labelled.txt",
  };
  const out = {} as UciSentences;
  for (const source of UCI_SOURCES) {
    const text = await readFile(join(dir, files[source]), "utf8");
    const { rows } = parseCsv(text, UCI_SCHEMA, {
      name: `uci-sentences/${files[source]}`,
      header: false,
      delimiter: "\t",
      unquoted: true,
      missing: [],
      validate: { label: binary },
    });
    out[source] = rows.map((r) => ({ text: r.sentence.trim(), label: r.label as 0 | 1 }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rotten Tomatoes sentence polarity v1.0: one sentence per line, Windows-1252 bytes.

export interface RtPolarity {
  /** 5331 positive then 5331 negative sentences. */
  rows: LabelledText[];
}

// WHATWG index-windows-1252 for bytes 0x80..0x9F (the rest of the bytes are Latin-1). Written out
// because `new TextDecoder("windows-1252")` in Node 20.18.3+ and 22.13+ decodes these bytes as
// Latin-1 control characters (nodejs/node#56542, #60888), e.g. 0x97 as U+0097 instead of "—".
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 bytes (the WHATWG mapping, whatever the Node version). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    chunk.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] ?? b) : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** Splits Windows-1252 text into its non-empty lines. */
export function decodeLines(bytes: Uint8Array): string[] {
  return decodeWindows1252(bytes)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
}

export async function loadRtPolarity(dir: string): Promise<RtPolarity> {
  const [pos, neg] = await Promise.all([
    readFile(join(dir, "rt-polarity.pos")),
    readFile(join(dir, "rt-polarity.neg")),
  ]);
  const rows: LabelledText[] = [
    ...decodeLines(pos).map((text) => ({ text, label: 1 as const })),
    ...decodeLines(neg).map((text) => ({ text, label: 0 as const })),
  ];
  return { rows };
}

// ---------------------------------------------------------------------------------------------
// SentiRuEval-2016 (banks and telecom companies): a phpMyAdmin XML dump. Each tweet has one
// column per company with its gold sentiment towards it: -1, 0, 1, or NULL (not mentioned).

export type Sentiment = -1 | 0 | 1;
export interface SentiRuTweet {
  id: number;
  tweetId: string;
  text: string;
  /** Sentiment per company mentioned. */
  entities: Record<string, Sentiment>;
  /**
   * The tweet's label: the companies' common sentiment, or null when they disagree (a tweet
   * can praise one bank and criticise another).
   */
  label: Sentiment | null;
}
export interface SentiRuEval {
  banks: SentiRuTweet[];
  telecom: SentiRuTweet[];
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ent: string) => {
    if (ent.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ent.slice(2), 16));
    if (ent.startsWith("#")) return String.fromCodePoint(Number.parseInt(ent.slice(1), 10));
    return XML_ENTITIES[ent] ?? whole;
  });
}

const META_COLUMNS = new Set(["id", "twitid", "date", "text"]);

/** Parses one SentiRuEval phpMyAdmin XML export. */
export function parseSentiRuEval(xml: string, name: string): SentiRuTweet[] {
  const tweets: SentiRuTweet[] = [];
  const tableRe = /<table name="[^"]*">([\s\S]*?)<\/table>/g;
  const columnRe = /<column name="([^"]+)">([\s\S]*?)<\/column>/g;
  // Skip the schema part (CREATE TABLE statements) before the data.
  const dataStart = xml.indexOf("<database name=");
  if (dataStart < 0) throw new DatasetFormatError(`${name}: no <database> element`);
  for (const table of xml.slice(dataStart).matchAll(tableRe)) {
    const cols = new Map<string, string>();
    for (const c of (table[1] ?? "").matchAll(columnRe)) cols.set(c[1] ?? "", decodeXmlText(c[2] ?? ""));
    const id = Number(cols.get("id"));
    const text = cols.get("text");
    if (!Number.isInteger(id) || text === undefined) {
      throw new DatasetFormatError(`${name}: a <table> record near offset ${table.index} has no id or text`);
    }
    const entities: Record<string, Sentiment> = {};
    for (const [key, value] of cols) {
      if (META_COLUMNS.has(key) || value === "NULL") continue;
      if (value !== "-1" && value !== "0" && value !== "1") {
        throw new DatasetFormatError(
          `${name}: record ${id}, column ${key}: sentiment "${value}" is not -1, 0 or 1`,
        );
      }
      entities[key] = Number(value) as Sentiment;
    }
    const values = new Set(Object.values(entities));
    const [only] = values;
    tweets.push({
      id,
      tweetId: cols.get("twitid") ?? "",
      text: text.trim(),
      entities,
      label: values.size === 1 && only !== undefined ? only : null,
    });
  }
  if (tweets.length === 0) throw new DatasetFormatError(`${name}: no records`);
  return tweets;
}

export async function loadSentiRuEval(dir: string): Promise<SentiRuEval> {
  const [banks, telecom] = await Promise.all([
    readFile(join(dir, "banks_test_etalon.xml"), "utf8"),
    readFile(join(dir, "tkk_test_etalon.xml"), "utf8"),
  ]);
  return {
    banks: parseSentiRuEval(banks, "banks_test_etalon.xml"),
    telecom: parseSentiRuEval(telecom, "tkk_test_etalon.xml"),
  };
}
