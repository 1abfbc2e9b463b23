/**
 * The sandbox boundary (grader/sandbox/): what crosses between the spec process and the process
 * that runs learner code, and what learner code can no longer reach. The learner side is
 * grader/test/fixtures/sandbox/learner.ts; each sandbox kind is started once for its block.
 */
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Scalar, Tensor } from "@tensorflow/tfjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidArgument, NotImplemented, ShapeError } from "../../lib/errors";
import { Rng } from "../../lib/rng";
import { getTf, type Tf } from "../../lib/tf";
import { type Sandbox, startSandbox } from "../sandbox/client";
import { BUILTIN } from "../sandbox/course";
import { bubblewrapAvailable, chooseIsolation, type Isolation } from "../sandbox/launch";
import { ROOT } from "../targets";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "sandbox");
const LEARNER = path.join(FIXTURES, "learner.ts");
const TF_LEARNER = path.join(FIXTURES, "tf-learner.ts");

type Learner = typeof import("./fixtures/sandbox/learner");

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

async function open(isolation: Isolation): Promise<{ sandbox: Sandbox; learner: Learner }> {
  const sandbox = await startSandbox({ root: ROOT, target: "exercises", isolation });
  const learner = (await sandbox.import(LEARNER)) as unknown as Learner;
  return { sandbox, learner };
}

describe("values crossing the boundary", () => {
  let sandbox: Sandbox;
  let learner: Learner;
  beforeAll(async () => {
    process.env.COURSE_TEST_SECRET = "do-not-leak";
    ({ sandbox, learner } = await open("bwrap"));
  }, 60_000);
  afterAll(() => sandbox.stop());

  it("copies primitives exactly, NaN, −0, infinities and bigints included", () => {
    expect(learner.constant).toBe(42);
    for (const v of [
      0,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1e-310,
      2 ** 53,
      "ü€𝄞",
      true,
      null,
      undefined,
      12n,
    ])
      expect(learner.echo(v)).toBe(v);
  });

  it("copies arrays, plain objects, typed arrays (views included), Map, Set and Date", () => {
    const big = new Float64Array(10).map((_, i) => i);
    const view = big.subarray(2, 5);
    expect(learner.echo(view)).toEqual(Float64Array.of(2, 3, 4));
    expect(learner.kinds(view)).toBe("Float64Array(3)");
    expect(learner.kinds(new Map([[1, 2]]))).toBe("Map(1)");
    expect(learner.kinds(new Set([1, 2, 3]))).toBe("Set(3)");
    expect(learner.kinds(new Date(0))).toBe("Date");
    const nested = { a: [1, { b: new Int32Array([7]) }], c: new Map([["k", new Set(["v"])]]) };
    expect(learner.echo(nested)).toEqual(nested);
  });

  it("keeps shared and cyclic references shared", () => {
    const shared = [1, 2];
    expect(learner.same(shared, shared)).toBe(true);
    expect(learner.same([1, 2], [1, 2])).toBe(false);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    const back = learner.echo(cyclic);
    expect(back.self).toBe(back);
  });

  it("writes in-place changes to arguments back: a sorted array, a filled Float64Array, a drawn Rng", () => {
    const xs = [3, 1, 2];
    learner.sortInPlace(xs);
    expect(xs).toEqual([1, 2, 3]);
    const out = new Float64Array(4);
    const whole = new Float64Array(8);
    learner.fill(out, 7);
    learner.fill(whole.subarray(2, 4), 1);
    expect(out).toEqual(new Float64Array(4).fill(7));
    expect(whole).toEqual(Float64Array.of(0, 0, 1, 1, 0, 0, 0, 0));
    const rng = new Rng(5);
    const reference = new Rng(5);
    expect(learner.draw(rng, 3)).toEqual([reference.next(), reference.next(), reference.next()]);
    expect(rng.next(), "the spec's Rng continues after the sandbox's draws").toBe(reference.next());
  });

  it("returns the caller's own object when learner code returns an argument, aliasing included", () => {
    const x = Float32Array.of(1, 2, 3);
    const out = new Float32Array(3);
    expect(learner.double(x, out)).toBe(out);
    expect(out).toEqual(Float32Array.of(2, 4, 6));
    expect(learner.double(x, x), "in place: the same array twice").toBe(x);
    expect(x).toEqual(Float32Array.of(2, 4, 6));
  });

  it("gives class instances as handles: new, methods, getters, statics, instanceof, returned this", () => {
    const counter = new learner.Counter(2);
    expect(counter.increment()).toBe(counter);
    counter.increment();
    expect(counter.count).toBe(4);
    expect(counter.doubled).toBe(8);
    counter.count = 10;
    expect(counter.increment().count).toBe(12);
    expect(counter).toBeInstanceOf(learner.Counter);
    expect(learner.Counter.zero().step).toBe(0);
    expect(Object.keys(counter).sort()).toEqual(["count", "step"]);
  });

  it("calls spec functions back, re-entering the sandbox from them", () => {
    expect(learner.callTwice((x) => x * 3, 2)).toBe(18);
    expect(learner.callTwice((x) => learner.callTwice((y) => y + 1, x), 0)).toBe(4);
  });

  it("rebuilds errors as the course's classes, with the learner's stack", () => {
    const error = thrown(() => learner.shapeMismatch());
    expect(error).toBeInstanceOf(ShapeError);
    expect(error.message).toBe("shapes 2×3 and 2×3 do not fit");
    expect(error.stack).toContain("fixtures/sandbox/learner.ts:");
    const stub = thrown(() => learner.stub()) as NotImplemented;
    expect(stub).toBeInstanceOf(NotImplemented);
    expect(stub.message.startsWith(NotImplemented.marker)).toBe(true);
    expect(stub.task).toBe(1);
    expect(() => learner.echo(Symbol("x"))).not.toThrow();
    expect(new InvalidArgument("x")).not.toBeInstanceOf(ShapeError);
  });

  it("settles promises on the spec side when they settle in the sandbox", async () => {
    await expect(learner.later(21)).resolves.toBe(42);
    await expect(learner.laterFails()).rejects.toBeInstanceOf(ShapeError);
  });

  it("writes an async call's changes back when its promise settles, and returns the caller's own object", async () => {
    const out = new Float64Array(3);
    const back = await learner.fillLater(out, 4);
    expect(out).toEqual(Float64Array.of(4, 4, 4));
    expect(back).toBe(out);
  });

  it("keeps the sandbox's patched globals out of the spec process", () => {
    const ProxyBefore = globalThis.Proxy;
    learner.patchGlobals();
    expect(globalThis.Proxy).toBe(ProxyBefore);
    expect(Object.is(1, 2)).toBe(false);
    expect(Math.abs(-3)).toBe(3);
    expect(learner.echo(-3)).toBe(-3);
  });
});

describe("TensorFlow.js values crossing the boundary", () => {
  let sandbox: Sandbox;
  let learner: typeof import("./fixtures/sandbox/tf-learner");
  let tf: Tf;
  let sandboxTensors: () => number;
  const live = () => tf.memory().numTensors + sandboxTensors();
  beforeAll(async () => {
    tf = await getTf();
    sandbox = await startSandbox({ root: ROOT, target: "exercises", isolation: chooseIsolation() });
    await sandbox.import(BUILTIN.tf);
    ({ sandboxTensors } = (await sandbox.import(BUILTIN.tensors)) as { sandboxTensors: () => number });
    learner = (await sandbox.import(TF_LEARNER)) as unknown as typeof learner;
  }, 60_000);
  afterAll(() => sandbox.stop());

  it("passes the tf namespace as the receiving side's own", () => {
    expect(learner.isOwnTf(tf)).toBe(true);
  });

  it("copies tensors both ways, and counts each pair once", () => {
    const before = live();
    const t = learner.ones(4);
    expect(t).toBeInstanceOf(tf.Tensor);
    expect(Array.from(t.dataSync())).toEqual([1, 1, 1, 1]);
    expect(learner.sum(tf.tensor1d([1, 2, 3.5]))).toBe(6.5);
    expect(live(), "the returned tensor and the passed one, each once").toBe(before + 2);
    t.dispose();
    expect(live()).toBe(before + 1);
  });

  it("gives the spec a model of its own: same layers and weights, predictions from the spec's engine", () => {
    const model = learner.makeModel(3);
    try {
      expect(model).toBeInstanceOf(tf.Sequential);
      expect(model.layers.map((l) => l.getClassName())).toEqual(["Dense"]);
      const x = [
        [1, 2, 3],
        [-1, 0, 0.5],
      ];
      const here = tf.tidy(() => (model.predict(tf.tensor2d(x)) as Tensor).arraySync());
      expect(here).toEqual(learner.predictHere(model, x));
      expect(Array.from((model.getWeights()[1] as Tensor).dataSync())).toEqual([0.5, -0.25]);
    } finally {
      model.dispose();
    }
  });

  it("writes the weights of a model trained by an async call back into the spec's model", async () => {
    const model = learner.makeModel(4);
    try {
      const before = model.getWeights().map((w) => Array.from(w.dataSync()));
      const tensors = live();
      await learner.train(model, 3);
      const after = model.getWeights().map((w) => Array.from(w.dataSync()));
      expect(after[1]).not.toEqual(before[1]);
      // The same steps on the spec's side give the same weights.
      const replay = learner.makeModel(4);
      const optimizer = tf.train.sgd(0.1);
      const [x, y] = [tf.tensor2d([[1, 2, 3]]), tf.tensor2d([[1, 0]])];
      for (let i = 0; i < 3; i++)
        optimizer
          .minimize(() => tf.losses.meanSquaredError(y, replay.predict(x) as Tensor) as Scalar, true)
          ?.dispose();
      expect(after).toEqual(replay.getWeights().map((w) => Array.from(w.dataSync())));
      tf.dispose([x, y]);
      optimizer.dispose();
      replay.dispose();
      expect(live(), "a model lent for training leaves nothing behind").toBe(tensors);
    } finally {
      model.dispose();
    }
  });

  it("sees a tensor leaked in the sandbox", () => {
    const before = live();
    learner.leak();
    expect(live()).toBe(before + 1);
    expect(learner.tensorCount()).toBeGreaterThan(sandboxTensors());
  });
});

/** What the learner code may touch, per isolation. */
function describeIsolation(isolation: Isolation, expected: { network: string; hidesProcesses: boolean }) {
  describe(`the ${isolation} sandbox`, () => {
    let sandbox: Sandbox;
    let learner: Learner;
    let server: net.Server;
    let port = 0;
    beforeAll(async () => {
      process.env.COURSE_TEST_SECRET = "do-not-leak";
      server = net.createServer((s) => s.destroy());
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as net.AddressInfo).port;
      ({ sandbox, learner } = await open(isolation));
    }, 60_000);
    afterAll(() => {
      sandbox.stop();
      server.close();
    });

    it("cannot read solutions/ (hidden specs, goldens, solutions)", () => {
      const hidden = path.join(ROOT, "solutions", "5.1-math", "01-vectors", "vectors.ts");
      expect(existsSync(hidden), "the spec side sees it").toBe(true);
      expect(() => learner.readFile(hidden)).toThrow(/ENOENT|ERR_ACCESS_DENIED|restricted/);
    });

    it("cannot write into the course, only into its scratch folder", () => {
      const target = path.join(ROOT, "grader", "run", "child.ts");
      expect(learner.writeFile(target)).toMatch(/EROFS|EACCES|ERR_ACCESS_DENIED/);
      expect(learner.writeFile(path.join(sandbox.dir, "scratch", "ok.txt"))).toBe("written");
    });

    it("does not inherit the spec process's environment", () => {
      expect(process.env.COURSE_TEST_SECRET).toBe("do-not-leak");
      expect(learner.environment("COURSE_TEST_SECRET")).toBeUndefined();
    });

    it(`reaches the machine's network: ${expected.network}`, async () => {
      await expect(learner.connect(port)).resolves.toBe(expected.network);
    });

    it(expected.hidesProcesses
      ? "sees only its own processes, and its children die with it"
      : "cannot start processes at all", async () => {
      const marker = path.join(sandbox.dir, "escaped");
      const pid = learner.detached(marker, 1500);
      if (expected.hidesProcesses) {
        expect(typeof pid).toBe("number");
        expect(learner.signal(process.pid)).toBe("ESRCH");
        const listed = learner.processes();
        expect(listed.length).toBeGreaterThan(0);
        expect(listed).not.toContain(process.pid);
        sandbox.stop();
        await new Promise((resolve) => setTimeout(resolve, 2500));
        expect(existsSync(marker), "the detached child outlived the sandbox").toBe(false);
      } else expect(pid).toBe("ERR_ACCESS_DENIED");
    }, 10_000);
  });
}

describe("isolation", () => {
  it("has bubblewrap here (CI installs it; docs/grading.md says what the fallback covers)", () => {
    expect(bubblewrapAvailable()).toBe(true);
  });
});
describeIsolation("bwrap", { network: "ECONNREFUSED", hidesProcesses: true });
describeIsolation("node", { network: "connected", hidesProcesses: false });
