// `npm ci` runs this through the `prepare` script. Git hooks help maintainers; they must never
// get in the way of CI, of a production install, or of a learner who downloaded a zip without git.
import { existsSync } from "node:fs";

if (process.env.CI || process.env.HUSKY === "0" || !existsSync(".git")) process.exit(0);
try {
  const { default: husky } = await import("husky");
  const message = husky();
  if (message) console.log(message);
} catch {
  // husky is a dev dependency; `npm ci --omit=dev` leaves it out, and that is fine.
}
