import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FASHION_MNIST_DIR } from "../loaders/fashion-mnist";
import { formatMarkdown, renderCards } from "../make-cards";
import { REPO_ROOT } from "../paths";
import { ALL_ENTRIES } from "../registry";
import { mirrorOptions } from "./helpers";

describe("docs/datasets.md", () => {
  it("has a card per dataset with source, licence, citation, shape and class balance", async () => {
    const doc = await readFile(join(REPO_ROOT, "docs", "datasets.md"), "utf8");
    for (const e of ALL_ENTRIES) {
      const start = doc.indexOf(`\n## ${e.id}\n`);
      expect(start, e.id).toBeGreaterThan(0);
      const next = doc.indexOf("\n## ", start + 4);
      const card = doc.slice(start, next < 0 ? undefined : next);
      expect(card).toContain(e.licence);
      expect(card).toContain(e.citation);
      expect(card).toContain("- Files: ");
      expect(card).toContain("Shape:");
    }
    expect(doc).toMatch(/\| train \(Survived\) +\| +549 \| +342 \|/);
    expect(doc).toMatch(/\| train +\| +500 \| +500 \|/);
  });

  it("is what make-cards generates now (on a machine with every dataset)", async () => {
    const text = formatMarkdown(await renderCards(mirrorOptions()));
    const doc = await readFile(join(REPO_ROOT, "docs", "datasets.md"), "utf8");
    if (existsSync(join(FASHION_MNIST_DIR, "train-images-idx3-ubyte.gz"))) {
      expect(text, "docs/datasets.md is out of date: run `npx tsx datasets/make-cards.ts`").toBe(doc);
    } else {
      expect(text).toContain("_Not available on the machine that generated this page");
    }
  });
});
