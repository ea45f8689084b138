import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_CASES } from "./cases/cli-cases";
import { EVAL_CLI_CASES } from "./cases/eval-cli-cases";

describe("npm run claims on bad input", () => {
  it.each(CLI_CASES)("$name: exit $exit", ({ files, args, exit, stdoutLines, stderr, env }) => {
    const dir = mkdtempSync(join(tmpdir(), "claimboard-cli-"));
    const paths = Object.entries(files).map(([name, content]) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    });
    const run = spawnSync(process.execPath, ["--import", "tsx", "db/cli/claims.ts", ...(args ?? paths)], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
    expect(run.status).toBe(exit);
    expect(run.stdout.split("\n").filter(Boolean)).toHaveLength(stdoutLines);
    for (const line of stderr) expect(run.stderr).toContain(line);
  });
});

describe("npm run claims on a FIFO with no writer", () => {
  it("refuses it at once instead of blocking", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimboard-fifo-"));
    const fifo = join(dir, "pipe.jsonl");
    spawnSync("mkfifo", [fifo]);
    const run = spawnSync(process.execPath, ["--import", "tsx", "db/cli/claims.ts", fifo], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`claims: ${fifo}: cannot read file (not a regular file)`);
  });
});

describe("npm run ingest with unusable arguments", () => {
  it.each([
    {
      args: ["x.jsonl", "--batch", "abc"],
      stderr:
        "ingest: --batch must be a whole number of papers per transaction (1 to 100000), e.g. --batch 2000",
    },
    { args: ["x.jsonl", "--batch", "0"], stderr: "ingest: --batch must be at least 1" },
  ])("$args", ({ args, stderr }) => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "db/cli/ingest.ts", ...args], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(stderr);
  });

  it("fails fast on a database path that cannot exist", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "db/cli/ingest.ts", "db/seed/daily-papers.txt", "--db", "/proc/nope/x.sqlite"],
      { encoding: "utf8", timeout: 30_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe("ingest: cannot create the database directory /proc/nope (ENOENT)");
  });
});

describe("npm run eval on missing or broken files", () => {
  it.each(EVAL_CLI_CASES)("$name: exit 1, names the file", ({ files, gold, corpus, stderr }) => {
    const dir = mkdtempSync(join(tmpdir(), "claimboard-eval-"));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const args = ["--gold", join(dir, gold), "--corpus", join(dir, corpus)];
    const run = spawnSync(process.execPath, ["--import", "tsx", "db/cli/eval.ts", ...args], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(stderr.replace("{DIR}", dir));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
