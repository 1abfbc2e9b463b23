/**
 * Mutant: the naive loop reads b[j][k] instead of b[k][j], so it computes A·Bᵀ. Right for a
 * symmetric B (and for the identity), wrong in general — and it reads past the end of B's
 * rows for non-square shapes.
 */
import { InvalidArgument, ShapeError } from "../../../../../lib/errors";

export * from "@solution/5.1-math/02-matrix-multiplication/matmul";

export function matmulNaive(a: number[][], b: number[][]): number[][] {
  if (a.length === 0 || b.length === 0 || (a[0]?.length ?? 0) === 0 || (b[0]?.length ?? 0) === 0) {
    throw new InvalidArgument("empty matrix");
  }
  const m = a.length;
  const k = (a[0] as number[]).length;
  const p = (b[0] as number[]).length;
  for (const row of a) if (row.length !== k) throw new ShapeError("a is ragged");
  for (const row of b) if (row.length !== p) throw new ShapeError("b is ragged");
  if (b.length !== k) throw new ShapeError(`Cannot multiply ${m}×${k} · ${b.length}×${p}`);
  const c: number[][] = [];
  for (let i = 0; i < m; i++) {
    const row: number[] = [];
    for (let j = 0; j < p; j++) {
      let sum = 0;
      for (let t = 0; t < k; t++)
        sum += ((a[i] as number[])[t] as number) * ((b[j] as number[] | undefined)?.[t] as number);
      row.push(sum);
    }
    c.push(row);
  }
  return c;
}
