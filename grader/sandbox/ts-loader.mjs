// TypeScript for the sandbox process (Node `module.register` hooks, plain JavaScript because
// they load before anything can be transformed). Type annotations are stripped in-process by
// oxc (through rolldown, Vite's bundler) — no child process, which the sandbox's fallback
// (Node's permission model) forbids — and imports without an extension, with `.js`, or of a folder find
// the `.ts` file (or the folder's index.ts) as they do under Vite.
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transformSync } from "rolldown/experimental";

const TS = /\.(ts|mts|tsx)$/;
const EXTENSIONS = [".ts", ".tsx", ".mts"];

function isFile(file) {
  return existsSync(file) && statSync(file).isFile();
}

/** The TypeScript file an import means, or undefined to let Node decide. */
function typescriptFile(file) {
  if (isFile(file)) return undefined;
  const base = file.replace(/\.(js|mjs)$/, "");
  for (const ext of EXTENSIONS) if (isFile(base + ext)) return base + ext;
  // A folder with an index.ts, as `lib/plot` is.
  for (const ext of EXTENSIONS) if (isFile(`${file}/index${ext}`)) return `${file}/index${ext}`;
  return undefined;
}

export async function resolve(specifier, context, next) {
  const relative = /^(\.{1,2}\/|\/|file:)/.test(specifier);
  if (relative && context.parentURL?.startsWith("file:")) {
    const url = new URL(specifier, context.parentURL);
    const file = typescriptFile(fileURLToPath(url));
    if (file) return { url: pathToFileURL(file).href, format: "module", shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith("file:") || !TS.test(new URL(url).pathname)) return next(url, context);
  const file = fileURLToPath(url);
  const result = transformSync(file, readFileSync(file, "utf8"), { sourcemap: true });
  if (result.errors?.length) {
    const error = new SyntaxError(`${file}: ${result.errors.map((e) => e.message).join("; ")}`);
    throw error;
  }
  const map = result.map
    ? `\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(result.map)).toString("base64")}`
    : "";
  return { format: "module", source: result.code + map, shortCircuit: true };
}
