/**
 * One side of the sandbox boundary. The spec process and the sandbox process each hold a
 * `Peer`; the two talk over a pair of named pipes, in frames of `v8.serialize`d messages
 * (written by the main thread, read by a relay thread: `relay.mjs`).
 *
 * What crosses, and how:
 *   - primitives, arrays, plain objects, typed arrays, Map, Set, Date, RegExp: by value;
 *   - errors: rebuilt on the other side as the same class when both sides know it by name (the
 *     course's errors, the built-in ones), so `toThrow(ShapeError)` still works;
 *   - values with a codec (`Rng`, TF.js tensors): by value through the codec;
 *   - promises: settled on the other side when they settle here;
 *   - everything else (functions, class instances, models): a remote handle. The other side
 *     gets a Proxy; reading a property, calling a method or `new` on it is a call over the
 *     boundary, answered synchronously.
 *
 * Calls are synchronous: the caller's main thread blocks in `Atomics.wait` until the answer
 * comes, and meanwhile serves calls coming the other way (a learner function calling a spec's
 * callback, which calls the learner again…). Arguments that the callee changed in place (a
 * `Float64Array` of weights, an array it sorted, an `Rng` it drew from) are written back into
 * the caller's objects, so in-place APIs behave as they would in one process.
 */
import { openSync, readSync, writeSync } from "node:fs";
import v8 from "node:v8";
import { type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
// Every proxy of a remote function has a method under REPEAT: `(n, args)` calls the function n
// times on its own side and returns the n results, one round trip instead of n.
// Every proxy also has one under EACH: `(method, argumentLists)` makes one call per list.
import { EACH, REPEAT } from "../../lib/testing/sandbox";

/** Something that could not cross the boundary, or a boundary that broke. */
export class SandboxError extends Error {
  override name = "SandboxError";
}

/** Moves values of one class across by value. */
export interface Codec {
  name: string;
  matches(value: object): boolean;
  encode(value: object): unknown;
  decode(data: unknown): object;
  /** Writes `data` (the value after the callee's changes) into `value`; without it the value is left alone. */
  update?(value: object, data: unknown): void;
}

export interface PeerOptions {
  /** Error classes by name, rebuilt when an error of that name crosses. */
  errors: Record<string, new (...args: never[]) => Error>;
  codecs: Codec[];
  /** Serves `import` requests (the sandbox side only). */
  importer?: (file: string) => Promise<unknown>;
  /** Called once when the connection breaks. */
  onClose?: (reason: string) => void;
}

/** An encoded value: a primitive as is, everything else a tagged array. */
type Encoded = unknown;
type Tuple = [string, ...unknown[]];

interface CallMessage {
  t: "call";
  id: number;
  op:
    | "import"
    | "get"
    | "set"
    | "has"
    | "keys"
    | "desc"
    | "proto"
    | "invoke"
    | "apply"
    | "construct"
    | "repeat"
    | "each";
  h?: number;
  key?: Encoded;
  value?: Encoded;
  /** The encoded arguments (and `this`), serialised on their own so the callee can tell whether it changed them. */
  args?: Uint8Array;
}
interface ReturnMessage {
  t: "ret";
  id: number;
  ok: boolean;
  value: Encoded;
  /** The arguments as the callee left them, when it changed them. */
  writeback?: Uint8Array;
}
interface SettleMessage {
  t: "settle";
  pid: number;
  ok: boolean;
  value: Encoded;
  /** The arguments of the async call that returned this promise, when it changed them. */
  writeback?: Uint8Array;
}
/** The spec side went back to its event loop: a sandbox reading the pipe directly may do so too. */
interface IdleMessage {
  t: "idle";
}
type Message = CallMessage | ReturnMessage | SettleMessage | IdleMessage;
type RelayMessage =
  | { type: "frame"; frame: Uint8Array }
  | { type: "slot" }
  | { type: "connected"; writeFd: number; incoming: string }
  | { type: "paused"; leftover: Uint8Array }
  | { type: "closed" }
  | { type: "error"; message: string };

const RELAY = new URL("./relay.mjs", import.meta.url);

/**
 * The memory this side shares with its relay thread: eight Int32 fields, then the slot that
 * carries one incoming frame of up to SLOT_BYTES.
 */
const SLOT_BYTES = 1 << 20;
const COUNTER = 0; // bumped (and notified) whenever the relay hands over something
const FULL = 1; // 1 while the slot holds a frame
const LENGTH = 2; // its length
const MAIN_WAITING = 3; // 1 while the main thread waits in Atomics.wait (no nudge message needed)
const IN_PORT = 4; // frames handed over through the MessagePort and not taken yet

/** Well-known symbols cross by name; other symbols do not cross. */
const WELL_KNOWN = new Map<symbol, string>(
  ["iterator", "asyncIterator", "hasInstance", "toPrimitive", "toStringTag", "isConcatSpreadable"].map(
    (name) => [(Symbol as unknown as Record<string, symbol>)[name] as symbol, name],
  ),
);
const WELL_KNOWN_BY_NAME = new Map([...WELL_KNOWN].map(([s, n]) => [n, s]));

/** Objects both realms have: they cross as a name, so prototype chains end where they should. */
const INTRINSICS = new Map<object, string>([
  [Object.prototype, "Object.prototype"],
  [Function.prototype, "Function.prototype"],
  [Array.prototype, "Array.prototype"],
  [Error.prototype, "Error.prototype"],
  [Promise.prototype, "Promise.prototype"],
  [Object, "Object"],
  [Function, "Function"],
  [Array, "Array"],
  [Error, "Error"],
  [Math, "Math"],
]);
const INTRINSICS_BY_NAME = new Map([...INTRINSICS].map(([o, n]) => [n, o]));

const BUILTIN_ERRORS: Record<string, new (message?: string) => Error> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
};

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isPrimitiveArray(value: unknown[]): boolean {
  for (const v of value) if (v !== null && typeof v === "object") return false;
  for (const v of value) if (typeof v === "function" || typeof v === "symbol") return false;
  return true;
}

/** A typed array that owns all of its buffer: a view into a bigger buffer would send the whole buffer. */
function compact(view: ArrayBufferView): ArrayBufferView {
  if (view.byteOffset === 0 && view.byteLength === view.buffer.byteLength) return view;
  if (view instanceof DataView)
    return new DataView(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
  return (view as unknown as { slice(): ArrayBufferView }).slice();
}

function copyView(value: ArrayBufferView | ArrayBuffer): ArrayBufferView | ArrayBuffer {
  if (value instanceof ArrayBuffer) return value.slice(0);
  if (value instanceof DataView)
    return new DataView(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  return (value as unknown as { slice(): ArrayBufferView }).slice();
}

/** An async call whose promise this side exported: what its settling must also send back. */
interface AsyncCall {
  /** The arguments, encoded again, when the call changed them. */
  changes(): Uint8Array | undefined;
  /** The arguments as received, so that returning one gives the caller its own object. */
  args: Map<unknown, number> | undefined;
}

interface EncodeContext {
  seen: Map<object, number>;
  /** Re-encoding arguments after a call: handles are written as they arrived, so unchanged arguments encode identically. */
  writeback: boolean;
  /**
   * Encoding a call's result: the by-value arguments it received, by their position in the
   * caller's encoding, so that returning an argument (`return out`) gives the caller its own
   * object back, not a copy.
   */
  args?: Map<unknown, number>;
}
interface DecodeContext {
  refs: unknown[];
  /** Decoding a call's result: the caller's by-value arguments, in the order they were encoded. */
  args?: unknown[];
}

/** What the proxy of a remote object knows about it. */
interface RemoteInfo {
  id: number;
  tuple: Tuple;
}

export class Peer {
  readonly #port: MessagePort;
  readonly #ints: Int32Array;
  readonly #slot: Uint8Array;
  readonly #worker: Worker;
  readonly #options: PeerOptions;
  readonly #errorNames = new Map<unknown, string>();

  /** Local objects the other side holds handles to. */
  readonly #objects = new Map<number, object>();
  readonly #ids = new WeakMap<object, number>();
  /** Proxies of the other side's objects. */
  readonly #proxies = new Map<number, object>();
  readonly #remote = new WeakMap<object, RemoteInfo>();
  readonly #promises = new Map<
    number,
    {
      resolve(v: unknown): void;
      reject(e: unknown): void;
      /** The async call that returned it: its `[this, ...arguments]`, for the writeback... */
      originals?: unknown[];
      /** ...and the objects it sent, for a returned argument. */
      args?: unknown[];
    }
  >();
  readonly #returns = new Map<number, ReturnMessage>();
  #nextObject = 1;
  #nextCall = 1;
  #nextPromise = 1;
  #closed: string | undefined;
  #waitingPromises = 0;
  #writeFd: number | undefined;
  /** The incoming pipe opened a second time, blocking, for direct reads. */
  #directFd: number | undefined;
  /** Who reads the incoming pipe: the relay thread, or (during a run of calls) this thread. */
  #mode: "relay" | "pausing" | "direct" = "relay";
  /** Bytes read from the pipe (or handed over by the relay) and not yet consumed. */
  #carry: Buffer = Buffer.alloc(0);
  #leaveScheduled = false;
  #bursting = false;
  #lastWasCall = false;

  /**
   * The sandbox side stays alive while connected (the spec side may exit when idle), and after
   * serving a call it keeps reading the pipe directly for the next one until the spec side says
   * it is idle, so that a spec's loop of calls costs no event-loop turns.
   */
  readonly #sandboxSide: boolean;

  private constructor(dir: string, side: "spec" | "sandbox", options: PeerOptions) {
    this.#sandboxSide = side === "sandbox";
    this.#options = options;
    for (const [name, cls] of Object.entries({ ...BUILTIN_ERRORS, ...options.errors }))
      this.#errorNames.set(cls, name);
    const { port1, port2 } = new MessageChannel();
    this.#port = port1;
    const shared = new SharedArrayBuffer(32 + SLOT_BYTES);
    this.#ints = new Int32Array(shared, 0, 8);
    this.#slot = new Uint8Array(shared, 32);
    this.#worker = new Worker(RELAY, {
      workerData: { port: port2, shared, dir, side },
      transferList: [port2],
    });
    this.#port.on("message", (m: RelayMessage) => {
      this.#lastWasCall = false;
      this.#onRelay(m);
      if (this.#lastWasCall) this.#burst();
    });
  }

  /**
   * One side of the pipes in `dir` (`to-sandbox`, `from-sandbox`, both made by the spec side
   * with mkfifo). `connected()` resolves once the other side has opened them too.
   */
  static open(dir: string, side: "spec" | "sandbox", options: PeerOptions): Peer {
    const peer = new Peer(dir, side, options);
    void peer.connected().catch(() => {});
    return peer;
  }

  connected(): Promise<void> {
    return this.#control("connected");
  }

  readonly #reached = new Set<string>();
  readonly #controlWaiters = new Map<string, (() => void)[]>();

  #control(type: "connected"): Promise<void> {
    if (this.#reached.has(type)) return Promise.resolve();
    this.#port.ref();
    this.#worker.ref();
    return new Promise<void>((resolve, reject) => {
      const waiters = this.#controlWaiters.get(type) ?? [];
      waiters.push(() => (this.#closed ? reject(new SandboxError(this.#closed)) : resolve()));
      this.#controlWaiters.set(type, waiters);
    }).finally(() => this.#idle()) as Promise<void>;
  }

  /** Lets the process exit while nothing is awaited from the other side. */
  #idle(): void {
    if (this.#waitingPromises === 0 && !this.#sandboxSide) {
      this.#port.unref();
      this.#worker.unref();
    }
  }

  close(): void {
    this.#closed ??= "closed";
    void this.#worker.terminate();
    this.#port.close();
  }

  // ── Requests to the other side ──────────────────────────────────────────────────────────

  /** `import(file)` on the other side: resolves to its module namespace (exports as handles). */
  importModule(file: string): Promise<Record<string, unknown>> {
    return this.#request({ op: "import", key: file }) as Promise<Record<string, unknown>>;
  }

  #request(call: Omit<CallMessage, "t" | "id">): unknown {
    const id = this.#nextCall++;
    this.#send({ t: "call", id, ...call });
    const ret = this.#waitForReturn(id);
    const value = this.#decode(ret.value);
    if (!ret.ok) throw value;
    return value;
  }

  #call(
    op: "invoke" | "apply" | "construct",
    h: number,
    key: Encoded,
    thisArg: unknown,
    args: unknown[],
  ): unknown {
    const id = this.#nextCall++;
    const all = [thisArg, ...args];
    const ctx: EncodeContext = { seen: new Map(), writeback: false };
    const bytes = v8.serialize(this.#enc(all, ctx));
    this.#send({ t: "call", id, op, h, key, args: bytes });
    const ret = this.#waitForReturn(id);
    if (ret.writeback) this.#applyWriteback(all, v8.deserialize(ret.writeback));
    const sent = [...ctx.seen.keys()];
    const value = this.#dec(ret.value, { refs: [], args: sent });
    if (!ret.ok) throw value;
    // An async function changes its arguments after it returned its promise: the writeback, and
    // a returned argument, come when the promise settles.
    const promise =
      Array.isArray(ret.value) && ret.value[0] === "P" ? this.#promises.get(ret.value[1]) : undefined;
    if (promise) {
      promise.originals = all;
      promise.args = sent;
    }
    return value;
  }

  #send(message: Message): void {
    if (this.#closed) throw new SandboxError(`The sandbox is gone (${this.#closed}).`);
    if (this.#writeFd === undefined) throw new SandboxError("The sandbox is not connected yet.");
    const bytes = v8.serialize(message);
    const header = Buffer.alloc(4);
    header.writeUInt32LE(bytes.byteLength, 0);
    try {
      writeSync(this.#writeFd, header);
      for (let done = 0; done < bytes.byteLength; ) done += writeSync(this.#writeFd, bytes, done);
    } catch (error) {
      this.#fail(`writing to the other side failed: ${(error as Error).message}`);
      throw new SandboxError(`The sandbox is gone (${this.#closed}).`);
    }
  }

  /** Serves the other side's calls until the answer to `id` is in. */
  #waitForReturn(id: number): ReturnMessage {
    this.#enterDirect();
    for (;;) {
      const ret = this.#returns.get(id);
      if (ret) {
        this.#returns.delete(id);
        return ret;
      }
      if (this.#closed) throw new SandboxError(`The sandbox process ended during a call (${this.#closed}).`);
      if (this.#mode === "direct") this.#onMessage(this.#readDirect());
      else this.#pump();
    }
  }

  // ── Direct mode: this thread reads the pipe itself ──────────────────────────────────────

  #enterDirect(): void {
    if (this.#mode === "relay" && this.#directFd !== undefined && !this.#closed) {
      this.#mode = "pausing";
      this.#port.postMessage({ type: "pause" });
    }
    while (this.#mode === "pausing" && !this.#closed) this.#pump();
    if (this.#mode === "direct" && !this.#leaveScheduled) {
      // Back to the relay once this run of calls ends and the event loop turns.
      this.#leaveScheduled = true;
      setImmediate(() => {
        this.#leaveScheduled = false;
        this.#leaveDirect();
      });
    }
  }

  #leaveDirect(): void {
    // The relay resumes at a frame boundary: finish what was handed over or begun.
    while (this.#mode === "direct" && this.#carry.length > 0 && !this.#closed)
      this.#onMessage(this.#readDirect());
    if (this.#mode !== "direct" || this.#closed) return;
    this.#mode = "relay";
    this.#port.postMessage({ type: "resume" });
    if (!this.#sandboxSide) this.#send({ t: "idle" });
  }

  /** After serving a call from the event loop, serve the next ones directly until the spec side is idle. */
  #burst(): void {
    if (!this.#sandboxSide || this.#closed) return;
    // Set before pausing the relay: an "idle" handed over meanwhile must end the burst at once.
    this.#bursting = true;
    this.#enterDirect();
    while (this.#bursting && this.#mode === "direct" && !this.#closed) this.#onMessage(this.#readDirect());
    this.#bursting = false;
    this.#leaveDirect();
  }

  #readDirect(): Message {
    const size = this.#readBytes(4).readUInt32LE(0);
    return v8.deserialize(this.#readBytes(size)) as Message;
  }

  #readBytes(n: number): Buffer {
    if (this.#carry.length >= n) {
      const out = this.#carry.subarray(0, n);
      this.#carry = this.#carry.subarray(n);
      return out;
    }
    const out = Buffer.alloc(n);
    let got = this.#carry.copy(out);
    this.#carry = Buffer.alloc(0);
    while (got < n) {
      const read = readSync(this.#directFd as number, out, got, n - got, null);
      if (read === 0) {
        this.#fail("the other side closed the connection");
        throw new SandboxError(`The sandbox is gone (${this.#closed}).`);
      }
      got += read;
    }
    return out;
  }

  /** Handles what the relay handed over, or waits until it hands over something. */
  #pump(): boolean {
    const seen = Atomics.load(this.#ints, COUNTER);
    if (this.#takeOne()) return true;
    Atomics.store(this.#ints, MAIN_WAITING, 1);
    Atomics.wait(this.#ints, COUNTER, seen);
    Atomics.store(this.#ints, MAIN_WAITING, 0);
    return this.#takeOne();
  }

  /**
   * The next frame or control message, in the order the relay handed them over: the slot
   * first, since the relay fills it only while nothing waits in the port, so whatever the port
   * holds was posted after it.
   */
  #takeOne(): boolean {
    if (Atomics.load(this.#ints, FULL) === 1) {
      this.#onRelay({ type: "slot" });
      return true;
    }
    const received = receiveMessageOnPort(this.#port);
    if (received) {
      this.#onRelay(received.message as RelayMessage);
      return true;
    }
    return false;
  }

  #onRelay(m: RelayMessage): void {
    if (m.type === "slot") {
      if (Atomics.load(this.#ints, FULL) !== 1) return; // a nudge for a frame already taken
      const frame = this.#slot.slice(0, Atomics.load(this.#ints, LENGTH));
      Atomics.store(this.#ints, FULL, 0);
      this.#onMessage(v8.deserialize(frame) as Message);
    } else if (m.type === "frame") {
      Atomics.sub(this.#ints, IN_PORT, 1);
      this.#onMessage(v8.deserialize(m.frame) as Message);
    } else if (m.type === "paused") {
      this.#carry = Buffer.concat([this.#carry, m.leftover]);
      this.#mode = "direct";
    } else if (m.type === "closed") this.#fail("the other side closed the connection");
    else if (m.type === "error") this.#fail(m.message);
    else {
      this.#writeFd = m.writeFd;
      // The writer has the pipe open, so this open does not block.
      this.#directFd = openSync(m.incoming, "r");
      this.#reach(m.type);
    }
  }

  #reach(type: string): void {
    this.#reached.add(type);
    for (const wake of this.#controlWaiters.get(type) ?? []) wake();
    this.#controlWaiters.delete(type);
  }

  #fail(reason: string): void {
    if (this.#closed === undefined) this.#options.onClose?.(reason);
    this.#closed ??= reason;
    for (const type of [...this.#controlWaiters.keys()]) this.#reach(type);
    for (const { reject } of this.#promises.values())
      reject(new SandboxError(`The sandbox is gone (${reason}).`));
    this.#promises.clear();
  }

  #onMessage(message: Message): void {
    if (message.t === "idle") this.#bursting = false;
    else if (message.t === "ret") this.#returns.set(message.id, message);
    else if (message.t === "settle") {
      const pending = this.#promises.get(message.pid);
      if (!pending) return;
      this.#promises.delete(message.pid);
      this.#waitingPromises--;
      this.#idle();
      let value: unknown;
      try {
        if (message.writeback && pending.originals)
          this.#applyWriteback(pending.originals, v8.deserialize(message.writeback));
        value = this.#dec(message.value, { refs: [], ...(pending.args ? { args: pending.args } : {}) });
      } catch (error) {
        // A value this side cannot rebuild fails the promise that carried it, not the process.
        pending.reject(new SandboxError(`The result could not cross the sandbox boundary: ${String(error)}`));
        return;
      }
      if (message.ok) pending.resolve(value);
      else pending.reject(value);
    } else {
      this.#lastWasCall = true;
      this.#serve(message);
    }
  }

  // ── Serving the other side's calls ──────────────────────────────────────────────────────

  #object(h: number | undefined): object {
    const object = h === undefined ? undefined : this.#objects.get(h);
    if (!object) throw new SandboxError(`No object with handle ${h} on this side.`);
    return object;
  }

  #serve(call: CallMessage): void {
    let ok = true;
    let value: unknown;
    let writeback: Uint8Array | undefined;
    let received: Map<unknown, number> | undefined;
    /** `value` is already encoded (the promise of an async call). */
    let settled = false;
    try {
      const key = this.#decode(call.key) as PropertyKey;
      switch (call.op) {
        case "import": {
          if (!this.#options.importer) throw new SandboxError("This side does not serve imports.");
          value = this.#options.importer(String(key));
          break;
        }
        case "get":
          value = Reflect.get(this.#object(call.h), key);
          break;
        case "set":
          value = Reflect.set(this.#object(call.h), key, this.#decode(call.value));
          break;
        case "has":
          value = Reflect.has(this.#object(call.h), key);
          break;
        case "keys":
          value = Reflect.ownKeys(this.#object(call.h)).filter((k) => typeof k === "string");
          break;
        case "desc": {
          const d = Reflect.getOwnPropertyDescriptor(this.#object(call.h), key);
          value =
            d === undefined
              ? undefined
              : {
                  value: "value" in d ? d.value : Reflect.get(this.#object(call.h), key),
                  writable: d.writable ?? d.set !== undefined,
                  enumerable: d.enumerable ?? false,
                };
          break;
        }
        case "proto":
          value = Reflect.getPrototypeOf(this.#object(call.h));
          break;
        case "repeat": {
          const { n, args } = this.#decode(call.value) as { n: number; args: unknown[] };
          const fn = this.#object(call.h) as (...a: unknown[]) => unknown;
          const out = new Array<unknown>(n);
          for (let i = 0; i < n; i++) out[i] = Reflect.apply(fn, undefined, args);
          value = out;
          break;
        }
        case "each": {
          const lists = this.#decode(call.value) as unknown[][];
          const target = this.#object(call.h);
          const fn = (key === undefined ? target : Reflect.get(target, key)) as (...a: unknown[]) => unknown;
          if (typeof fn !== "function") throw new TypeError(`${String(key)} is not a function`);
          value = lists.map((args) => Reflect.apply(fn, key === undefined ? undefined : target, args));
          break;
        }
        default: {
          const decoded: DecodeContext = { refs: [] };
          const all = this.#dec(v8.deserialize(call.args as Uint8Array), decoded) as unknown[];
          received = new Map(decoded.refs.map((r, i) => [r, i]));
          const [thisArg, ...args] = all;
          const target = this.#object(call.h) as (...a: unknown[]) => unknown;
          if (call.op === "invoke") {
            const method = Reflect.get(target, key) as unknown;
            if (typeof method !== "function") throw new TypeError(`${String(key)} is not a function`);
            value = Reflect.apply(method, target, args);
          } else if (call.op === "apply") value = Reflect.apply(target, thisArg, args);
          else value = Reflect.construct(target, args);
          const changes = (): Uint8Array | undefined => {
            const after = v8.serialize(this.#encode(all, true));
            return after.equals(call.args as Uint8Array) ? undefined : after;
          };
          if (value instanceof Promise) {
            const args = received;
            value = ["P", this.#exportPromise(value, { changes, args })];
            settled = true;
          } else writeback = changes();
        }
      }
    } catch (error) {
      ok = false;
      value = error;
    }
    let encoded: Encoded;
    try {
      encoded = settled
        ? value
        : this.#enc(value, {
            seen: new Map(),
            writeback: false,
            ...(received ? { args: received } : {}),
          });
    } catch (error) {
      ok = false;
      encoded = this.#encode(
        new SandboxError(`The result could not cross the sandbox boundary: ${String(error)}`),
      );
    }
    this.#send({ t: "ret", id: call.id, ok, value: encoded, ...(writeback ? { writeback } : {}) });
  }

  // ── Encoding ─────────────────────────────────────────────────────────────────────────────

  #encode(value: unknown, writeback = false): Encoded {
    return this.#enc(value, { seen: new Map(), writeback });
  }

  #enc(value: unknown, ctx: EncodeContext): Encoded {
    if (typeof value === "symbol") return ["S", WELL_KNOWN.get(value) ?? null];
    if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
    const intrinsic = INTRINSICS.get(value);
    if (intrinsic) return ["I", intrinsic];
    const remote = this.#remote.get(value);
    if (remote) return ctx.writeback ? remote.tuple : ["y", remote.id];
    const ref = ctx.seen.get(value);
    if (ref !== undefined) return ["R", ref];
    const argument = ctx.args?.get(value);
    if (argument !== undefined) return ["W", argument];
    const register = () => ctx.seen.set(value, ctx.seen.size);
    const codec = this.#options.codecs.find((c) => c.matches(value));
    if (codec) {
      register();
      return ["c", codec.name, codec.encode(value)];
    }
    if (typeof value === "function") return this.#handle(value);
    if (ArrayBuffer.isView(value)) {
      register();
      return ["T", compact(value)];
    }
    if (value instanceof ArrayBuffer) {
      register();
      return ["T", value.slice(0)];
    }
    if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype) {
      register();
      return isPrimitiveArray(value) ? ["A", value] : ["a", value.map((v) => this.#enc(v, ctx))];
    }
    if (value instanceof Promise) return ["P", this.#exportPromise(value)];
    if (value instanceof Error) {
      register();
      const name = this.#errorNames.get(value.constructor) ?? value.name;
      const props = Object.keys(value).filter((k) => k !== "name" && k !== "message" && k !== "stack");
      return [
        "e",
        name,
        value.message,
        value.stack,
        props,
        props.map((k) => this.#enc((value as never)[k], ctx)),
      ];
    }
    if (value instanceof Date) return ["d", value.getTime()];
    if (value instanceof RegExp) return ["r", value.source, value.flags];
    if (value instanceof Map) {
      register();
      return [
        "m",
        [...value.keys()].map((k) => this.#enc(k, ctx)),
        [...value.values()].map((v) => this.#enc(v, ctx)),
      ];
    }
    if (value instanceof Set) {
      register();
      return ["s", [...value].map((v) => this.#enc(v, ctx))];
    }
    if (isPlainObject(value)) {
      register();
      const keys = Object.keys(value);
      return [
        "o",
        keys,
        keys.map((k) => this.#enc((value as Record<string, unknown>)[k], ctx)),
        Object.getPrototypeOf(value) === null,
      ];
    }
    return this.#handle(value);
  }

  /** A handle to a local object, with the names of its methods so that reading one costs no call. */
  #handle(value: object): Tuple {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#nextObject++;
      this.#ids.set(value, id);
      this.#objects.set(id, value);
    }
    return ["h", id, typeof value === "function" ? "f" : "o", methodNames(value)];
  }

  #exportPromise(promise: Promise<unknown>, call?: AsyncCall): number {
    const pid = this.#nextPromise++;
    promise.then(
      (v) => this.#settle(pid, true, v, call),
      (e) => this.#settle(pid, false, e, call),
    );
    return pid;
  }

  #settle(pid: number, ok: boolean, value: unknown, call?: AsyncCall): void {
    if (this.#closed) return;
    let encoded: Encoded;
    let writeback: Uint8Array | undefined;
    try {
      writeback = call?.changes();
      encoded = this.#enc(value, {
        seen: new Map(),
        writeback: false,
        ...(call?.args ? { args: call.args } : {}),
      });
    } catch (error) {
      ok = false;
      encoded = this.#encode(
        new SandboxError(`The result could not cross the sandbox boundary: ${String(error)}`),
      );
    }
    this.#send({ t: "settle", pid, ok, value: encoded, ...(writeback ? { writeback } : {}) });
  }

  // ── Decoding ─────────────────────────────────────────────────────────────────────────────

  #decode(encoded: Encoded): unknown {
    return this.#dec(encoded, { refs: [] });
  }

  #dec(e: Encoded, ctx: DecodeContext): unknown {
    if (!Array.isArray(e)) return e;
    const t = e as Tuple;
    const keep = <T>(v: T): T => {
      ctx.refs.push(v);
      return v;
    };
    switch (t[0]) {
      case "S":
        return WELL_KNOWN_BY_NAME.get(t[1] as string) ?? Symbol("sandbox");
      case "I":
        return INTRINSICS_BY_NAME.get(t[1] as string);
      case "y":
        return this.#object(t[1] as number);
      case "h":
        return this.#proxy(t);
      case "R":
        return ctx.refs[t[1] as number];
      case "W":
        if (!ctx.args) throw new SandboxError("An argument reference arrived outside a call's result.");
        return ctx.args[t[1] as number];
      case "c": {
        const codec = this.#options.codecs.find((c) => c.name === t[1]);
        if (!codec) throw new SandboxError(`No codec ${String(t[1])} on this side.`);
        return keep(codec.decode(t[2]));
      }
      case "T":
        // v8.deserialize hands out typed arrays that are views into the frame: copy, so that a
        // callee's changes neither alias the bytes it was sent nor pin the whole frame.
        return keep(copyView(t[1] as ArrayBufferView | ArrayBuffer));
      case "A":
        return keep(t[1]);
      case "a": {
        const out = keep([] as unknown[]);
        for (const item of t[1] as Encoded[]) out.push(this.#dec(item, ctx));
        return out;
      }
      case "o": {
        const out = keep((t[3] ? Object.create(null) : {}) as Record<string, unknown>);
        const keys = t[1] as string[];
        const values = t[2] as Encoded[];
        keys.forEach((k, i) => {
          out[k] = this.#dec(values[i], ctx);
        });
        return out;
      }
      case "m": {
        const out = keep(new Map());
        const values = t[2] as Encoded[];
        (t[1] as Encoded[]).forEach((k, i) => {
          out.set(this.#dec(k, ctx), this.#dec(values[i], ctx));
        });
        return out;
      }
      case "s": {
        const out = keep(new Set());
        for (const v of t[1] as Encoded[]) out.add(this.#dec(v, ctx));
        return out;
      }
      case "d":
        return new Date(t[1] as number);
      case "r":
        return new RegExp(t[1] as string, t[2] as string);
      case "P":
        return this.#importPromise(t[1] as number);
      case "e":
        return this.#rebuildError(t, ctx);
      default:
        throw new SandboxError(`Unknown value tag ${String(t[0])} from the other side.`);
    }
  }

  #rebuildError(t: Tuple, ctx: DecodeContext): Error {
    const [, name, message, stack, props, values] = t as [
      string,
      string,
      string,
      string,
      string[],
      Encoded[],
    ];
    const cls = { ...BUILTIN_ERRORS, ...this.#options.errors }[name];
    const error = Object.create(cls ? cls.prototype : Error.prototype) as Error;
    ctx.refs.push(error);
    const define = (key: string, value: unknown) =>
      Object.defineProperty(error, key, { value, writable: true, configurable: true, enumerable: false });
    define("message", message);
    if (!cls || error.name !== name) define("name", name);
    define("stack", stack);
    props.forEach((k, i) => {
      (error as unknown as Record<string, unknown>)[k] = this.#dec(values[i], ctx);
    });
    return error;
  }

  #importPromise(pid: number): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.#promises.set(pid, { resolve, reject });
      this.#waitingPromises++;
      this.#port.ref();
      this.#worker.ref();
    });
  }

  /** Copies the callee's changes to by-value arguments into the caller's own objects. */
  #applyWriteback(originals: unknown[], encoded: Encoded): void {
    const ctx: DecodeContext = { refs: [] };
    const apply = (original: unknown, e: Encoded): unknown => {
      if (!Array.isArray(e)) return e;
      const t = e as Tuple;
      if (t[0] === "h" || t[0] === "y" || t[0] === "I" || t[0] === "R" || t[0] === "P") return original;
      if (original === null || typeof original !== "object") return this.#dec(e, ctx);
      switch (t[0]) {
        case "T":
          if (ArrayBuffer.isView(original) && !(original instanceof DataView))
            (original as unknown as { set(v: ArrayLike<number>): void }).set(t[1] as ArrayLike<number>);
          return original;
        case "A":
        case "a": {
          if (!Array.isArray(original)) return this.#dec(e, ctx);
          const items = t[0] === "A" ? (t[1] as unknown[]) : (t[1] as Encoded[]);
          const next = items.map((item, i) => (t[0] === "A" ? item : apply(original[i], item)));
          original.length = 0;
          original.push(...next);
          return original;
        }
        case "o": {
          const target = original as Record<string, unknown>;
          const keys = t[1] as string[];
          const values = t[2] as Encoded[];
          for (const k of Object.keys(target)) if (!keys.includes(k)) delete target[k];
          keys.forEach((k, i) => {
            target[k] = apply(target[k], values[i]);
          });
          return original;
        }
        case "c": {
          const codec = this.#options.codecs.find((c) => c.name === t[1]);
          codec?.update?.(original, t[2]);
          return original;
        }
        case "m":
        case "s": {
          const fresh = this.#dec(e, ctx) as Map<unknown, unknown> | Set<unknown>;
          if (original instanceof Map && fresh instanceof Map) {
            original.clear();
            for (const [k, v] of fresh) original.set(k, v);
          } else if (original instanceof Set && fresh instanceof Set) {
            original.clear();
            for (const v of fresh) original.add(v);
          }
          return original;
        }
        default:
          return original;
      }
    };
    const items = (encoded as Tuple)[0] === "a" ? ((encoded as Tuple)[1] as Encoded[]) : [];
    originals.forEach((o, i) => {
      if (items[i] !== undefined) apply(o, items[i]);
    });
  }

  // ── Proxies of remote objects ────────────────────────────────────────────────────────────

  #proxy(tuple: Tuple): object {
    const [, id, kind, methods] = tuple as [string, number, "f" | "o", string[]];
    const existing = this.#proxies.get(id);
    if (existing) return existing;
    const peer = this;
    const methodSet = new Set(methods);
    const stubs = new Map<string, (...args: unknown[]) => unknown>();
    const target = kind === "f" ? function remote() {} : {};
    const key = (k: PropertyKey): Encoded => (typeof k === "symbol" ? ["S", WELL_KNOWN.get(k) ?? null] : k);
    const proxy = new Proxy(target, {
      get(_t, k) {
        if (k === REPEAT && kind === "f")
          return (n: number, args: unknown[]) =>
            peer.#request({ op: "repeat", h: id, value: peer.#encode({ n, args }) });
        if (k === EACH)
          return (method: string | undefined, lists: unknown[][]) =>
            peer.#request({ op: "each", h: id, key: method, value: peer.#encode(lists) });
        if (typeof k === "symbol" && !WELL_KNOWN.has(k)) return undefined;
        if (typeof k === "string" && methodSet.has(k)) {
          let stub = stubs.get(k);
          if (!stub) {
            stub = function (this: unknown, ...args: unknown[]) {
              return peer.#call("invoke", id, k, undefined, args);
            };
            Object.defineProperty(stub, "name", { value: k });
            stubs.set(k, stub);
          }
          return stub;
        }
        return peer.#request({ op: "get", h: id, key: key(k) });
      },
      set(_t, k, value) {
        return peer.#request({ op: "set", h: id, key: key(k), value: peer.#encode(value) }) as boolean;
      },
      has(_t, k) {
        return peer.#request({ op: "has", h: id, key: key(k) }) as boolean;
      },
      ownKeys(t) {
        const keys = peer.#request({ op: "keys", h: id }) as string[];
        // A Proxy must report the target's non-configurable keys (a function's `prototype`).
        for (const own of Reflect.ownKeys(t))
          if (!Reflect.getOwnPropertyDescriptor(t, own)?.configurable && !keys.includes(own as string))
            keys.push(own as string);
        return keys;
      },
      getOwnPropertyDescriptor(t, k) {
        const local = Reflect.getOwnPropertyDescriptor(t, k);
        if (local && !local.configurable) return local;
        const d = peer.#request({ op: "desc", h: id, key: key(k) }) as
          | { value: unknown; writable: boolean; enumerable: boolean }
          | undefined;
        return d && { ...d, configurable: true };
      },
      getPrototypeOf() {
        return peer.#request({ op: "proto", h: id }) as object | null;
      },
      apply(_t, thisArg, args) {
        return peer.#call("apply", id, undefined, thisArg, args);
      },
      construct(_t, args) {
        return peer.#call("construct", id, undefined, undefined, args) as object;
      },
    });
    this.#proxies.set(id, proxy);
    this.#remote.set(proxy, { id, tuple });
    return proxy;
  }
}

const methodsOfPrototype = new WeakMap<object, string[]>();

/** Names of the methods an object has on its prototype chain (or, for a class, its static methods). */
function methodNames(value: object): string[] {
  const proto = typeof value === "function" ? undefined : Object.getPrototypeOf(value);
  const known = proto && methodsOfPrototype.get(proto);
  if (known) return known;
  const names = new Set<string>();
  const collect = (o: object) => {
    for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(o)))
      if (typeof d.value === "function" && name !== "constructor") names.add(name);
  };
  if (typeof value === "function") {
    collect(value);
    names.delete("prototype");
    return [...names];
  }
  for (let o = proto; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) collect(o);
  const list = [...names];
  if (proto) methodsOfPrototype.set(proto, list);
  return list;
}
