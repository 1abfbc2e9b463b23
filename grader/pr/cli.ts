/**
 * `npm run grade:pr` — grades a pull request's learner files with the trusted tree's grader and
 * writes what the publishing job posts (see pipeline.ts, results.ts, docs/grading.md).
 */
import { SelectionError } from "../exercises";
import { ManifestError } from "../manifest";
import { hardenProcess } from "../run/harden";
import { HELP, PrInputError, parsePrArgs } from "./options";
import { gradePullRequest } from "./pipeline";
import { WorkspaceError } from "./workspace";

hardenProcess();

async function main(): Promise<number> {
  const options = parsePrArgs(process.argv.slice(2));
  if (options === "help") {
    console.log(HELP);
    return 0;
  }
  const result = await gradePullRequest(options);
  process.stdout.write(result.log);
  const { copied, refused, missing } = result.files;
  console.log(
    `\nLearner files: ${copied.length} copied from the PR, ${refused.length} refused, ${missing.length} not in the PR.`,
  );
  for (const r of refused) console.log(`  refused ${r.file}: ${r.reason}`);
  console.log(
    result.graded ? `Outputs in ${options.out}` : `Grading did not complete; outputs in ${options.out}`,
  );
  return result.graded ? 0 : 1;
}

const KNOWN_ERRORS = [PrInputError, WorkspaceError, SelectionError, ManifestError];

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = KNOWN_ERRORS.some((type) => error instanceof type);
    // parseArgs' own errors (an unknown option, a missing value) are bad input too.
    const usage = known || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    console.error(usage ? (error as Error).message : String((error as Error).stack ?? error));
    if (usage) console.error("Run `npm run grade:pr -- --help` for usage.");
    process.exit(usage ? 2 : 1);
  },
);
