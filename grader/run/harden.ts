/**
 * Hardening of the grader's own processes against the code they grade. Learner code runs as
 * the same user and can signal the grader: SIGUSR1 would open Node's inspector on the grader,
 * and one `Runtime.evaluate` over it could rewrite every report. A SIGUSR1 listener keeps the
 * inspector closed (Node 20 has no --disable-sigusr1); the signal is otherwise ignored.
 */
export function hardenProcess(): void {
  process.on("SIGUSR1", () => {
    // Deliberately nothing: the grader never opens an inspector on request.
  });
}
