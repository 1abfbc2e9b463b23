/**
 * The estimator contract of section 5.2, as a reusable battery of tests (in the spirit of
 * scikit-learn's `check_estimator`). Every estimator README states the same rules:
 *
 * 1. `predict`/`transform`/… before `fit` throw `NotFittedError` (from lib/ml/errors);
 * 2. `fit` (and `predict`/`transform`) never modify their inputs;
 * 3. NaN in X is an `InvalidArgument` (unless the estimator exists to handle NaN: the imputer);
 * 4. at predict time, X with a different number of columns than in `fit` is a `ShapeError`;
 * 5. `fit` returns `this`;
 * 6. fitting twice on the same data gives the same results;
 * 7. fitting on other data replaces everything learned before.
 *
 * Each rule is a plain function (`checkNotFitted(make, data, tags)` …) that throws a
 * `ContractViolation` naming the estimator and the rule; `describeEstimatorContract` wraps each in
 * a `test`. A `NotImplemented` from an untouched stub passes through unchanged, so those tests
 * read "not started".
 *
 * The battery works with every input the course's estimators take: a lib/ml `Matrix`
 * (`{ data, rows, cols }`), a table (rows of numbers or categories, e.g. `OneHotEncoder`), or a
 * vector (one value per sample, e.g. `LabelEncoder`).
 */
import { describe, TestRunner, test } from "vitest";
import { InvalidArgument, NotImplemented, ShapeError } from "../errors";
import { NotFittedError } from "../ml/errors";
import type { ErrorClass } from "./assertions";

/** Anything with a `fit` method. */
export interface Estimator {
  fit(...args: never[]): unknown;
}

type FitArgs<E extends Estimator> = E extends { fit(...args: infer A): unknown } ? A : never;

/** The type of `fit`'s first argument (X). */
export type FitInput<E extends Estimator> = FitArgs<E>[0];
/** The type of `fit`'s second argument (y); `undefined` for an unsupervised `fit(X)`. */
export type FitTarget<E extends Estimator> = FitArgs<E>[1];

/** The names of `E`'s methods. */
export type MethodOf<E> = {
  [K in keyof E]-?: E[K] extends (...args: never[]) => unknown ? K : never;
}[keyof E] &
  string;

/** The sample data the battery fits on. */
export interface ContractData<E extends Estimator> {
  /** Valid training inputs: a `Matrix`, rows of values, or one value per sample. */
  X: FitInput<E>;
  /** Targets, for `fit(X, y)`. Leave out for `fit(X)`. */
  y?: FitTarget<E>;
  /**
   * Other valid training data for rule 7 (the estimator is fitted on it first, then on `X`). By
   * default it is derived from `X` and `y`: every number v becomes 2v + 1, every string s
   * becomes s + "′", and y is reversed. Give it when that is not valid training data.
   */
  refit?: { X: FitInput<E>; y?: FitTarget<E> };
}

/** What the battery needs to know about the estimator. */
export interface EstimatorTags<E> {
  /** The estimator's name in test titles (default "estimator") and in messages (default its class name). */
  name?: string;
  /** Whether `fit` takes `(X, y)`; default: whether the data has `y`. */
  supervised?: boolean;
  /**
   * The methods that need a fitted estimator and take X alone, e.g. `["predict", "predictProba"]`
   * or `["transform", "inverseTransform"]`. Default: `predict` if the estimator has one, else `transform`.
   */
  methods?: readonly MethodOf<E>[];
  /** Methods called as `method(X, y)` that need a fitted estimator, e.g. `["score"]`. */
  targetMethods?: readonly MethodOf<E>[];
  /** Properties (getters) that throw `NotFittedError` before `fit`, e.g. `["featureImportances"]`. */
  properties?: readonly (keyof E & string)[];
  /** `fit` and the methods accept NaN in X (an imputer, or a pipeline that starts with one): rule 3 is skipped. */
  allowNaN?: boolean;
}

/** The rules, by the key of their check; the values are the test titles. */
export const CONTRACT_RULES = {
  notFitted: "methods used before fit throw NotFittedError",
  noMutation: "fit and the methods leave their inputs unchanged",
  rejectsNaN: "NaN in X is an InvalidArgument",
  rejectsWrongWidth: "X with a different number of columns than in fit is a ShapeError",
  fitReturnsThis: "fit returns this",
  idempotentFit: "fitting twice on the same data gives the same results",
  refitReplacesState: "fitting on new data replaces everything learned before",
} as const;

export type ContractRule = keyof typeof CONTRACT_RULES;

/** A broken rule of the estimator contract. */
export class ContractViolation extends Error {
  readonly estimator: string;
  readonly rule: ContractRule;
  constructor(estimator: string, rule: ContractRule, detail: string, options?: { cause?: unknown }) {
    super(`${estimator} breaks the estimator contract "${CONTRACT_RULES[rule]}": ${detail}`, options);
    this.name = "ContractViolation";
    this.estimator = estimator;
    this.rule = rule;
  }
}

// ---------------------------------------------------------------------------------------------
// Inputs: matrices, tables and vectors

type Kind = "matrix" | "table" | "vector";

interface MatrixLike {
  data: Float64Array | Float32Array;
  rows: number;
  cols: number;
}

function isMatrixLike(x: unknown): x is MatrixLike {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const { data, rows, cols } = x as Partial<MatrixLike>;
  return (
    (data instanceof Float64Array || data instanceof Float32Array) &&
    typeof rows === "number" &&
    typeof cols === "number"
  );
}

const isSequence = (x: unknown): x is ArrayLike<unknown> =>
  Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));

function kindOf(X: unknown): Kind {
  if (isMatrixLike(X)) {
    if (X.rows === 0 || X.cols === 0) throw new TypeError("estimator contract: data.X is an empty matrix");
    return "matrix";
  }
  if (!isSequence(X) || X.length === 0) {
    throw new TypeError(
      "estimator contract: data.X must be a non-empty Matrix { data, rows, cols }, array of rows, or array of values",
    );
  }
  return Array.from(X).every(isSequence) ? "table" : "vector";
}

/** Rows of a table as mutable arrays. */
const tableRows = (X: unknown): unknown[][] =>
  Array.from(X as ArrayLike<ArrayLike<unknown>>, (r) => Array.from(r));

/** X with NaN as its first entry. */
function withNaN(X: unknown): unknown {
  const kind = kindOf(X);
  if (kind === "matrix") {
    const m = X as MatrixLike;
    const data = m.data.slice();
    data[0] = Number.NaN;
    return { ...m, data };
  }
  if (kind === "table") {
    const rows = tableRows(X);
    (rows[0] as unknown[])[0] = Number.NaN;
    return rows;
  }
  const values = Array.from(X as ArrayLike<unknown>);
  values[0] = Number.NaN;
  return values;
}

/** X with its last column repeated once (`delta` 1) or dropped (`delta` −1). */
function withWidth(X: unknown, delta: 1 | -1): unknown {
  if (kindOf(X) === "matrix") {
    const { data, rows, cols } = X as MatrixLike;
    const width = cols + delta;
    const out = new (data.constructor as Float64ArrayConstructor)(rows * width);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < width; j++) out[i * width + j] = data[i * cols + Math.min(j, cols - 1)] as number;
    }
    return { ...(X as MatrixLike), data: out, cols: width };
  }
  return tableRows(X).map((r) => (delta === 1 ? [...r, r[r.length - 1]] : r.slice(0, -1)));
}

function columnCount(X: unknown): number {
  return kindOf(X) === "matrix" ? (X as MatrixLike).cols : (tableRows(X)[0]?.length ?? 0);
}

/** Every number v becomes 2v + 1 and every string s becomes s + "′" (arrays, typed arrays and matrices alike). */
function shifted(x: unknown): unknown {
  if (typeof x === "number") return 2 * x + 1;
  if (typeof x === "string") return `${x}′`;
  if (Array.isArray(x)) return x.map(shifted);
  if (isSequence(x)) return (x as Float64Array).map((v) => 2 * v + 1); // any typed array keeps its type
  if (isMatrixLike(x)) return { ...x, data: shifted(x.data) };
  return x;
}

/** A copy of `y` in reverse order (same array type). */
function reversed(y: unknown): unknown {
  const copy = clone(y) as { reverse?: () => unknown };
  if (typeof copy?.reverse !== "function") return copy;
  copy.reverse();
  return copy;
}

function clone<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value; // e.g. an object holding functions: compared as it is
  }
}

// ---------------------------------------------------------------------------------------------
// Comparing values

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (typeof v !== "object") return typeof v;
  return Array.isArray(v) ? "Array" : (v.constructor?.name ?? "Object");
}

/** A short description of a value for messages. */
function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v !== "object" || v === null) return String(v);
  return isSequence(v) ? `a ${typeName(v)} of ${v.length}` : `a ${typeName(v)}`;
}

/** Where two values differ: the path (e.g. "X.data[3]") and both sides, described. */
interface Difference {
  path: string;
  a: string;
  b: string;
}

/**
 * The first place where `b` differs from `a`, or null when they are equal. Numbers compare with
 * `===`, except that NaN equals NaN; arrays, typed arrays and plain objects compare entry by entry.
 */
function difference(a: unknown, b: unknown, path: string): Difference | null {
  if (typeof a === "number" && typeof b === "number") {
    return a === b || (Number.isNaN(a) && Number.isNaN(b)) ? null : { path, a: String(a), b: String(b) };
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return Object.is(a, b) ? null : { path, a: show(a), b: show(b) };
  }
  if (typeName(a) !== typeName(b)) return { path, a: show(a), b: show(b) };
  if (isSequence(a) && isSequence(b)) {
    if (a.length !== b.length) return { path: `${path}.length`, a: String(a.length), b: String(b.length) };
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const key of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
    const d = difference(ra[key], rb[key], path === "" ? key : `${path}.${key}`);
    if (d) return d;
  }
  return null;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message.length > 200 ? `${error.message.slice(0, 200)}…` : error.message;
    return `${error.name} ("${message}")`;
  }
  return `the non-error ${show(error)}`;
}

// ---------------------------------------------------------------------------------------------
// Calling the estimator

type Outcome = { threw: false; value: unknown } | { threw: true; error: unknown };

/** Runs `fn`; a stub's NotImplemented passes straight through. */
function attempt(fn: () => unknown): Outcome {
  try {
    return { threw: false, value: fn() };
  } catch (error) {
    if (error instanceof NotImplemented) throw error;
    return { threw: true, error };
  }
}

/** A call that needs a fitted estimator: `predict(X)`, `score(X, y)`… */
interface FittedCall {
  label: string;
  run: (X: unknown, y: unknown) => unknown;
}

/** One estimator under one rule: calls it and reports violations of that rule. */
class Subject<E extends Estimator> {
  readonly estimator: E;
  readonly name: string;
  readonly rule: ContractRule;
  readonly supervised: boolean;
  /** The methods and target methods, in that order. */
  readonly fittedCalls: readonly FittedCall[];
  readonly properties: readonly string[];

  constructor(make: () => E, rule: ContractRule, tags: EstimatorTags<E>, supervised: boolean) {
    this.estimator = make();
    this.rule = rule;
    this.supervised = supervised;
    const ctor = (this.estimator as { constructor?: { name?: unknown } }).constructor?.name;
    this.name =
      tags.name ?? (typeof ctor === "string" && ctor !== "" && ctor !== "Object" ? ctor : "estimator");
    let methods: readonly string[];
    if (tags.methods) methods = tags.methods;
    else if (typeof this.member("predict") === "function") methods = ["predict"];
    else if (typeof this.member("transform") === "function") methods = ["transform"];
    else methods = this.fail("it has neither predict nor transform; list its methods in tags.methods");
    this.fittedCalls = [
      ...methods.map((m) => ({ label: `${m}(X)`, run: (X: unknown) => this.invoke(m, [X]) })),
      ...(tags.targetMethods ?? []).map((m) => ({
        label: `${m}(X, y)`,
        run: (X: unknown, y: unknown) => this.invoke(m, [X, y]),
      })),
    ];
    this.properties = tags.properties ?? [];
  }

  fail(detail: string, cause?: unknown): never {
    throw new ContractViolation(this.name, this.rule, detail, cause === undefined ? undefined : { cause });
  }

  /** Reads a member (a getter runs). */
  member(key: string): unknown {
    return (this.estimator as unknown as Record<string, unknown>)[key];
  }

  /** `estimator[method](...args)`, or a violation when there is no such method. */
  invoke(method: string, args: readonly unknown[]): unknown {
    const f = this.member(method);
    if (typeof f !== "function") return this.fail(`it has no method ${method}()`);
    return Reflect.apply(f, this.estimator, args);
  }

  /** `fit(X, y)`, or `fit(X)` when unsupervised. */
  fit(X: unknown, y: unknown): unknown {
    return this.invoke("fit", this.supervised ? [X, y] : [X]);
  }

  get fitLabel(): string {
    return this.supervised ? "fit(X, y)" : "fit(X)";
  }

  /** Runs a call that must succeed on valid data; whatever it throws is a violation. */
  must(what: string, fn: () => unknown): unknown {
    const r = attempt(fn);
    if (r.threw) return this.fail(`${what} threw ${describeError(r.error)} on valid data`, r.error);
    return r.value;
  }

  /** Runs a call that must throw `type`. */
  mustThrow(what: string, type: ErrorClass, fn: () => unknown): void {
    const r = attempt(fn);
    if (!r.threw) this.fail(`${what} returned normally instead of throwing ${type.name}`);
    else if (!(r.error instanceof type)) {
      this.fail(`${what} threw ${describeError(r.error)} instead of ${type.name}`, r.error);
    }
  }

  /** Copies of what the fitted estimator gives: every fitted call's output on `data`, every property. */
  results(data: Prepared): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const c of this.fittedCalls)
      out[c.label] = clone(this.must(c.label, () => c.run(data.X(), data.y())));
    for (const p of this.properties) out[p] = clone(this.must(`reading ${p}`, () => this.member(p)));
    return out;
  }
}

/** The data of one check; `X()` and `y()` give a fresh deep copy on every call. */
interface Prepared {
  X: () => unknown;
  y: () => unknown;
  supervised: boolean;
  kind: Kind;
}

function prepare<E extends Estimator>(data: ContractData<E>, tags: EstimatorTags<E>): Prepared {
  const supervised = tags.supervised ?? data.y !== undefined;
  if (supervised && data.y === undefined) {
    throw new TypeError("estimator contract: tags.supervised is true but data has no y");
  }
  const kind = kindOf(data.X);
  return { X: () => clone(data.X), y: () => clone(data.y), supervised, kind };
}

// ---------------------------------------------------------------------------------------------
// The rules

/** Rule 1: every method (and listed property) used before `fit` throws `NotFittedError`. */
export function checkNotFitted<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  const d = prepare(data, tags);
  const probe = new Subject(make, "notFitted", tags, d.supervised);
  probe.fittedCalls.forEach((_, k) => {
    const s = new Subject(make, "notFitted", tags, d.supervised); // a fresh one for every call
    const c = s.fittedCalls[k] as FittedCall;
    s.mustThrow(`${c.label} before fit`, NotFittedError, () => c.run(d.X(), d.y()));
  });
  for (const p of probe.properties) {
    const s = new Subject(make, "notFitted", tags, d.supervised);
    s.mustThrow(`reading ${p} before fit`, NotFittedError, () => s.member(p));
  }
}

/** Rule 2: `fit`, and then every method, leave X and y exactly as they were. */
export function checkFitDoesNotMutate<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  const d = prepare(data, tags);
  const s = new Subject(make, "noMutation", tags, d.supervised);
  const X = d.X();
  const y = d.y();
  const unchanged = (what: string) => {
    const diff = difference(d.X(), X, "X") ?? (d.supervised ? difference(d.y(), y, "y") : null);
    if (diff) s.fail(`${what} modified its input: ${diff.path} was ${diff.a}, is now ${diff.b}`);
  };
  s.must(s.fitLabel, () => s.fit(X, y));
  unchanged(s.fitLabel);
  for (const c of s.fittedCalls) {
    s.must(c.label, () => c.run(X, y));
    unchanged(c.label);
  }
}

/** Rule 3: NaN in X makes `fit`, and every method of a fitted estimator, throw `InvalidArgument`. */
export function checkRejectsNaN<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  const d = prepare(data, tags);
  const s = new Subject(make, "rejectsNaN", tags, d.supervised);
  s.mustThrow(`${s.fitLabel} with NaN in X`, InvalidArgument, () => s.fit(withNaN(d.X()), d.y()));
  const fitted = new Subject(make, "rejectsNaN", tags, d.supervised);
  fitted.must(fitted.fitLabel, () => fitted.fit(d.X(), d.y()));
  for (const c of fitted.fittedCalls) {
    fitted.mustThrow(`${c.label} with NaN in X`, InvalidArgument, () => c.run(withNaN(d.X()), d.y()));
  }
}

/**
 * Rule 4: after `fit`, X with one column more (and, when it has at least two, one fewer) makes
 * every method throw `ShapeError`. Not applicable when X is one value per sample.
 */
export function checkRejectsWrongWidth<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  const d = prepare(data, tags);
  if (d.kind === "vector") throw new TypeError("estimator contract: X has no columns (one value per sample)");
  const cols = columnCount(d.X());
  const s = new Subject(make, "rejectsWrongWidth", tags, d.supervised);
  s.must(s.fitLabel, () => s.fit(d.X(), d.y()));
  for (const delta of cols >= 2 ? ([1, -1] as const) : ([1] as const)) {
    for (const c of s.fittedCalls) {
      s.mustThrow(`${c.label} with ${cols + delta} columns after fit on ${cols}`, ShapeError, () =>
        c.run(withWidth(d.X(), delta), d.y()),
      );
    }
  }
}

/** Rule 5: `fit` returns the estimator itself, so that `new M().fit(X, y).predict(X)` works. */
export function checkFitReturnsThis<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  const d = prepare(data, tags);
  const s = new Subject(make, "fitReturnsThis", tags, d.supervised);
  const returned = s.must(s.fitLabel, () => s.fit(d.X(), d.y()));
  if (returned !== s.estimator) s.fail(`${s.fitLabel} returned ${show(returned)} instead of this`);
}

/** Rule 6: a second `fit` on the same data leaves every method's output and property as the first one did. */
export function checkIdempotentFit<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  const d = prepare(data, tags);
  const s = new Subject(make, "idempotentFit", tags, d.supervised);
  s.must(s.fitLabel, () => s.fit(d.X(), d.y()));
  const first = s.results(d);
  s.must(`a second ${s.fitLabel}`, () => s.fit(d.X(), d.y()));
  const diff = difference(first, s.results(d), "");
  if (diff) {
    s.fail(
      `after a second ${s.fitLabel} on the same data, ${diff.path} is ${diff.b}, but after the first it was ` +
        `${diff.a}. fit must start from scratch every time (and seed any randomness from its options)`,
    );
  }
}

/**
 * Rule 7: an estimator fitted on other data and then on X gives exactly what a fresh estimator
 * fitted on X gives: nothing of the first fit survives.
 */
export function checkRefitReplacesState<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  const d = prepare(data, tags);
  const refit = data.refit;
  const other = refit
    ? { X: clone(refit.X), y: clone(refit.y) }
    : { X: shifted(d.X()), y: d.supervised ? reversed(d.y()) : undefined };
  const refitted = new Subject(make, "refitReplacesState", tags, d.supervised);
  const first = attempt(() => refitted.fit(other.X, other.y));
  if (first.threw) {
    const source = refit
      ? "data.refit"
      : 'the derived data (numbers v → 2v + 1, strings s → s + "′", y reversed)';
    throw new TypeError(
      `estimator contract: ${refitted.name}.${refitted.fitLabel} on ${source} threw ${describeError(first.error)}; ` +
        "if that is not valid training data for this estimator, pass other training data as data.refit",
      { cause: first.error },
    );
  }
  refitted.must(`${refitted.fitLabel} after a fit on other data`, () => refitted.fit(d.X(), d.y()));
  const fresh = new Subject(make, "refitReplacesState", tags, d.supervised);
  fresh.must(fresh.fitLabel, () => fresh.fit(d.X(), d.y()));
  const diff = difference(fresh.results(d), refitted.results(d), "");
  if (diff) {
    refitted.fail(
      `fitted on other data and then on X, ${diff.path} is ${diff.b}, but a fresh estimator fitted on X gives ` +
        `${diff.a}. fit must replace everything learned before`,
    );
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

/** The rules that apply: rule 3 not with `allowNaN`, rule 4 not when X is one value per sample. */
export function applicableRules(data: { X: unknown }, tags: { allowNaN?: boolean } = {}): ContractRule[] {
  const vector = kindOf(data.X) === "vector";
  return (Object.keys(CHECKS) as ContractRule[]).filter(
    (rule) => !(rule === "rejectsNaN" && tags.allowNaN) && !(rule === "rejectsWrongWidth" && vector),
  );
}

/** Runs every applicable rule and throws the first violation. */
export function checkEstimatorContract<E extends Estimator>(
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  for (const rule of applicableRules(data, tags)) CHECKS[rule](make, data, tags);
}

/** The name of the outermost `describe` being collected, or undefined at the top level of a file. */
function outermostDescribe(): string | undefined {
  let suite = TestRunner.getCurrentSuite().suite;
  while (suite?.suite) suite = suite.suite;
  return suite?.name;
}

/**
 * Adds one test per applicable rule of the estimator contract, titled
 * "<name> contract: <rule>".
 *
 * Call it inside the spec's `describe` of README task `task` (the tests are then scored under
 * that task), or at the top level of a file, where it opens `describe(task, …)` itself. Called
 * inside a `describe` of another task, it throws, since its tests would count for that task.
 *
 * `make` must return a fresh, unfitted estimator each time; the battery never calls it while
 * the tests are being collected, so a stub's constructor may throw `NotImplemented`.
 *
 * @example
 * describe("2. StandardScaler", () => {
 *   describeEstimatorContract("2. StandardScaler", () => new StandardScaler(), { X }, {
 *     name: "StandardScaler",
 *     methods: ["transform", "inverseTransform"],
 *   });
 * });
 */
export function describeEstimatorContract<E extends Estimator>(
  task: string,
  make: () => E,
  data: ContractData<E>,
  tags: EstimatorTags<E> = {},
): void {
  if (!/^\d+\. \S/.test(task)) {
    throw new TypeError(
      `describeEstimatorContract: task must be a README task title such as "1. Fit and predict", got ${JSON.stringify(task)}`,
    );
  }
  prepare(data, tags); // rejects unusable data now, not once per test
  const rules = applicableRules(data, tags);
  const title = (rule: ContractRule) => `${tags.name ?? "estimator"} contract: ${CONTRACT_RULES[rule]}`;
  const addTests = () => {
    const taken = new Set(TestRunner.getCurrentSuite().tasks.map((t) => t.name));
    for (const rule of rules) {
      if (taken.has(title(rule))) {
        throw new TypeError(
          `describeEstimatorContract: this describe already has a test "${title(rule)}"; give each estimator its own tags.name`,
        );
      }
    }
    for (const rule of rules) test(title(rule), () => CHECKS[rule](make, data, tags));
  };
  const outer = outermostDescribe();
  if (outer === undefined) describe(task, addTests);
  else if (outer === task) addTests();
  else {
    throw new TypeError(
      `describeEstimatorContract("${task}", …) is called inside describe("${outer}"), so its tests would count ` +
        `for that task; call it inside describe("${task}", …) or at the top level of the file`,
    );
  }
}
