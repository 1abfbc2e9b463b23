/**
 * Module resolution inside the sandbox (Node's `module.register` hooks, after tsx's): the
 * `@exercise/…` alias that solutions use for given code, the `solutions` target's redirect of
 * learner files, and the course's import rules for learner code (grader/imports.ts) — the
 * same rules the target plugin applies on the spec side, with the same messages.
 */
import type { InitializeHook, ResolveHook } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { importViolation } from "../imports";
import {
  type CourseLayout,
  courseLayout,
  EXERCISE_ALIAS,
  importContext,
  isLearnerSide,
  parseTarget,
  redirect,
  type Target,
  TargetError,
  withTsExtension,
} from "../targets";

export interface HooksData {
  root: string;
  target: string;
}

let layout: CourseLayout;
let target: Target;
let rules: ReturnType<typeof importContext> | undefined;

export const initialize: InitializeHook<HooksData> = (data) => {
  layout = courseLayout(data.root);
  target = parseTarget(data.target);
};

function check(importer: string | undefined, id: string, bare: boolean): void {
  if (!importer || !isLearnerSide(layout, importer)) return;
  rules ??= importContext(layout);
  const violation = importViolation(rules, importer, id, bare);
  if (violation) throw new TargetError(`${path.relative(layout.root, importer)}: ${violation}`);
}

const isBare = (s: string) => !/^(\.|\/|file:|node:|data:)/.test(s);

export const resolve: ResolveHook = async (specifier, context, next) => {
  const parent = context.parentURL?.startsWith("file:") ? fileURLToPath(context.parentURL) : undefined;
  if (specifier.startsWith(EXERCISE_ALIAS)) {
    const file = withTsExtension(path.join(layout.exercises, specifier.slice(EXERCISE_ALIAS.length)));
    if (!file) throw new TargetError(`Cannot resolve ${specifier}: no such exercise module`);
    check(parent, file, false);
    // Through the rest of the chain, so that tsx loads it as TypeScript.
    return next(pathToFileURL(redirect(layout, file, target)).href, context);
  }
  if (isBare(specifier)) check(parent, specifier, true);
  else if (parent && /^\.{1,2}\//.test(specifier)) {
    // Judged before resolving: a file the sandbox hides (solutions/) would otherwise fail as
    // "not found" instead of with the rule that forbids it.
    check(parent, path.resolve(path.dirname(parent), specifier), false);
  }
  const result = await next(specifier, context);
  if (!result.url.startsWith("file:")) return result;
  const file = fileURLToPath(result.url);
  if (!isBare(specifier)) check(parent, file, false);
  const redirected = redirect(layout, file, target);
  return redirected === file ? result : { ...result, url: pathToFileURL(redirected).href };
};
