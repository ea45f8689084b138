/**
 * `npm run bench [-- --abstracts N] [--claims N] [--seconds S]`: measures extraction, ingest, pages
 * at scale, CSV export and first-load JavaScript, each beside its floor in the same run; prints a
 * table, writes bench-results/bench-<time>.json, and ends with one `bench summary:` line.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { buildBigDb } from "./big-db";
import { BUILD_DIR } from "./bundle";
import { measureCsv } from "./measure-csv";
import { measureExportLoad } from "./measure-export-load";
import { measureReaders } from "./measure-readers";
import { measureExtraction } from "./measure-extract";
import { measureIngest } from "./measure-ingest";
import { measureFirstLoadJs } from "./measure-js";
import { measurePages, NEXT_PORT, startNext, stop } from "./measure-pages";
import { measurePostgres } from "./measure-postgres";
import { measureSearch } from "./measure-search";
import { measureQueries } from "./measure-queries";
import { synthesise } from "./synth";
import { evaluateTargets, printReport, type BenchReport } from "./report";

const Args = z.object({
  abstracts: z.coerce
    .number()
    .int()
    .min(1000, "--abstracts must be at least 1000")
    .max(5_000_000)
    .default(100_000),
  claims: z.coerce
    .number()
    .int()
    .min(10_000, "--claims must be at least 10000")
    .max(10_000_000)
    .default(1_000_000),
  seconds: z.coerce.number().int().min(2, "--seconds must be at least 2").max(60).default(8),
});

function ensureTools(): void {
  const missing = [
    ["sqlite3", "sqlite3"],
    ["/usr/bin/time", "time"],
  ]
    .filter(([bin]) => spawnSync("sh", ["-c", `command -v ${bin}`]).status !== 0)
    .map(([, pkg]) => pkg!);
  if (missing.length === 0) return;
  console.error(`installing ${missing.join(", ")} from Debian's packages`);
  execFileSync("sh", ["-c", `apt-get update -qq && apt-get install -y -qq ${missing.join(" ")}`], {
    stdio: "inherit",
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { abstracts: { type: "string" }, claims: { type: "string" }, seconds: { type: "string" } },
  });
  const args = Args.parse(values);
  ensureTools();
  mkdirSync(BUILD_DIR, { recursive: true });
  console.error("building the app (next build) ...");
  execFileSync("npx", ["next", "build"], {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });

  console.error(`synthesising ${args.abstracts} abstracts ...`);
  const papers = synthesise(args.abstracts);
  console.error("extraction ...");
  const extract = await measureExtraction(papers);
  console.error("readers (20,000-entry Atom feed and JSON Lines) ...");
  const readers = measureReaders(papers);
  console.error("ingest ...");
  const ingest = await measureIngest(papers.slice(0, Math.min(papers.length, 50_000)));
  console.error(`generating a database of ${args.claims} claims ...`);
  const big = await buildBigDb(join(BUILD_DIR, "big.sqlite"), args.claims);
  console.error("pages under load ...");
  const pages = await measurePages(big, args.seconds);
  console.error("cold queries of the heaviest pages ...");
  const queries = await measureQueries(big);
  console.error("search ...");
  const search = await measureSearch(big);
  console.error("a leaderboard while four exports run ...");
  const exportLoad = await measureExportLoad(big, args.seconds);
  console.error("CSV export ...");
  const csv = await measureCsv(big.path);
  console.error("first-load JavaScript ...");
  const server = startNext(big.path);
  let js;
  try {
    for (
      let i = 0;
      i < 240 &&
      !(await fetch(`http://127.0.0.1:${NEXT_PORT}/about`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((ok) => setTimeout(ok, 250));
    js = await measureFirstLoadJs(`http://127.0.0.1:${NEXT_PORT}`, [
      "/",
      `/benchmarks/${big.topBenchmark}`,
      `/models/${big.topModels[0]}`,
      `/compare?models=${big.topModels.join(",")}`,
      "/papers/1",
      "/claims",
      "/about",
    ]);
  } finally {
    await stop(server);
  }

  // PostgreSQL beside SQLite, when a server is named (`BENCH_PG=$(.ci/postgres start /tmp/pg) npm run bench`).
  const pgUrl = process.env.BENCH_PG;
  if (pgUrl) console.error("PostgreSQL: ingest and pages ...");
  const postgres = pgUrl
    ? await measurePostgres(pgUrl, papers.slice(0, Math.min(papers.length, 50_000)), big, args.seconds)
    : undefined;

  const report: BenchReport = {
    at: new Date().toISOString(),
    args,
    extract,
    readers,
    ingest,
    pages,
    search,
    queries,
    exportLoad,
    csv,
    js,
    postgres,
    targets: [],
  };
  report.targets = evaluateTargets(report);
  mkdirSync("bench-results", { recursive: true });
  const file = join("bench-results", `bench-${report.at.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  writeFileSync(join("bench-results", "latest.json"), JSON.stringify(report, null, 2));
  printReport(report, file);
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
});
