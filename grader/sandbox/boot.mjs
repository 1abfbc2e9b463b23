// Entry point of the sandbox process: TypeScript support first, then the course's resolution
// rules (hooks.ts), then the host that serves the spec process (host.ts). Arguments: the pipe
// folder, the course root and the target.
import { register } from "node:module";

const [dir, root, target] = process.argv.slice(2);
if (!dir || !root || !target) {
  console.error("usage: boot.mjs <pipe folder> <course root> <target>");
  process.exit(2);
}
register("./ts-loader.mjs", import.meta.url);
register("./hooks.ts", import.meta.url, { data: { root, target } });
await import("./host.ts");
