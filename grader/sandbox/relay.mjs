// The reading thread of one side of the sandbox boundary (plain JavaScript: it runs in a worker
// thread, where neither Vite nor tsx transforms code).
//
// The two processes talk over two named pipes (FIFOs): "to-sandbox" and "from-sandbox". The
// main thread writes its frames to its outgoing pipe itself, with blocking writes. It cannot
// read its incoming pipe itself: while idle it must keep its event loop running, and inside a
// synchronous call it is blocked in Atomics.wait. So this thread does nothing but read the
// incoming pipe, and hands each frame to the main thread:
//   - through the shared slot when the frame fits and the slot is free (the fast path: the main
//     thread wakes from Atomics.wait and copies it out, no message passing);
//   - otherwise through the MessagePort, its bytes transferred. While frames wait in the port,
//     later ones go there too, so that they arrive in order.
// The layout of the shared memory is in peer.ts (SLOT_*).
//
// Reads go through the event loop (a net.Socket on the pipe), never a blocking readSync: a
// thread blocked in a system call cannot be interrupted, and `process.report.getReport()` —
// which native packages such as @resvg/resvg-js call when they load — waits for every thread.
import { openSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { workerData } from "node:worker_threads";

const { port, shared, dir, side } = workerData;
const ints = new Int32Array(shared, 0, 8);
const slot = new Uint8Array(shared, 32);
const COUNTER = 0;
const FULL = 1;
const LENGTH = 2;
const MAIN_WAITING = 3;
const IN_PORT = 4;

function wake() {
  Atomics.add(ints, COUNTER, 1);
  Atomics.notify(ints, COUNTER);
}

function post(message, transfer) {
  port.postMessage(message, transfer);
  wake();
}

function deliver(frame) {
  if (
    frame.byteLength <= slot.byteLength &&
    Atomics.load(ints, FULL) === 0 &&
    Atomics.load(ints, IN_PORT) === 0
  ) {
    slot.set(frame);
    Atomics.store(ints, LENGTH, frame.byteLength);
    Atomics.store(ints, FULL, 1);
    // An idle main thread is not in Atomics.wait: its event loop needs a message to look.
    if (Atomics.load(ints, MAIN_WAITING) === 0) port.postMessage({ type: "slot" });
    wake();
    return;
  }
  Atomics.add(ints, IN_PORT, 1);
  post({ type: "frame", frame }, [frame.buffer]);
}

try {
  // Both sides open "to-sandbox" first, then "from-sandbox": a FIFO's open blocks until its
  // other end is opened too, so the same order on both sides cannot deadlock.
  const toSandbox = path.join(dir, "to-sandbox");
  const fromSandbox = path.join(dir, "from-sandbox");
  let readFd;
  let writeFd;
  if (side === "spec") {
    writeFd = openSync(toSandbox, "w");
    readFd = openSync(fromSandbox, "r");
  } else {
    readFd = openSync(toSandbox, "r");
    writeFd = openSync(fromSandbox, "w");
  }
  // The main thread opens the incoming pipe a second time, in blocking mode, for "direct"
  // mode: during a run of synchronous calls it pauses this thread ("pause": stop reading, hand
  // over the bytes of a frame begun) and reads the pipe itself, which saves two thread wake-ups
  // per call; "resume" gives the pipe back.
  post({ type: "connected", writeFd, incoming: side === "spec" ? fromSandbox : toSandbox });
  let pending = Buffer.alloc(0);
  const onData = (chunk) => {
    pending = pending.length === 0 ? Buffer.from(chunk) : Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const size = pending.readUInt32LE(0);
      if (pending.length < 4 + size) break;
      // A fresh ArrayBuffer per frame, so that it can be transferred to the main thread.
      const frame = new Uint8Array(size);
      frame.set(pending.subarray(4, 4 + size));
      pending = pending.subarray(4 + size);
      deliver(frame);
    }
  };
  // `onread` makes pause() stop reading from the pipe at once (plain sockets read ahead).
  const incoming = new net.Socket({
    fd: readFd,
    readable: true,
    writable: false,
    onread: { buffer: Buffer.alloc(1 << 16), callback: (n, buffer) => onData(buffer.subarray(0, n)) },
  });
  incoming.on("close", () => post({ type: "closed" }));
  incoming.on("error", (error) => post({ type: "error", message: error.message }));
  port.on("message", (message) => {
    if (message.type === "pause") {
      incoming.pause();
      const leftover = new Uint8Array(pending.length);
      leftover.set(pending);
      pending = Buffer.alloc(0);
      post({ type: "paused", leftover }, [leftover.buffer]);
    } else if (message.type === "resume") incoming.resume();
  });
} catch (error) {
  post({ type: "error", message: error instanceof Error ? error.message : String(error) });
}
