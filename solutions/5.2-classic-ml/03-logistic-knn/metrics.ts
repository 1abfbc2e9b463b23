/**
 * 5.2.3 Accuracy — reference solution.
 */
import { InvalidArgument, ShapeError } from "../../../lib/errors";

/** Task 6. The fraction of positions where `yPred` equals `yTrue`, in [0, 1]. */
export function accuracyScore(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  if (yTrue.length !== yPred.length) {
    throw new ShapeError(`accuracyScore: yTrue has ${yTrue.length} labels but yPred has ${yPred.length}`);
  }
  if (yTrue.length === 0) throw new InvalidArgument("accuracyScore: no labels");
  let correct = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    if (Number.isNaN(t) || Number.isNaN(p))
      throw new InvalidArgument(`accuracyScore: NaN label at position ${i}`);
    if (t === p) correct++;
  }
  return correct / yTrue.length;
}
