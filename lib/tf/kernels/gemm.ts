/**
 * Matrix product in plain JS for the cpu course kernels: C[M, N] = A[M, K] · B[K, N], row-major
 * float32 arrays, accumulated in float64 (JS numbers) and rounded to float32 once per element.
 *
 * Register blocking: a 4×4 tile of C lives in 16 local variables while k runs, so each step
 * loads 4 values of A and 4 of B for 16 multiply-adds (the notes measured ~3 GFLOP/s for this
 * in V8, against ~0.9 for the stock cpu matMul). Edge tiles fall back to a plain loop.
 */
export function gemm(
  A: Float32Array,
  B: Float32Array,
  C: Float32Array,
  M: number,
  K: number,
  N: number,
  aOffset = 0,
  cOffset = 0,
): void {
  const M4 = M - (M % 4);
  const N4 = N - (N % 4);
  for (let i = 0; i < M4; i += 4) {
    const a0 = aOffset + i * K;
    const a1 = a0 + K;
    const a2 = a1 + K;
    const a3 = a2 + K;
    for (let j = 0; j < N4; j += 4) {
      let c00 = 0;
      let c01 = 0;
      let c02 = 0;
      let c03 = 0;
      let c10 = 0;
      let c11 = 0;
      let c12 = 0;
      let c13 = 0;
      let c20 = 0;
      let c21 = 0;
      let c22 = 0;
      let c23 = 0;
      let c30 = 0;
      let c31 = 0;
      let c32 = 0;
      let c33 = 0;
      for (let k = 0, b = j; k < K; k++, b += N) {
        const b0 = B[b] as number;
        const b1 = B[b + 1] as number;
        const b2 = B[b + 2] as number;
        const b3 = B[b + 3] as number;
        const x0 = A[a0 + k] as number;
        const x1 = A[a1 + k] as number;
        const x2 = A[a2 + k] as number;
        const x3 = A[a3 + k] as number;
        c00 += x0 * b0;
        c01 += x0 * b1;
        c02 += x0 * b2;
        c03 += x0 * b3;
        c10 += x1 * b0;
        c11 += x1 * b1;
        c12 += x1 * b2;
        c13 += x1 * b3;
        c20 += x2 * b0;
        c21 += x2 * b1;
        c22 += x2 * b2;
        c23 += x2 * b3;
        c30 += x3 * b0;
        c31 += x3 * b1;
        c32 += x3 * b2;
        c33 += x3 * b3;
      }
      let c = cOffset + i * N + j;
      C[c] = c00;
      C[c + 1] = c01;
      C[c + 2] = c02;
      C[c + 3] = c03;
      c += N;
      C[c] = c10;
      C[c + 1] = c11;
      C[c + 2] = c12;
      C[c + 3] = c13;
      c += N;
      C[c] = c20;
      C[c + 1] = c21;
      C[c + 2] = c22;
      C[c + 3] = c23;
      c += N;
      C[c] = c30;
      C[c + 1] = c31;
      C[c + 2] = c32;
      C[c + 3] = c33;
    }
    for (let r = i; r < i + 4; r++) gemmEdge(A, B, C, r, K, N, N4, N, aOffset, cOffset);
  }
  for (let r = M4; r < M; r++) gemmEdge(A, B, C, r, K, N, 0, N, aOffset, cOffset);
}

/** Row r, columns [j0, j1) of C, one dot product each. */
function gemmEdge(
  A: Float32Array,
  B: Float32Array,
  C: Float32Array,
  r: number,
  K: number,
  N: number,
  j0: number,
  j1: number,
  aOffset: number,
  cOffset: number,
): void {
  const a = aOffset + r * K;
  for (let j = j0; j < j1; j++) {
    let s = 0;
    for (let k = 0, b = j; k < K; k++, b += N) s += (A[a + k] as number) * (B[b] as number);
    C[cOffset + r * N + j] = s;
  }
}
