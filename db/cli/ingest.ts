/**
 * `npm run ingest -- FILE... [--db PATH] [--meta PATH] [--batch N] [--threads N]`: builds or updates
 * the database and prints a summary. Extraction runs in N worker threads (default: one per core
 * but the writer's) ahead of the writing. Exit 0: all read; 2: some records skipped; 1: bad usage or I/O.
 */
import { migrateToLatest } from "../connection";
import { describeTarget, openDatabase, resolveTarget, WRITE_LOCK_TIMEOUT_MS } from "../dialect";
import { storeEvalFigures } from "../eval/store-figures";
import { ingestPapers } from "../ingest";
import { recordRun } from "../record-run";
import { loadMetaIndex } from "../paper-meta";
import { explainFailure, formatSummary, parseIngestArgs } from "./ingest-args";
import { loadCorpusFiles, reportProblems } from "./load-corpus";

async function main(argv: string[]): Promise<number> {
  const args = parseIngestArgs(argv);
  const meta = loadMetaIndex(args.meta);
  const { papers, problems, warnings } = loadCorpusFiles(args.files);
  const target = resolveTarget(args.db);
  const db = openDatabase(target);
  try {
    await migrateToLatest(db);
    const tty = process.stderr.isTTY;
    const startedAt = new Date();
    const summary = await ingestPapers(db, papers, {
      meta,
      onWait: () =>
        process.stderr.write(
          `waiting for another ingest to finish writing (up to ${WRITE_LOCK_TIMEOUT_MS / 1000} s a batch) ...\n`,
        ),
      batchSize: args.batch,
      threads: args.threads,
      onProgress:
        papers.length > args.batch
          ? (done, total) =>
              process.stderr.write(`${tty ? "\r" : ""}ingested ${done}/${total} papers${tty ? "" : "\n"}`)
          : undefined,
    });
    if (tty && papers.length > args.batch) process.stderr.write("\n");
    await recordRun(db, `ingest ${args.files.join(" ")}`.slice(0, 500), startedAt, summary);
    summary.skipped.unshift(...problems);
    reportProblems(summary.skipped, papers.length, warnings);
    // The About page's figures, computed here once rather than by the web server.
    await storeEvalFigures(db);
    process.stdout.write(formatSummary(describeTarget(target), summary) + "\n");
    return summary.skipped.length > 0 ? 2 : 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`ingest: ${explainFailure(error)}\n`);
    process.exitCode = 1;
  },
);
