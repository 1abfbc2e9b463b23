/**
 * The sandbox process: imports learner modules on request and answers calls on them, over the
 * pipes in the folder given as its first argument. Started through `boot.mjs` by `client.ts`
 * (inside bubblewrap when available, see `launch.ts`).
 */
import { pathToFileURL } from "node:url";
import { hardenProcess } from "../run/harden";
import { BUILTIN, COURSE_ERRORS, courseCodecs, sandboxTensors } from "./course";
import { Peer } from "./peer";

hardenProcess();
const [dir] = process.argv.slice(2) as [string];

// process.exit() in learner code would end the sandbox, and every later test would read "the
// sandbox is gone". Make it an error of the call that made it, as Vitest does in a spec process.
const exit = process.exit.bind(process);
process.exit = ((code?: number) => {
  throw new Error(`process.exit(${code ?? ""}) was called by learner code: return or throw instead`);
}) as typeof process.exit;

Peer.open(dir, "sandbox", {
  errors: COURSE_ERRORS,
  codecs: courseCodecs("sandbox"),
  importer: async (file) => {
    if (file === BUILTIN.tensors) return { sandboxTensors };
    if (file === BUILTIN.tf) {
      // Before a spec sends tensors or models, so that they land on the configured backend.
      const { getTf } = await import("../../lib/tf/index.ts");
      await getTf();
      return {};
    }
    return import(pathToFileURL(file).href);
  },
  onClose: () => exit(0),
});
