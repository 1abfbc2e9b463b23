/**
 * Helpers for specs (public and hidden): `import { expectThrows, … } from "../../../lib/testing"`.
 *
 * - assertions: `expectThrows`, `expectRejects`, `thrown`, `at`, `expectAllClose`, error measures,
 *   `recordMetric`;
 * - data: `randomMatrix`, `iris`;
 * - metrics: trusted figures from what learner code returned (`accuracyOf`, `r2Of`,
 *   `meanSquaredErrorOf`, `purityOf`, `inertiaOf`, `nearestCentres`, `argmaxRows`,
 *   `predictedClasses`; for binary detectors `binaryCountsOf`, `thresholdedOf`,
 *   `precisionRecallF1Of`, `rankedCountsOf`, `rocAucOf`, `averagePrecisionOf`, `logLossOf`), for
 *   every recorded metric and threshold;
 * - bench: `medianMs` of a tinybench task;
 * - the estimator contract of section 5.2: `describeEstimatorContract` and its rules `check…`.
 */
export * from "./assertions";
export * from "./bench";
export * from "./data";
export * from "./estimator-contract";
export * from "./metrics";
export * from "./sandbox";
