/**
 * 5.2.2 Linear regression — tasks 2 and 3: QR decomposition and least squares.
 *
 * Matrices are `Matrix` values from lib/ml/matrix (row-major `Float64Array`); check inputs
 * with `assertMatrix` / `assertVector` from there. Never form `AᵀA` and never invert a matrix.
 */
import { NotImplemented } from "../../../lib/errors";
import type { Matrix } from "../../../lib/ml/matrix";

/**
 * The thin QR decomposition `A = QR` by Householder reflections: `Q` is m × n with orthonormal
 * columns (`QᵀQ = I`), `R` is n × n upper triangular (exact zeros below the diagonal). Signs
 * are not normalised: a diagonal entry of R may be negative.
 *
 * @throws ShapeError when A has fewer rows than columns; InvalidArgument for empty A, NaN or ±Infinity.
 */
export function householderQR(_A: Matrix): { Q: Matrix; R: Matrix } {
  throw new NotImplemented("householderQR", 2);
}

/**
 * The least-squares solution `x = argmin ‖Ax − b‖₂` (A is m × n with m ≥ n): factor A = QR,
 * then solve `Rx = Qᵀb` by back substitution. You do not need Q itself: apply the reflectors
 * to b directly.
 *
 * A is rank deficient when a diagonal entry of R is tiny:
 * `|Rₖₖ| ≤ max(m, n) · ε · maxᵢ |Rᵢᵢ|` with `ε = Number.EPSILON`; then the solution is not
 * unique and you throw InvalidArgument (mention "rank" in the message).
 *
 * @throws ShapeError when A has fewer rows than columns or b's length differs from A's rows;
 *   InvalidArgument for empty or non-finite input or a rank-deficient A.
 */
export function leastSquares(_A: Matrix, _b: ArrayLike<number>): Float64Array {
  throw new NotImplemented("leastSquares", 3);
}
