/**
 * The value exports of a TypeScript module, found without running it: the spec side needs them
 * to write the proxy module of a learner file before the sandbox has loaded it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseAst, transformWithOxc } from "vite";
import type { SandboxNeeds } from "./client";

type Node = { type: string; [key: string]: unknown };

/** Export names of `file` (absolute); `export * from` is followed through relative modules. */
export async function exportNames(
  file: string,
  resolve: (specifier: string, from: string) => string | undefined,
  seen = new Set<string>(),
): Promise<string[]> {
  if (seen.has(file)) return [];
  seen.add(file);
  const { code } = await transformWithOxc(readFileSync(file, "utf8"), file, { lang: "ts" });
  const names = new Set<string>();
  for (const node of parseAst(code).body as unknown as Node[]) {
    if (node.type === "ExportDefaultDeclaration") names.add("default");
    else if (node.type === "ExportAllDeclaration") {
      const exported = node.exported as Node | null;
      if (exported) names.add(String(exported.name ?? exported.value));
      else {
        const target = resolve(String((node.source as Node).value), file);
        if (target)
          for (const name of await exportNames(target, resolve, seen))
            if (name !== "default") names.add(name);
      }
    } else if (node.type === "ExportNamedDeclaration") {
      const declaration = node.declaration as Node | null;
      if (declaration?.type === "VariableDeclaration")
        for (const d of declaration.declarations as Node[]) {
          const id = d.id as Node;
          if (id.type === "Identifier") names.add(String(id.name));
        }
      else if (declaration) names.add(String((declaration.id as Node).name));
      for (const s of (node.specifiers as Node[]) ?? []) {
        const exported = s.exported as Node;
        names.add(String(exported.name ?? exported.value));
      }
    }
  }
  return [...names];
}

/** A module that re-exports the sandbox's copy of `file` under the same names. */
export function proxyModule(
  file: string,
  names: string[],
  root: string,
  target: string,
  needs: SandboxNeeds,
): string {
  const client = path.join(path.dirname(new URL(import.meta.url).pathname), "client.ts");
  const lines = [
    `import { sandboxImport } from ${JSON.stringify(client)};`,
    `const m = await sandboxImport(${[file, root, target, needs].map((v) => JSON.stringify(v)).join(", ")});`,
  ];
  for (const name of names)
    lines.push(
      name === "default"
        ? `export default m["default"];`
        : `export const ${name} = m[${JSON.stringify(name)}];`,
    );
  return `${lines.join("\n")}\n`;
}
