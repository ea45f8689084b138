import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql, type Kysely } from "kysely";
import { explainFailure } from "../../db/cli/ingest-args";
import { migrateToLatest, openDb } from "../../db/connection";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPapers } from "../../db/ingest";
import { DEFAULT_META_PATH, loadMetaIndex } from "../../db/paper-meta";
import type { Database } from "../../db/schema";
import { readCorpus } from "../../extract/read";
import { loadCorpusFiles } from "../../db/cli/load-corpus";
import { DIALECTS, freshDatabase, PG_SKIP_MESSAGE, PG_URL, type DialectName } from "../fixtures/databases";

let db: Kysely<Database>;

if (!PG_URL)
  describe("ingest on postgres", () => {
    it.skip(PG_SKIP_MESSAGE, () => undefined);
  });

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ["papers", "claims", "models", "benchmarks", "aliases", "benchmark_metrics"] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

/** Makes the database refuse the fifth paper of a batch: the way each dialect says it. */
async function failOnFifthPaper(dialect: DialectName): Promise<void> {
  if (dialect === "sqlite") {
    await sql`CREATE TRIGGER fail_fifth BEFORE INSERT ON papers WHEN (SELECT count(*) FROM papers) >= 4 BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`.execute(
      db,
    );
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION fail_fifth() RETURNS trigger AS $$ BEGIN IF (SELECT count(*) FROM papers) >= 4 THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    )
    .execute(db);
  await sql`CREATE TRIGGER fail_fifth BEFORE INSERT ON papers FOR EACH ROW EXECUTE FUNCTION fail_fifth()`.execute(
    db,
  );
}

describe.each(DIALECTS)("ingestPapers on %s", (dialect) => {
  beforeEach(async () => {
    db = await freshDatabase(dialect, "ingest_test");
  });

  afterEach(async () => {
    await db.destroy();
  });

  it("is idempotent: a second run over the same corpus changes no row", async () => {
    const { papers } = loadCorpusFiles(["db/seed/daily-papers.txt"]);
    const meta = loadMetaIndex(DEFAULT_META_PATH);
    const first = await ingestPapers(db, papers, { meta, batchSize: 25 });
    const before = await counts();
    const snapshot = await db.selectFrom("claims").selectAll().orderBy("id").execute();
    const second = await ingestPapers(db, papers, { meta, batchSize: 25 });
    expect(first.papers.inserted).toBe(111);
    expect(second.papers).toEqual({ inserted: 0, updated: 0, unchanged: 111 });
    expect(await counts()).toEqual(before);
    expect(await db.selectFrom("claims").selectAll().orderBy("id").execute()).toEqual(snapshot);
    expect(before.claims).toBeGreaterThan(150);
  });

  it("joins arXiv ids and dates from the meta file on the title", async () => {
    const { papers } = loadCorpusFiles(["db/seed/daily-papers.txt"]);
    await ingestPapers(db, papers.slice(0, 3), { meta: loadMetaIndex(DEFAULT_META_PATH) });
    const row = await db
      .selectFrom("papers")
      .selectAll()
      .where("title", "like", "DeepSeek-Prover-V2%")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      arxiv_id: "2504.21801",
      published: "2025-04-30",
      url: "https://arxiv.org/abs/2504.21801",
    });
  });

  it("keeps the good records when one is bad, and replaces a changed paper's claims", async () => {
    const good = (title: string, value: string) =>
      JSON.stringify({ title, abstract: `SolidNet reaches ${value}% accuracy on StoneBench.` });
    const input = [good("Solid One", "81.5"), '{"title": "Broken"', good("Solid Two", "82.5")].join("\n");
    const read = readCorpus(input, "mixed.jsonl");
    expect(read.problems).toHaveLength(1);
    await ingestPapers(db, read.papers);
    expect((await counts()).papers).toBe(2);
    const changed = readCorpus(good("Solid One", "90.5"), "mixed.jsonl").papers;
    const summary = await ingestPapers(db, changed);
    expect(summary.papers.updated).toBe(1);
    const values = await db
      .selectFrom("claims")
      .innerJoin("papers", "papers.id", "claims.paper_id")
      .select(["papers.title", "claims.value"])
      .orderBy("papers.title")
      .execute();
    expect(values).toEqual([
      { title: "Solid One", value: 90.5 },
      { title: "Solid Two", value: 82.5 },
    ]);
  });

  it("replaces a paper's claims when the rules extract something else from the same text", async () => {
    const { papers } = loadCorpusFiles(["db/seed/daily-papers.txt"]);
    await ingestPapers(db, papers.slice(0, 5));
    const before = await db
      .selectFrom("claims")
      .select(["paper_id", "value", "evidence"])
      .orderBy("id")
      .execute();
    // What an older extractor would have left: a stale claims hash and a wrong claim value.
    await db.updateTable("papers").set({ claims_hash: "older rules" }).where("id", "=", 2).execute();
    await db.updateTable("claims").set({ value: -1 }).where("paper_id", "=", 2).execute();
    const summary = await ingestPapers(db, papers.slice(0, 5));
    expect(summary.papers).toEqual({ inserted: 0, updated: 1, unchanged: 4 });
    expect(
      await db
        .selectFrom("claims")
        .select(["paper_id", "value", "evidence"])
        .orderBy("paper_id")
        .orderBy("ordinal")
        .execute(),
    ).toEqual([...before].sort((a, b) => a.paper_id - b.paper_id));
  });

  it("rolls back a whole batch when a write fails, leaving no half-written paper", async () => {
    const { papers } = loadCorpusFiles(["db/seed/daily-papers.txt"]);
    await failOnFifthPaper(dialect);
    await expect(ingestPapers(db, papers.slice(0, 10), { batchSize: 10 })).rejects.toThrow(/disk on fire/);
    expect(await counts()).toMatchObject({ papers: 0, claims: 0 });
  });
});

describe("a full disk during ingest", () => {
  it("reports the full disk, not a failed rollback, and keeps every batch committed before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimboard-full-"));
    const full = openDb(join(dir, "full.sqlite"));
    await migrateToLatest(full);
    const { papers } = loadCorpusFiles(["db/seed/daily-papers.txt"]);
    await ingestPapers(full, papers.slice(0, 20), { batchSize: 10 });
    // The file may not grow past its current size: the next batch finds the disk full.
    const { rows } = await sql<{ page_count: number }>`pragma page_count`.execute(full);
    await sql.raw(`pragma max_page_count = ${rows[0]!.page_count}`).execute(full);
    const error = await ingestPapers(full, papers.slice(20), { batchSize: 10 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe("SQLITE_FULL");
    expect(explainFailure(error)).toBe(
      "the disk is full: the batch being written was rolled back and the database is intact (it holds every batch committed before); free some space and run ingest again to finish",
    );
    const { n } = await full
      .selectFrom("papers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(20);
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(full);
    expect(check.rows[0]?.integrity_check).toBe("ok");
    await full.destroy();
  });
});
