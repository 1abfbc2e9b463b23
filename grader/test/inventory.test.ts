/** Holding a run to its spec files' inventory: what counts when learner code disturbs the run. */
import { describe, expect, it } from "vitest";
import { holdToInventory, type Inventory, inventoryDiff, inventoryOf } from "../inventory";
import type { RawTestResult, RunOutcome } from "../run/protocol";

const FILE = "exercises/1.1-demo/01-pass/add.spec.ts";
const HIDDEN = "solutions/1.1-demo/01-pass/hidden/add.hidden.spec.ts";

function result(
  name: string,
  file = FILE,
  line = 1,
  state: RawTestResult["state"] = "passed",
): RawTestResult {
  const [top] = name.split(" > ");
  return {
    target: "exercises",
    file,
    line,
    hidden: file === HIDDEN,
    name: name.split(" > ").at(-1) ?? name,
    fullName: name,
    topDescribe: top,
    state,
    errors: [],
    durationMs: 1,
    metrics: {},
    output: "",
  };
}

const inventory: Inventory = {
  [FILE]: [
    { name: "1. Add > adds", task: 1 },
    { name: "2. Sum > sums", task: 2 },
  ],
  [HIDDEN]: [{ name: "1. Add > adds zero", task: 1 }],
};

function outcome(tests: RawTestResult[], extra: Partial<RunOutcome> = {}): RunOutcome {
  return {
    files: [FILE, HIDDEN],
    tests,
    moduleErrors: [],
    unhandledErrors: [],
    timedOut: false,
    crashed: undefined,
    durationMs: 10,
    ...extra,
  };
}

const honest = [
  result("1. Add > adds", FILE, 3),
  result("2. Sum > sums", FILE, 7, "failed"),
  result("1. Add > adds zero", HIDDEN, 2),
];

describe("holdToInventory", () => {
  it("keeps the results of a run that reports exactly the inventory", () => {
    expect(holdToInventory(outcome(honest), [FILE, HIDDEN], inventory)).toEqual(honest);
  });

  it("fails every expected test of a file that reported extra tests, and keeps the other files", () => {
    const padded = [...honest, result("1. Add > free point", FILE, 20)];
    const held = holdToInventory(outcome(padded), [FILE, HIDDEN], inventory);
    expect(held.map((t) => [t.fullName, t.state])).toEqual([
      ["1. Add > adds", "failed"],
      ["2. Sum > sums", "failed"],
      ["1. Add > adds zero", "passed"],
    ]);
    expect(held[0]?.errors[0]?.message).toMatch(/reported other tests than the course defines/);
  });

  it("fails every expected test of a file with a test missing or duplicated", () => {
    const missing = honest.filter((t) => t.fullName !== "2. Sum > sums");
    expect(
      holdToInventory(outcome(missing), [FILE, HIDDEN], inventory).filter((t) => t.state === "failed"),
    ).toHaveLength(2);
    const twice = [...honest, result("1. Add > adds", FILE, 3)];
    expect(
      holdToInventory(outcome(twice), [FILE, HIDDEN], inventory).filter(
        (t) => t.file === FILE && t.state === "failed",
      ),
    ).toHaveLength(2);
  });

  it("fails a file that did not report, giving the reason: load error, timeout or crash", () => {
    const publicOnly = honest.filter((t) => t.file === FILE);
    const loadError = holdToInventory(
      outcome(publicOnly, {
        moduleErrors: [{ target: "exercises", file: HIDDEN, message: "Error: thrown at import" }],
      }),
      [FILE, HIDDEN],
      inventory,
    );
    expect(loadError.find((t) => t.file === HIDDEN)).toMatchObject({
      state: "failed",
      hidden: true,
      topDescribe: "1. Add",
      errors: [{ name: "NotRun", message: "the spec file did not run: Error: thrown at import" }],
    });
    expect(
      holdToInventory(outcome(publicOnly, { timedOut: true }), [FILE, HIDDEN], inventory).at(-1)?.errors[0]
        ?.message,
    ).toMatch(/time budget/);
    expect(
      holdToInventory(outcome(publicOnly, { crashed: "exit 1" }), [FILE, HIDDEN], inventory).at(-1)?.errors[0]
        ?.message,
    ).toMatch(/crashed.*exit 1/);
  });

  it("counts only the files that were run, and ignores results of any other file", () => {
    const stray = [...honest, result("1. Add > elsewhere", "exercises/x/y/z.spec.ts")];
    expect(holdToInventory(outcome(stray), [FILE], inventory).map((t) => t.file)).toEqual([FILE, FILE]);
  });
});

describe("inventoryOf and inventoryDiff", () => {
  it("records each file's tests in line order with their tasks, and names the files that changed", () => {
    const got = inventoryOf([...honest].reverse());
    expect(got).toEqual(inventory);
    expect(inventoryDiff(inventory, got)).toEqual([]);
    const changed = inventoryOf([...honest, result("2. Sum > sums more", FILE, 9)]);
    expect(inventoryDiff(inventory, changed)).toEqual([
      `${FILE}: 0 test(s) no longer defined, 1 new (2 → 3)`,
    ]);
  });
});
