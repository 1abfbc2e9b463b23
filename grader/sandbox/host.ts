/**
 * The sandbox process: imports learner modules on request and answers calls on them, over the
 * pipes in the folder given as its first argument. Started through `boot.mjs` by `client.ts`
 * (inside bubblewrap when available, see `launch.ts`).
 */
import { pathToFileURL } from "node:url";
import { hardenProcess } from "../run/harden";
import { COURSE_CODECS, COURSE_ERRORS } from "./course";
import { Peer } from "./peer";

hardenProcess();
const [dir] = process.argv.slice(2) as [string];

Peer.open(dir, "sandbox", {
  errors: COURSE_ERRORS,
  codecs: COURSE_CODECS,
  importer: (file) => import(pathToFileURL(file).href),
  keepAlive: true,
  burst: true,
  onClose: () => process.exit(0),
});
