/**
 * Each spec file's test inventory — the full names and tasks of the tests it defines — recorded
 * from a solutions run (`npm run verify -- --update-inventory`) in `solutions/<exercise>/inventory.json`.
 *
 * Grading holds every run to it, so that a score cannot be padded or shrunk by what learner
 * code does to the test run: a spec file whose reported tests differ from its inventory (tests
 * added from learner code, tests missing), a file that did not report (it threw at import, the
 * run crashed or timed out) counts every expected test of that file as failed; tests of files
 * outside the inventory do not count.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { RawTestResult, RunOutcome } from "./run/protocol";

const inventorySchema = z.record(
  z.string(),
  z.array(z.object({ name: z.string(), task: z.number().int().nullable() }).strict()),
);

/** spec file (relative to the course root) → its tests, in file order. */
export type Inventory = z.output<typeof inventorySchema>;

export const inventoryFile = (solutionsDir: string, folder: string) =>
  path.join(solutionsDir, folder, "inventory.json");

export function loadInventory(solutionsDir: string, folder: string): Inventory | undefined {
  const file = inventoryFile(solutionsDir, folder);
  if (!existsSync(file)) return undefined;
  return inventorySchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export function writeInventory(solutionsDir: string, folder: string, inventory: Inventory): void {
  writeFileSync(inventoryFile(solutionsDir, folder), `${JSON.stringify(inventory, null, 2)}\n`);
}

const taskOf = (t: RawTestResult) => {
  const m = /^(\d+)\./.exec(t.topDescribe ?? "");
  return m ? Number(m[1]) : null;
};

/** The inventory a (solutions) run reports, in file and line order. */
export function inventoryOf(tests: RawTestResult[]): Inventory {
  const out: Inventory = {};
  const sorted = [...tests].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  for (const t of sorted) {
    const list = out[t.file] ?? [];
    list.push({ name: t.fullName, task: taskOf(t) });
    out[t.file] = list;
  }
  return out;
}

/** Differences between two inventories, one line each (empty when equal). */
export function inventoryDiff(want: Inventory, got: Inventory): string[] {
  const problems: string[] = [];
  for (const file of new Set([...Object.keys(want), ...Object.keys(got)])) {
    const w = (want[file] ?? []).map((t) => `${t.task}|${t.name}`);
    const g = (got[file] ?? []).map((t) => `${t.task}|${t.name}`);
    const missing = w.filter((x) => !g.includes(x));
    const extra = g.filter((x) => !w.includes(x));
    if (missing.length > 0 || extra.length > 0 || w.length !== g.length)
      problems.push(
        `${file}: ${missing.length} test(s) no longer defined, ${extra.length} new (${w.length} → ${g.length})`,
      );
  }
  return problems;
}

const sameNames = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The run's results held to the inventory, for the files that were run. Files the inventory
 * does not know keep their results (a course without inventories grades as before).
 */
export function holdToInventory(outcome: RunOutcome, files: string[], inventory: Inventory): RawTestResult[] {
  const why = (file: string, reported: number): string => {
    const loadError = outcome.moduleErrors.find((m) => m.file === file);
    if (loadError) return `the spec file did not run: ${loadError.message}`;
    if (outcome.timedOut) return "the run was stopped at its time budget before this spec file reported";
    if (outcome.crashed) return `the test run crashed before this spec file reported: ${outcome.crashed}`;
    return reported === 0
      ? "this spec file did not report its results"
      : "this spec file reported other tests than the course defines (were tests added or removed at run time?)";
  };
  const out: RawTestResult[] = [];
  for (const file of files) {
    const expected = inventory[file];
    const reported = outcome.tests.filter((t) => t.file === file);
    if (!expected) {
      out.push(...reported);
      continue;
    }
    const byLine = [...reported].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const got = byLine.map((t) => t.fullName);
    const want = expected.map((t) => t.name);
    // Order can differ between runs only by line ties; compare as sorted lists.
    if (sameNames([...got].sort(), [...want].sort())) {
      out.push(...byLine);
      continue;
    }
    const reason = why(file, reported.length);
    for (const t of expected) {
      const [top] = t.name.split(" > ");
      out.push({
        target: outcome.tests[0]?.target ?? "",
        file,
        line: null,
        hidden: /\.hidden\.spec\.[cm]?tsx?$/.test(file),
        name: t.name.split(" > ").at(-1) ?? t.name,
        fullName: t.name,
        topDescribe: top,
        state: "failed",
        errors: [{ name: "NotRun", message: reason }],
        durationMs: 0,
        metrics: {},
        output: "",
      });
    }
  }
  return out;
}
