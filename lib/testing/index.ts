/**
 * Helpers for specs (public and hidden): `import { expectThrows, … } from "../../../lib/testing"`.
 *
 * - assertions: `expectThrows`, `expectRejects`, `thrown`, `at`, `expectAllClose`, error measures,
 *   `recordMetric`;
 * - data: `randomMatrix`, `iris`;
 * - the estimator contract of section 5.2: `describeEstimatorContract` and its rules `check…`.
 */
export * from "./assertions";
export * from "./data";
export * from "./estimator-contract";
