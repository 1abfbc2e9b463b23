/** `npm run docs` — regenerates the parts of the docs that come from the manifests. */
import { writeCurriculum } from "./curriculum";
import { discoverExercises } from "./exercises";
import { ROOT } from "./targets";

writeCurriculum(ROOT, discoverExercises(ROOT));
console.log("README.md: curriculum table regenerated from the manifests");
