import { describe, expect, test } from "vitest";
import { InvalidArgument, NotImplemented, ShapeError } from "../errors";
import { NotFittedError } from "../ml/errors";
import { assertMatrix, fromRows, type Matrix } from "../ml/matrix";
import { Rng } from "../rng";
import {
  applicableRules,
  CONTRACT_RULES,
  type ContractData,
  type ContractRule,
  ContractViolation,
  checkEstimatorContract,
  checkFitDoesNotMutate,
  checkFitReturnsThis,
  checkIdempotentFit,
  checkNotFitted,
  checkRefitReplacesState,
  checkRejectsNaN,
  checkRejectsWrongWidth,
  describeEstimatorContract,
  type Estimator,
  type EstimatorTags,
} from "./estimator-contract";

// ---------------------------------------------------------------------------------------------
// Tiny correct estimators, one per kind of input

/** Subtracts each column's training mean. A correct transformer on a Matrix. */
class Centerer {
  mean: Float64Array | null = null;

  fit(X: Matrix): this {
    assertMatrix(X, "Centerer.fit: X");
    const mean = new Float64Array(X.cols);
    for (let k = 0; k < X.data.length; k++) {
      mean[k % X.cols] = (mean[k % X.cols] as number) + (X.data[k] as number) / X.rows;
    }
    this.mean = mean;
    return this;
  }

  protected fitted(): Float64Array {
    if (this.mean === null) throw new NotFittedError("Centerer");
    return this.mean;
  }

  transform(X: Matrix): Matrix {
    const mean = this.fitted();
    assertMatrix(X, "Centerer.transform: X", { cols: mean.length });
    return { ...X, data: X.data.map((v, k) => v - (mean[k % X.cols] as number)) };
  }

  inverseTransform(X: Matrix): Matrix {
    const mean = this.fitted();
    assertMatrix(X, "Centerer.inverseTransform: X", { cols: mean.length });
    return { ...X, data: X.data.map((v, k) => v + (mean[k % X.cols] as number)) };
  }
}

/** Predicts the target of the nearest training row. A correct supervised estimator. */
class NearestNeighbour {
  #X: Matrix | null = null;
  #y: Float64Array | null = null;

  fit(X: Matrix, y: ArrayLike<number>): this {
    assertMatrix(X, "NearestNeighbour.fit: X");
    if (y.length !== X.rows) throw new ShapeError("NearestNeighbour.fit: one y per row");
    this.#X = { ...X, data: Float64Array.from(X.data) };
    this.#y = Float64Array.from(y);
    return this;
  }

  get nSamples(): number {
    if (this.#X === null) throw new NotFittedError("NearestNeighbour");
    return this.#X.rows;
  }

  predict(X: Matrix): Float64Array {
    const train = this.#X;
    const y = this.#y;
    if (train === null || y === null) throw new NotFittedError("NearestNeighbour");
    assertMatrix(X, "NearestNeighbour.predict: X", { cols: train.cols });
    const out = new Float64Array(X.rows);
    for (let i = 0; i < X.rows; i++) {
      let best = Number.POSITIVE_INFINITY;
      for (let t = 0; t < train.rows; t++) {
        let d = 0;
        for (let j = 0; j < X.cols; j++) {
          d += ((X.data[i * X.cols + j] as number) - (train.data[t * X.cols + j] as number)) ** 2;
        }
        if (d < best) {
          best = d;
          out[i] = y[t] as number;
        }
      }
    }
    return out;
  }

  /** Minus the mean squared error. */
  score(X: Matrix, y: ArrayLike<number>): number {
    const p = this.predict(X);
    if (y.length !== X.rows) throw new ShapeError("NearestNeighbour.score: one y per row");
    let s = 0;
    for (let i = 0; i < p.length; i++) s += ((p[i] as number) - (y[i] as number)) ** 2;
    return -s / p.length;
  }
}

type Table = ReadonlyArray<ReadonlyArray<string>>;

/** Codes each column's categories 0, 1, … in sorted order. A correct transformer on a table. */
class OrdinalEncoder {
  categories: string[][] | null = null;

  static #check(X: Table, what: string, cols?: number): number {
    const width = X[0]?.length ?? 0;
    if (X.length === 0 || width === 0) throw new InvalidArgument(`${what} is empty`);
    for (const row of X) {
      if (row.length !== width) throw new ShapeError(`${what} is ragged`);
      for (const v of row) if (typeof v !== "string") throw new InvalidArgument(`${what}: ${v} is missing`);
    }
    if (cols !== undefined && width !== cols) throw new ShapeError(`${what} needs ${cols} columns`);
    return width;
  }

  fit(X: Table): this {
    const cols = OrdinalEncoder.#check(X, "OrdinalEncoder.fit: X");
    this.categories = Array.from({ length: cols }, (_, j) =>
      [...new Set(X.map((r) => r[j] as string))].sort(),
    );
    return this;
  }

  transform(X: Table): Matrix {
    const categories = this.categories;
    if (categories === null) throw new NotFittedError("OrdinalEncoder");
    OrdinalEncoder.#check(X, "OrdinalEncoder.transform: X", categories.length);
    return fromRows(
      X.map((r) =>
        r.map((v, j) => {
          const k = (categories[j] as string[]).indexOf(v);
          if (k < 0) throw new InvalidArgument(`OrdinalEncoder.transform: unseen ${v}`);
          return k;
        }),
      ),
    );
  }
}

/** Codes labels 0, 1, … in sorted order. A correct transformer on one value per sample. */
class LabelCoder {
  classes: string[] | null = null;

  fit(labels: readonly string[]): this {
    if (labels.length === 0) throw new InvalidArgument("LabelCoder.fit: no labels");
    for (const v of labels)
      if (typeof v !== "string") throw new InvalidArgument(`LabelCoder.fit: ${v} is missing`);
    this.classes = [...new Set(labels)].sort();
    return this;
  }

  transform(labels: readonly string[]): Int32Array {
    const classes = this.classes;
    if (classes === null) throw new NotFittedError("LabelCoder");
    return Int32Array.from(labels, (v) => {
      const k = classes.indexOf(v);
      if (k < 0) throw new InvalidArgument(`LabelCoder.transform: unseen ${v}`);
      return k;
    });
  }
}

const X = fromRows([
  [1, 10, -3],
  [2, 14, -1],
  [4, 11, 0],
  [7, 19, 5],
  [3, 12, 2],
]);
const y = Float64Array.of(0.5, 1.5, 2, 4, 1);
const TABLE: Table = [
  ["red", "S"],
  ["blue", "M"],
  ["red", "L"],
  ["green", "M"],
];
const LABELS = ["cat", "dog", "cat", "bird"];

// ---------------------------------------------------------------------------------------------
// Broken estimators, each a realistic mistake

/** Centres X in place in fit. */
class MutatingCenterer extends Centerer {
  override fit(X: Matrix): this {
    super.fit(X);
    const mean = this.mean as Float64Array;
    for (let k = 0; k < X.data.length; k++) X.data[k] = (X.data[k] as number) - (mean[k % X.cols] as number);
    return this;
  }
}

/** Before fit, transform returns its input unchanged instead of throwing NotFittedError. */
class UnguardedCenterer extends Centerer {
  override transform(X: Matrix): Matrix {
    return this.mean === null ? { ...X, data: X.data.slice() } : super.transform(X);
  }
}

/** Before fit, transform fails on a null (a TypeError), not with NotFittedError. */
class NullCenterer extends Centerer {
  override transform(X: Matrix): Matrix {
    const mean = this.mean as Float64Array;
    assertMatrix(X, "NullCenterer.transform: X", { cols: mean.length });
    return { ...X, data: X.data.map((v, k) => v - (mean[k % X.cols] as number)) };
  }
}

/** fit forgets `return this`. */
class ForgetfulCenterer extends Centerer {
  override fit(X: Matrix): this {
    super.fit(X);
    return undefined as unknown as this;
  }
}

/** Validates with allowNaN, so NaN slips through fit and transform. */
class NaNCenterer extends Centerer {
  override fit(X: Matrix): this {
    assertMatrix(X, "NaNCenterer.fit: X", { allowNaN: true });
    return super.fit({ ...X, data: X.data.map((v) => (Number.isNaN(v) ? 0 : v)) });
  }
  override transform(X: Matrix): Matrix {
    const mean = this.fitted();
    assertMatrix(X, "NaNCenterer.transform: X", { cols: mean.length, allowNaN: true });
    return { ...X, data: X.data.map((v, k) => v - (mean[k % X.cols] as number)) };
  }
}

/** transform never compares the column count with fit's. */
class WidthBlindCenterer extends Centerer {
  override transform(X: Matrix): Matrix {
    const mean = this.fitted();
    assertMatrix(X, "WidthBlindCenterer.transform: X");
    return { ...X, data: X.data.map((v, k) => v - (mean[k % X.cols] ?? 0)) };
  }
}

/** Centres on a random training row, with an Rng created in the constructor instead of in fit. */
class RandomCentre extends Centerer {
  readonly #rng = new Rng(1); // draws rows 3, then 0
  override fit(X: Matrix): this {
    assertMatrix(X, "RandomCentre.fit: X");
    const i = this.#rng.int(0, X.rows);
    this.mean = X.data.slice(i * X.cols, (i + 1) * X.cols);
    return this;
  }
}

/** A second fit is ignored. */
class StickyCenterer extends Centerer {
  override fit(X: Matrix): this {
    return this.mean === null ? super.fit(X) : this;
  }
}

/** Keeps the training rows by reference; a later fit appends to them. */
class AccumulatingNeighbour extends NearestNeighbour {
  #rows: number[][] = [];
  #targets: number[] = [];
  override fit(X: Matrix, y: ArrayLike<number>): this {
    for (let i = 0; i < X.rows; i++) {
      this.#rows.push(Array.from(X.data.subarray(i * X.cols, (i + 1) * X.cols)));
      this.#targets.push(y[i] as number);
    }
    return super.fit(fromRows(this.#rows), this.#targets);
  }
}

/** The stub of an unwritten estimator. */
class StubEstimator {
  fit(_X: Matrix): this {
    throw new NotImplemented("StubEstimator.fit");
  }
  transform(_X: Matrix): Matrix {
    throw new NotImplemented("StubEstimator.transform");
  }
}

const CHECKS: Record<
  ContractRule,
  <E extends Estimator>(make: () => E, data: ContractData<E>, tags?: EstimatorTags<E>) => void
> = {
  notFitted: checkNotFitted,
  noMutation: checkFitDoesNotMutate,
  rejectsNaN: checkRejectsNaN,
  rejectsWrongWidth: checkRejectsWrongWidth,
  fitReturnsThis: checkFitReturnsThis,
  idempotentFit: checkIdempotentFit,
  refitReplacesState: checkRefitReplacesState,
};

/** The rules `make()` breaks, and the violations' messages. */
function violations<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): { rules: ContractRule[]; messages: string[] } {
  const rules: ContractRule[] = [];
  const messages: string[] = [];
  for (const rule of applicableRules(data, tags)) {
    try {
      CHECKS[rule](make, data, tags);
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      expect(error.rule, "the violation names the rule it broke").toBe(rule);
      rules.push(rule);
      messages.push(error.message);
    }
  }
  return { rules, messages };
}

// ---------------------------------------------------------------------------------------------

describe("correct estimators pass every rule", () => {
  test("a transformer on a Matrix, with inverseTransform", () => {
    const tags = { methods: ["transform", "inverseTransform"] } as const;
    expect(violations(() => new Centerer(), { X }, tags).rules).toEqual([]);
  });
  test("a supervised estimator, with a target method and a property", () => {
    const tags = { targetMethods: ["score"], properties: ["nSamples"] } as const;
    expect(violations(() => new NearestNeighbour(), { X, y }, tags).rules).toEqual([]);
  });
  test("a transformer on a table of categories", () => {
    expect(violations(() => new OrdinalEncoder(), { X: TABLE }).rules).toEqual([]);
  });
  test("a transformer on one value per sample: the width rule does not apply", () => {
    expect(applicableRules({ X: LABELS })).not.toContain("rejectsWrongWidth");
    expect(violations(() => new LabelCoder(), { X: LABELS }).rules).toEqual([]);
    expect(() => checkRejectsWrongWidth(() => new LabelCoder(), { X: LABELS })).toThrow(TypeError);
  });
  test("checkEstimatorContract runs them all", () => {
    checkEstimatorContract(() => new NearestNeighbour(), { X, y });
    checkEstimatorContract(() => new OrdinalEncoder(), { X: TABLE });
  });
  test("the data the checks get is never modified, even by an estimator that mutates its input", () => {
    const before = X.data.slice();
    violations(() => new MutatingCenterer(), { X });
    expect(X.data).toEqual(before);
  });
});

describe("each broken estimator fails its rule, and only that rule", () => {
  test("fit modifies X", () => {
    const { rules, messages } = violations(() => new MutatingCenterer(), { X });
    expect(rules).toEqual(["noMutation"]);
    expect(messages[0]).toBe(
      `MutatingCenterer breaks the estimator contract "${CONTRACT_RULES.noMutation}": ` +
        "fit(X) modified its input: X.data[0] was 1, is now -2.4",
    );
  });
  test("fit modifies y", () => {
    class Shuffler extends NearestNeighbour {
      override fit(X: Matrix, y: ArrayLike<number>): this {
        super.fit(X, y);
        (y as Float64Array).reverse();
        return this;
      }
    }
    const { rules, messages } = violations(() => new Shuffler(), { X, y });
    expect(rules).toEqual(["noMutation"]);
    expect(messages[0]).toMatch(/fit\(X, y\) modified its input: y\[0\] was 0\.5, is now 1$/);
  });
  test("transform before fit does not throw NotFittedError", () => {
    const tags = { methods: ["transform", "inverseTransform"] } as const;
    const quiet = violations(() => new UnguardedCenterer(), { X }, tags);
    expect(quiet.rules).toEqual(["notFitted"]);
    expect(quiet.messages[0]).toMatch(
      /^UnguardedCenterer breaks .*: transform\(X\) before fit returned normally instead of throwing NotFittedError$/,
    );
    const crash = violations(() => new NullCenterer(), { X });
    expect(crash.rules).toEqual(["notFitted"]);
    expect(crash.messages[0]).toMatch(
      /transform\(X\) before fit threw TypeError \(.*\) instead of NotFittedError/,
    );
  });
  test("a property or a target method before fit does not throw NotFittedError", () => {
    class Lenient extends NearestNeighbour {
      override get nSamples(): number {
        return 0;
      }
    }
    const { rules, messages } = violations(() => new Lenient(), { X, y }, { properties: ["nSamples"] });
    expect(rules).toEqual(["notFitted"]);
    expect(messages[0]).toMatch(/reading nSamples before fit returned normally/);
    class LenientScore extends NearestNeighbour {
      override score(): number {
        return 0;
      }
    }
    expect(violations(() => new LenientScore(), { X, y }, { targetMethods: ["score"] }).messages[0]).toMatch(
      /score\(X, y\) before fit returned normally/,
    );
  });
  test("fit does not return this", () => {
    const { rules, messages } = violations(() => new ForgetfulCenterer(), { X });
    expect(rules).toEqual(["fitReturnsThis"]);
    expect(messages[0]).toMatch(/: fit\(X\) returned undefined instead of this$/);
  });
  test("NaN is accepted", () => {
    const { rules, messages } = violations(() => new NaNCenterer(), { X });
    expect(rules).toEqual(["rejectsNaN"]);
    expect(messages[0]).toMatch(
      /: fit\(X\) with NaN in X returned normally instead of throwing InvalidArgument$/,
    );
    // With allowNaN (an imputer) the rule is not applied.
    expect(applicableRules({ X }, { allowNaN: true })).not.toContain("rejectsNaN");
  });
  test("a NaN at predict time is accepted", () => {
    class LateNaN extends Centerer {
      override transform(X: Matrix): Matrix {
        const mean = this.fitted();
        assertMatrix(X, "LateNaN.transform: X", { cols: mean.length, allowNaN: true });
        return super.transform({ ...X, data: X.data.map((v) => (Number.isNaN(v) ? 0 : v)) });
      }
    }
    expect(violations(() => new LateNaN(), { X }).messages).toEqual([
      expect.stringMatching(
        /transform\(X\) with NaN in X returned normally instead of throwing InvalidArgument$/,
      ),
    ]);
  });
  test("a different number of columns is accepted", () => {
    const { rules, messages } = violations(() => new WidthBlindCenterer(), { X });
    expect(rules).toEqual(["rejectsWrongWidth"]);
    expect(messages[0]).toMatch(
      /: transform\(X\) with 4 columns after fit on 3 returned normally instead of throwing ShapeError$/,
    );
  });
  test("a different number of columns is the wrong error", () => {
    class WrongError extends Centerer {
      override transform(X: Matrix): Matrix {
        const mean = this.fitted();
        if (X.cols !== mean.length) throw new InvalidArgument("WrongError.transform: bad width");
        return super.transform(X);
      }
    }
    expect(violations(() => new WrongError(), { X }).messages).toEqual([
      expect.stringMatching(
        /with 4 columns after fit on 3 threw InvalidArgument \("WrongError.transform: bad width"\) instead of ShapeError$/,
      ),
    ]);
  });
  test("fit is not idempotent", () => {
    const { rules, messages } = violations(() => new RandomCentre(), { X });
    // A fresh estimator draws differently from a refitted one, so rule 7 fails as well.
    expect(rules).toEqual(["idempotentFit", "refitReplacesState"]);
    expect(messages[0]).toMatch(
      /: after a second fit\(X\) on the same data, transform\(X\)\.data\[\d+\] is -?[\d.]+, but after the first it was -?[\d.]+\. fit must start from scratch/,
    );
  });
  test("a second fit is ignored, or adds to the first", () => {
    const sticky = violations(() => new StickyCenterer(), { X });
    expect(sticky.rules).toEqual(["refitReplacesState"]);
    expect(sticky.messages[0]).toMatch(
      /: fitted on other data and then on X, transform\(X\)\.data\[0\] is -6\.8\d*, but a fresh estimator fitted on X gives -2\.4\. fit must replace/,
    );
    // Appending to the first fit's rows leaves the predictions on X as they were (X's own rows are
    // still the nearest), but not the number of training rows.
    const accumulating = violations(
      () => new AccumulatingNeighbour(),
      { X, y },
      { properties: ["nSamples"] },
    );
    expect(accumulating.rules).toEqual(["idempotentFit", "refitReplacesState"]);
    expect(accumulating.messages[0]).toMatch(/nSamples is 10, but after the first it was 5/);
  });
  test("data.refit replaces the derived other data; fit failing on it is the spec's mistake", () => {
    const other = fromRows([
      [0, 0, 0],
      [1, 1, 1],
    ]);
    expect(violations(() => new StickyCenterer(), { X, refit: { X: other } }).rules).toEqual([
      "refitReplacesState",
    ]);
    const narrow = fromRows([[1], [2]]);
    expect(() => checkRefitReplacesState(() => new Centerer(), { X, refit: { X: narrow } })).not.toThrow();
    expect(() => checkRefitReplacesState(() => new Centerer(), { X, refit: { X: fromRows([]) } })).toThrow(
      /Centerer\.fit\(X\) on data\.refit threw InvalidArgument .*pass other training data as data\.refit/,
    );
  });
  test("a stub's NotImplemented passes through every check unchanged", () => {
    for (const rule of applicableRules({ X })) {
      expect(() => CHECKS[rule](() => new StubEstimator(), { X }), rule).toThrow(NotImplemented);
    }
  });
  test("a missing method is a violation, and so is an estimator with neither predict nor transform", () => {
    expect(() =>
      checkNotFitted(() => new Centerer(), { X }, { methods: ["predict" as "transform"] }),
    ).toThrow(/Centerer breaks .*: it has no method predict\(\)/);
    const fitOnly: { fit(X: Matrix): unknown } = { fit: () => fitOnly };
    expect(() => checkNotFitted(() => fitOnly, { X })).toThrow(
      /estimator breaks .*neither predict nor transform/,
    );
  });
});

describe("1. describeEstimatorContract", () => {
  let made = 0;
  describeEstimatorContract(
    "1. describeEstimatorContract",
    () => {
      made++;
      return new Centerer();
    },
    { X },
    { name: "Centerer", methods: ["transform", "inverseTransform"] },
  );
  const madeWhileCollecting = made;
  describeEstimatorContract(
    "1. describeEstimatorContract",
    () => new NearestNeighbour(),
    { X, y },
    {
      name: "NearestNeighbour",
      targetMethods: ["score"],
      properties: ["nSamples"],
    },
  );
  describeEstimatorContract(
    "1. describeEstimatorContract",
    () => new LabelCoder(),
    { X: LABELS },
    {
      name: "LabelCoder",
    },
  );
  describe("nested", () => {
    describeEstimatorContract("1. describeEstimatorContract", () => new OrdinalEncoder(), { X: TABLE });
  });

  const misuse: Record<string, unknown> = {};
  const attempt = (key: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      misuse[key] = error;
    }
  };
  attempt("other task", () => describeEstimatorContract("2. Something else", () => new Centerer(), { X }));
  attempt("not a task", () => describeEstimatorContract("Centerer", () => new Centerer(), { X }));
  attempt("same name twice", () =>
    describeEstimatorContract(
      "1. describeEstimatorContract",
      () => new Centerer(),
      { X },
      { name: "Centerer" },
    ),
  );
  attempt("no y", () =>
    describeEstimatorContract(
      "1. describeEstimatorContract",
      () => new NearestNeighbour(),
      { X },
      {
        supervised: true,
        name: "Other",
      },
    ),
  );
  attempt("empty X", () =>
    describeEstimatorContract(
      "1. describeEstimatorContract",
      () => new Centerer(),
      { X: fromRows([]) },
      {
        name: "Empty",
      },
    ),
  );

  test("adds one test per applicable rule, titled after the estimator, without calling make() while collecting", (ctx) => {
    expect(madeWhileCollecting).toBe(0);
    const titles = (ctx.task.suite?.tasks ?? []).map((t) => t.name);
    expect(titles.filter((t) => t.startsWith("Centerer contract: "))).toEqual(
      Object.values(CONTRACT_RULES).map((r) => `Centerer contract: ${r}`),
    );
    expect(titles.filter((t) => t.startsWith("LabelCoder contract: "))).toHaveLength(6);
    const nested = ctx.task.suite?.tasks.find((t) => t.name === "nested");
    expect(nested?.type === "suite" ? nested.tasks.map((t) => t.name) : []).toContain(
      "estimator contract: fit returns this",
    );
  });

  test("refuses a task other than the enclosing describe's, a title that is not a task, duplicates and bad data", () => {
    expect(String(misuse["other task"])).toMatch(
      /called inside describe\("1\. describeEstimatorContract"\), so its tests would count for that task/,
    );
    expect(String(misuse["not a task"])).toMatch(
      /task must be a README task title such as "1\. Fit and predict"/,
    );
    expect(String(misuse["same name twice"])).toMatch(/already has a test "Centerer contract: .*tags\.name/);
    expect(String(misuse["no y"])).toMatch(/tags\.supervised is true but data has no y/);
    expect(String(misuse["empty X"])).toMatch(/data\.X is an empty matrix/);
  });
});

describeEstimatorContract("2. At the top level of a file", () => new Centerer(), { X }, { name: "Top" });

test("at the top level of a file it opens describe(task) itself", (ctx) => {
  const suite = ctx.task.file.tasks.find((t) => t.name === "2. At the top level of a file");
  expect(suite?.type).toBe("suite");
  expect(suite?.type === "suite" ? suite.tasks.map((t) => t.name) : []).toContain(
    "Top contract: fit returns this",
  );
});
