import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpusFiles } from "../../db/cli/load-corpus";
import { migrateToLatest, openDb } from "../../db/connection";
import { ingestPapers } from "../../db/ingest";
import { MAX_ABSTRACT_CHARS } from "../../extract";
import { DEFAULT_META_PATH, loadMetaIndex } from "../../db/paper-meta";
import { createPreparePool } from "../../db/prepare-pool";
import { FIXTURE_FILES } from "../fixtures/build-fixture-db";

/** Every claim as the tables hold it, by names rather than ids (ids follow insertion order). */
async function ingestWith(threads: number) {
  const db = openDb(join(mkdtempSync(join(tmpdir(), "claimboard-threads-")), "db.sqlite"));
  await migrateToLatest(db);
  const { papers } = loadCorpusFiles(FIXTURE_FILES);
  // One record the extractor refuses (too long): a problem to report, from a worker as well.
  const first = papers[0]!;
  papers.splice(3, 0, {
    ...first,
    title: "An oversized record",
    abstract: "9".repeat(MAX_ABSTRACT_CHARS + 1),
  });
  const summary = await ingestPapers(db, papers, {
    meta: loadMetaIndex(DEFAULT_META_PATH),
    batchSize: 7,
    threads,
  });
  const claims = await db
    .selectFrom("claims")
    .innerJoin("papers", "papers.id", "claims.paper_id")
    .innerJoin("models", "models.id", "claims.model_id")
    .select([
      "papers.title_key",
      "claims.ordinal",
      "models.key",
      "claims.value",
      "claims.metric",
      "claims.listed",
    ])
    .orderBy("papers.title_key")
    .orderBy("claims.ordinal")
    .execute();
  await db.destroy();
  return { summary, claims };
}

const SENTENCE = "XNet-L reaches 81.2% top-1 accuracy on ImageNet.";

describe("ingest with extraction in worker threads", () => {
  it("starts its workers from the project root", async () => {
    const pool = createPreparePool(1);
    expect(pool).not.toBeNull();
    const [prepared] = await pool!.prepare([
      { title: "T", abstract: SENTENCE, abstract_raw: SENTENCE, source: "test", line: 1 },
    ]);
    await pool!.close();
    expect(prepared && "claims" in prepared && prepared.claims.map((c) => c.model)).toEqual(["XNet-L"]);
  });

  it("writes the same rows and reports the same summary as extraction in-process", async () => {
    const inProcess = await ingestWith(0);
    const threaded = await ingestWith(2);
    expect(inProcess.claims.length).toBeGreaterThan(100);
    expect(threaded.claims).toEqual(inProcess.claims);
    expect(threaded.summary).toEqual(inProcess.summary);
    expect(threaded.summary.skipped).toHaveLength(1);
    expect(threaded.summary.skipped[0]!.message).toMatch(/abstract is longer than/);
  }, 60_000);
});
