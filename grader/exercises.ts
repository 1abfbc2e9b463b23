/**
 * Finds the course's exercises on disk and selects the ones a command asks for.
 */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { type Inventory, loadInventory } from "./inventory";
import { loadManifest, type Manifest } from "./manifest";
import { courseLayout, hiddenDir } from "./targets";

export interface Exercise {
  id: string;
  /** "5.1-math" */
  section: string;
  /** "5.1-math/02-matrix-multiplication" — the same under exercises/ and solutions/ */
  folder: string;
  /** Absolute path of the exercise folder under exercises/. */
  dir: string;
  manifest: Manifest;
  /** Spec files relative to the course root. */
  publicSpecs: string[];
  hiddenSpecs: string[];
  /** The spec files' test inventory from a solutions run, when the course has one. */
  inventory: Inventory | undefined;
}

export class SelectionError extends Error {
  override name = "SelectionError";
}

function listDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(suffix))
    .sort();
}

/** Compares ids such as "5.1.10" and "5.1.2" numerically, part by part. */
export function compareIds(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every exercise of the course at `root`, in curriculum order. Invalid manifests throw. */
export function discoverExercises(root: string): Exercise[] {
  const layout = courseLayout(root);
  const exercises: Exercise[] = [];
  for (const section of listDirs(layout.exercises)) {
    for (const name of listDirs(path.join(layout.exercises, section))) {
      const dir = path.join(layout.exercises, section, name);
      if (!existsSync(path.join(dir, "exercise.json"))) continue;
      const folder = `${section}/${name}`;
      const manifest = loadManifest(dir);
      const rel = (base: string, file: string) => path.relative(root, path.join(base, folder, file));
      exercises.push({
        id: manifest.id,
        section,
        folder,
        dir,
        manifest,
        publicSpecs: listFiles(dir, ".spec.ts").map((f) => rel(layout.exercises, f)),
        inventory: loadInventory(layout.solutions, folder),
        hiddenSpecs: listFiles(hiddenDir(layout, folder), ".hidden.spec.ts").map((f) =>
          path.relative(root, path.join(hiddenDir(layout, folder), f)),
        ),
      });
    }
  }
  return exercises.sort((a, b) => compareIds(a.id, b.id));
}

/**
 * Narrows `all` to what `filter` names: a section ("5.1", "5.1-math"), an exercise id
 * ("5.1.2") or a path ("exercises/5.1-math/02-matrix-multiplication").
 */
export function selectExercises(all: Exercise[], filter: string | undefined): Exercise[] {
  if (!filter) return all;
  const f = filter.replace(/^\.?\/?(exercises\/)?/, "").replace(/\/$/, "");
  const chosen = all.filter(
    (e) =>
      e.id === f ||
      e.id.startsWith(`${f}.`) ||
      e.section === f ||
      e.folder === f ||
      e.folder.startsWith(`${f}/`) ||
      e.section.startsWith(`${f}-`),
  );
  if (chosen.length === 0) {
    const known = [...new Set(all.map((e) => e.section))].join(", ");
    throw new SelectionError(
      `No exercise matches "${filter}". Sections: ${known}; or give an id like 5.1.2.`,
    );
  }
  return chosen;
}
