import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readLearnerFile } from "./sandbox";

describe("readLearnerFile", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "learner-file-"));
  const folder = path.join(dir, "out");
  mkdirSync(path.join(folder, "sub"), { recursive: true });
  writeFileSync(path.join(folder, "sub", "chart.svg"), "<svg></svg>");
  const secret = path.join(dir, "secret.spec.ts");
  writeFileSync(secret, "hidden");
  symlinkSync(secret, path.join(folder, "link.svg"));
  symlinkSync(dir, path.join(folder, "up"));

  it("reads a regular file inside the folder, as text or bytes", () => {
    expect(readLearnerFile(path.join(folder, "sub", "chart.svg"), folder, "utf8")).toBe("<svg></svg>");
    expect(readLearnerFile(path.join(folder, "sub", "chart.svg"), folder).length).toBe(11);
  });

  it("refuses paths outside the folder, symbolic links on the way, folders, missing files and non-strings", () => {
    expect(() => readLearnerFile(secret, folder)).toThrow(/not inside/);
    expect(() => readLearnerFile(path.join(folder, "..", "secret.spec.ts"), folder)).toThrow(/not inside/);
    expect(() => readLearnerFile(path.join(folder, "link.svg"), folder)).toThrow(/symbolic link/);
    expect(() => readLearnerFile(path.join(folder, "up", "secret.spec.ts"), folder)).toThrow(/symbolic link/);
    expect(() => readLearnerFile(path.join(folder, "sub"), folder)).toThrow(/not a regular file/);
    expect(() => readLearnerFile(folder, folder)).toThrow(/not inside/);
    expect(() => readLearnerFile(path.join(folder, "none.svg"), folder)).toThrow(/does not exist/);
    expect(() => readLearnerFile(42, folder)).toThrow(/got number/);
  });
});
