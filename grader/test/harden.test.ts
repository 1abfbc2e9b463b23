/** The grader's processes keep Node's inspector closed when learner code sends them SIGUSR1. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const HARDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "run", "harden.ts");
const TSX = createRequire(import.meta.url).resolve("tsx");

/** Starts a Node process (hardened or not), sends it SIGUSR1, and returns what it printed. */
function signalled(harden: boolean): Promise<{ stderr: string; alive: boolean }> {
  const script = harden
    ? `import(${JSON.stringify(HARDEN)}).then((m) => { m.hardenProcess(); console.log("ready"); setTimeout(() => {}, 3000); });`
    : `console.log("ready"); setTimeout(() => {}, 3000);`;
  const child = spawn(process.execPath, ["--import", TSX, "--inspect-port=0", "-e", script], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => {
    child.stdout.once("data", () => {
      child.kill("SIGUSR1");
      setTimeout(() => {
        const alive = child.exitCode === null;
        child.kill("SIGKILL");
        resolve({ stderr, alive });
      }, 800);
    });
  });
}

describe("hardenProcess", () => {
  it("keeps the inspector closed and the process running on SIGUSR1", async () => {
    const hardened = await signalled(true);
    expect(hardened.alive).toBe(true);
    expect(hardened.stderr).not.toContain("Debugger listening");
  });

  it("is needed: an unhardened Node process opens its inspector on SIGUSR1", async () => {
    const plain = await signalled(false);
    expect(plain.stderr).toContain("Debugger listening");
  });
});
