/**
 * `npm run fetch -- hf-daily|arxiv ...`: pulls new papers from the Hugging Face daily papers API or
 * the arXiv API, archives the raw answers under data/raw/, and ingests what the database lacks.
 * Exit 0: all fetched; 2: some pages or records skipped; 1: bad usage or I/O. See FETCH_USAGE.
 */
import { migrateToLatest } from "../connection";
import { describeTarget, openDatabase, resolveTarget } from "../dialect";
import { Archive } from "../fetch/archive";
import { fetchArxivIds, fetchArxivQuery, fetchHfDaily } from "../fetch/plans";
import { progressReporter } from "../fetch/progress";
import type { RunContext, RunTotals } from "../fetch/run";
import { SOURCES, USER_AGENT, type PageRequest } from "../fetch/sources";
import { recordRun } from "../record-run";
import { parseFetchArgs, type FetchOptions } from "./fetch-args";
import { explainFailure, formatSummary } from "./ingest-args";
import { reportProblems } from "./load-corpus";

const DAY_MS = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

async function runOnce(args: FetchOptions): Promise<number> {
  const target = resolveTarget(args.db);
  const db = args["dry-run"] ? null : openDatabase(target);
  const startedAt = new Date();
  try {
    if (db) await migrateToLatest(db);
    const ctx = contextFor(args, db);
    const totals = await runSource(args, ctx);
    if (db) await recordRun(db, `fetch ${args.source}`, startedAt, totals.summary);
    reportProblems(totals.summary.skipped, totals.known + totals.summary.papers.inserted, []);
    process.stdout.write(describeRun(args, totals, db ? describeTarget(target) : null) + "\n");
    return totals.failed > 0 || totals.summary.skipped.length > 0 ? 2 : 0;
  } finally {
    await db?.destroy();
  }
}

function contextFor(args: FetchOptions, db: RunContext["db"]): RunContext {
  const source = SOURCES[args.source];
  const archive = new Archive(args.archive);
  const reuse = (page: PageRequest) => {
    if (args.source === "arxiv") return true; // its pages are filed under the day of the run
    // A day's list is final once the day is over: a copy archived after that stands for it.
    const day = /\d{4}-\d{2}-\d{2}/.exec(page.archive)?.[0] ?? today();
    const written = archive.writtenAt(page.archive);
    return written !== null && written.getTime() >= Date.parse(`${day}T00:00:00Z`) + DAY_MS;
  };
  return {
    db,
    archive,
    reuse,
    dryRun: args["dry-run"],
    minIntervalMs: args["delay-ms"] ?? source.minIntervalMs,
    pace: { last: 0 },
    say: (line) => process.stderr.write(`${line}\n`),
    progress: progressReporter(process.stderr),
    policy: {
      userAgent: USER_AGENT,
      timeoutMs: args["timeout-ms"],
      retries: args.retries,
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      deadline: Date.now() + args["max-seconds"] * 1000,
      sleep,
      random: Math.random,
      onRetry: (why, wait) => process.stderr.write(`${why}; trying again in ${(wait / 1000).toFixed(1)} s\n`),
    },
  };
}

function runSource(args: FetchOptions, ctx: RunContext): Promise<RunTotals> {
  const base = args["base-url"] ?? SOURCES[args.source].defaultBase;
  const runDay = today();
  if (args.source === "hf-daily") {
    const to = args.to ?? runDay;
    const from = args.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 2 * DAY_MS).toISOString().slice(0, 10);
    return fetchHfDaily(ctx, base, from, to);
  }
  if (args.ids)
    return fetchArxivIds(ctx, base, args.ids, { pageSize: args["page-size"], runDay, refresh: args.refresh });
  return fetchArxivQuery(ctx, base, {
    text: args.query!,
    max: args.max,
    pageSize: args["page-size"],
    runDay,
  });
}

function describeRun(args: FetchOptions, t: RunTotals, database: string | null): string {
  const lines = [
    `source: ${args.source}${t.totalResults !== undefined ? ` (${t.totalResults} results in all)` : ""}`,
    `pages: ${t.requested} requested, ${t.fromArchive} from the archive (${args.archive}), ${t.failed} failed`,
    `papers already held: ${t.known}`,
  ];
  return database ? [...lines, formatSummary(database, t.summary)].join("\n") : lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const args = parseFetchArgs(argv);
  let code = await runOnce(args);
  while (args.watch) {
    process.stderr.write(`next run in ${args["every-hours"]} h (--watch)\n`);
    await sleep(args["every-hours"] * 3_600_000);
    code = await runOnce(args);
  }
  return code;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`fetch: ${explainFailure(error)}\n`);
    process.exitCode = 1;
  },
);
