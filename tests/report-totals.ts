/**
 * Sums the results of every runner into the closing line "N passed, N failed". A runner that
 * was expected but left no result file crashed: it counts as one failure, never as nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface Totals {
  passed: number;
  failed: number;
}

function readVitest(path: string): Totals {
  const r = JSON.parse(readFileSync(path, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    success: boolean;
  };
  const crashed = !r.success && r.numFailedTests === 0 ? 1 : 0;
  return { passed: r.numPassedTests, failed: r.numFailedTests + crashed };
}

function readPlaywright(path: string): Totals {
  const r = JSON.parse(readFileSync(path, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
    errors?: unknown[];
  };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0) };
}

function readChecks(path: string): Totals {
  return readFileSync(path, "utf8")
    .trim()
    .split("\n")
    .reduce(
      (t, line) => {
        const [, passed, failed] = line.split(" ");
        return { passed: t.passed + Number(passed), failed: t.failed + Number(failed) };
      },
      { passed: 0, failed: 0 },
    );
}

const dir = process.argv[2] ?? "tests/artifacts/results";
const runners: Array<[string, (path: string) => Totals, boolean]> = [
  ["checks.txt", readChecks, true],
  ["vitest.json", readVitest, true],
  ["playwright.json", readPlaywright, existsSync("tests/e2e")],
];
const total: Totals = { passed: 0, failed: 0 };
for (const [file, read, expected] of runners) {
  const path = join(dir, file);
  if (!existsSync(path)) {
    if (expected) {
      console.error(`${file}: no results (the runner crashed before reporting)`);
      total.failed++;
    }
    continue;
  }
  const t = read(path);
  total.passed += t.passed;
  total.failed += t.failed;
}
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 ? 1 : 0;
