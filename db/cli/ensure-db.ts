/** Builds the database (SQLite file, or DATABASE_URL's PostgreSQL) from the bundled corpus when it is empty (used by `npm start`). */
import { EXTRACTOR_VERSION } from "../../extract";
import { migrateToLatest } from "../connection";
import { storeEvalFigures } from "../eval/store-figures";
import { describeTarget, openDatabase, resolveTarget } from "../dialect";
import { ingestPapers } from "../ingest";
import { recordRun } from "../record-run";
import { DEFAULT_META_PATH, loadMetaIndex } from "../paper-meta";
import { loadCorpusFiles, reportProblems } from "./load-corpus";
import { formatSummary } from "./ingest-args";

export const BUNDLED_CORPUS = "db/seed/daily-papers.txt";

async function main(): Promise<void> {
  const target = resolveTarget();
  const db = openDatabase(target);
  try {
    await migrateToLatest(db);
    const { count } = await db
      .selectFrom("papers")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    if (Number(count) > 0) {
      // Figures from another extractor version (or none yet) are refreshed; a built database is left alone.
      const stored = await db.selectFrom("eval_figures").select("extractor_version").executeTakeFirst();
      if (stored?.extractor_version !== EXTRACTOR_VERSION) await storeEvalFigures(db);
      return;
    }
    const { papers, problems, warnings } = loadCorpusFiles([BUNDLED_CORPUS]);
    const startedAt = new Date();
    const summary = await ingestPapers(db, papers, { meta: loadMetaIndex(DEFAULT_META_PATH) });
    await recordRun(db, "bundled corpus", startedAt, summary);
    reportProblems([...problems, ...summary.skipped], papers.length, warnings);
    process.stdout.write(formatSummary(describeTarget(target), summary) + "\n");
    await storeEvalFigures(db);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`db:ensure: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
