import { describe, expect, it } from "vitest";
import { loadDataset } from "../index";
import { decodeWindows1252, parseSentiRuEval } from "../loaders/text";
import { vectorOf } from "../loaders/vectors";
import { mirrorOptions } from "./helpers";

const count = (rows: readonly { label: number | null }[], label: number | null) =>
  rows.filter((r) => r.label === label).length;

describe("text loaders (real data)", () => {
  it("SST-2: 67,349 train (37,569 pos / 29,780 neg) and 872 dev (444 / 428), both header layouts", async () => {
    const { train, dev } = await loadDataset("sst2", mirrorOptions());
    expect(train).toHaveLength(67_349);
    expect(count(train, 1)).toBe(37_569);
    expect(count(train, 0)).toBe(29_780);
    expect(dev).toHaveLength(872);
    expect(count(dev, 1)).toBe(444);
    expect(count(dev, 0)).toBe(428);
    expect(train[0]).toEqual({ text: "hide new secretions from the parental units", label: 0 });
    expect(dev[0]).toEqual({ text: "one long string of cliches .", label: 0 });
    expect(train.some((r) => r.text.includes("\r"))).toBe(false);
  });

  it("UCI sentences: amazon, yelp and imdb, 1000 each, 500/500", async () => {
    const d = await loadDataset("uci-sentences", mirrorOptions());
    for (const rows of [d.amazon, d.yelp, d.imdb]) {
      expect(rows).toHaveLength(1000);
      expect(count(rows, 1)).toBe(500);
    }
    expect(d.amazon[0]).toEqual({
      text: "So there is no way for me to plug it in here in the US unless I go by a converter.",
      label: 0,
    });
  });

  it("Rotten Tomatoes: 5331 + 5331, Windows-1252 decoded", async () => {
    const { rows } = await loadDataset("rt-polarity", mirrorOptions());
    expect(rows).toHaveLength(10_662);
    expect(count(rows, 1)).toBe(5331);
    expect(count(rows, 0)).toBe(5331);
    const all = rows.map((r) => r.text).join("\n");
    expect(all).toContain("ladrón de orquídeas");
    expect(all).toContain("songs — a few potential hits");
    expect(/[\u0080-\u009f]/.test(all)).toBe(false); // no C1 control characters left
  });

  it("decodeWindows1252 maps 0x80–0x9F the WHATWG way", () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x93, 0x94, 0x97, 0x81, 0xe9, 0x41))).toBe("€“”—\u0081éA");
  });

  it("SentiRuEval-2016: banks 3313 and telecom 2247 tweets with gold labels", async () => {
    const { banks, telecom } = await loadDataset("sentirueval-2016", mirrorOptions());
    expect(banks).toHaveLength(3313);
    expect(telecom).toHaveLength(2247);
    expect(banks[0]).toMatchObject({
      id: 1,
      text: "#Автокредит в россельхозбанк в череповце",
      entities: { rshb: 0 },
      label: 0,
    });
    expect([count(banks, -1), count(banks, 0), count(banks, 1), count(banks, null)]).toEqual([
      762, 2238, 302, 11,
    ]);
    expect([count(telecom, -1), count(telecom, 0), count(telecom, 1), count(telecom, null)]).toEqual([
      1008, 1008, 182, 49,
    ]);
    expect(banks.some((t) => t.text.includes("&quot;"))).toBe(false);
  });

  it("parseSentiRuEval rejects a bad sentiment value", () => {
    const xml =
      '<database name="x"><table name="t"><column name="id">1</column><column name="text">a</column><column name="vtb">7</column></table>';
    expect(() => parseSentiRuEval(xml, "bad.xml")).toThrow(/record 1, column vtb: sentiment "7"/);
  });

  it("GloVe: 20000 × 100 Float32 matrix and vocabulary", async () => {
    const wv = await loadDataset("glove-100d-20k", mirrorOptions());
    expect(wv.count).toBe(20_000);
    expect(wv.dim).toBe(100);
    expect(wv.vectors).toBeInstanceOf(Float32Array);
    expect(wv.vectors.length).toBe(2_000_000);
    expect(wv.vocab[0]).toBe("the");
    expect(vectorOf(wv, "the")?.[0]).toBeCloseTo(-0.038194, 6);
    // king − man + woman is nearer to queen than to most words: cosine(queen, …) is high.
    const v = (w: string) => vectorOf(wv, w) ?? new Float32Array(100);
    const [k, m, w, q] = [v("king"), v("man"), v("woman"), v("queen")];
    const t = k.map((x, i) => x - (m[i] ?? 0) + (w[i] ?? 0));
    const cos = (a: Float32Array, b: Float32Array) => {
      let d = 0;
      let na = 0;
      let nb = 0;
      for (let i = 0; i < a.length; i++) {
        d += (a[i] ?? 0) * (b[i] ?? 0);
        na += (a[i] ?? 0) ** 2;
        nb += (b[i] ?? 0) ** 2;
      }
      return d / Math.sqrt(na * nb);
    };
    expect(cos(t, q)).toBeGreaterThan(0.7);
  });

  it("BERT vocabulary: 28,996 tokens, [PAD] first, resolved to a local path", async () => {
    const { tokens, path } = await loadDataset("bert-vocab", mirrorOptions());
    expect(tokens).toHaveLength(28_996);
    expect(tokens[0]).toBe("[PAD]");
    expect(tokens).toContain("[CLS]");
    expect(tokens).toContain("##ing");
    expect(path).toMatch(/models[/\\]bert-vocab[/\\]bert-base-cased-vocab\.txt$/);
  });
});
