/** Builds the database (SQLite file, or DATABASE_URL's PostgreSQL) from the bundled corpus when it is empty (used by `npm start`). */
import { migrateToLatest } from "../connection";
import { describeTarget, openDatabase, resolveTarget } from "../dialect";
import { ingestPapers } from "../ingest";
import { DEFAULT_META_PATH, loadMetaIndex } from "../paper-meta";
import { loadCorpusFiles, reportProblems } from "./load-corpus";
import { formatSummary } from "./ingest-args";

export const BUNDLED_CORPUS = "db/seed/daily-papers.txt";

async function main(): Promise<void> {
  const target = resolveTarget();
  const db = openDatabase(target);
  try {
    await migrateToLatest(db);
    const { count } = await db.selectFrom("papers").select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
    if (Number(count) > 0) return;
    const { papers, problems, warnings } = loadCorpusFiles([BUNDLED_CORPUS]);
    const summary = await ingestPapers(db, papers, { meta: loadMetaIndex(DEFAULT_META_PATH) });
    reportProblems([...problems, ...summary.skipped], papers.length, warnings);
    process.stdout.write(formatSummary(describeTarget(target), summary) + "\n");
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`db:ensure: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
