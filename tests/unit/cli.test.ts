import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_CASES } from "./cases/cli-cases";

describe("npm run claims on bad input", () => {
  it.each(CLI_CASES)("$name: exit $exit", ({ files, args, exit, stdoutLines, stderr }) => {
    const dir = mkdtempSync(join(tmpdir(), "claimboard-cli-"));
    const paths = Object.entries(files).map(([name, content]) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    });
    const run = spawnSync(process.execPath, ["--import", "tsx", "db/cli/claims.ts", ...args(paths)], { encoding: "utf8" });
    expect(run.status).toBe(exit);
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(stdoutLines);
    for (const line of stderr) expect(run.stderr).toContain(line);
  });
});
