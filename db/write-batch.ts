/**
 * Writes one batch of extracted papers in one transaction with a few multi-row statements:
 * look up which papers changed, upsert their models, benchmarks, aliases and metric directions,
 * upsert the papers, replace their claims. Chunks keep every statement under the bound-parameter
 * limits of SQLite and PostgreSQL.
 */
import type { Kysely } from "kysely";
import type { Claim, ClaimKind } from "../extract";
import { benchmarkInfo, familyOf, parametersOf } from "../extract/gazetteer";
import { metricKey } from "../extract/gazetteer/metric-synonyms";
import type { Database, NewClaim, NewPaper } from "./schema";
import { writeTransaction, type WriteOptions } from "./write-transaction";
import { takeIncoming } from "./upsert";
import { applyReviews } from "./curation/apply-reviews";
import { loadMerges, mergedClaim } from "./curation/merges";

export interface PreparedPaper {
  row: NewPaper;
  claims: Claim[];
}

const ROWS_PER_STATEMENT = 1000;

function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What one batch did; the caller adds it up (the write path keeps no state of its own). */
export interface BatchCounts {
  papers: { inserted: number; updated: number; unchanged: number };
  claims: Record<ClaimKind, number>;
}

export function emptyCounts(): BatchCounts {
  return {
    papers: { inserted: 0, updated: 0, unchanged: 0 },
    claims: { score: 0, delta: 0, speedup: 0, bound: 0 },
  };
}

export async function writeBatch(
  db: Kysely<Database>,
  batch: readonly PreparedPaper[],
  options: WriteOptions = {},
): Promise<BatchCounts> {
  const summary = emptyCounts();
  // The same title twice in one batch: the later record wins, as it would across batches.
  const byKey = new Map(batch.map((p) => [p.row.title_key, p]));
  const papers = [...byKey.values()];
  if (papers.length === 0) return summary;
  await writeTransaction(
    db,
    async (trx) => {
      const existing = new Map<string, { content_hash: string; claims_hash: string }>();
      for (const keys of chunks([...byKey.keys()])) {
        for (const r of await trx
          .selectFrom("papers")
          .select(["title_key", "content_hash", "claims_hash"])
          .where("title_key", "in", keys)
          .execute())
          existing.set(r.title_key, r);
      }
      const changed = papers.filter((p) => {
        const e = existing.get(p.row.title_key);
        return !e || e.content_hash !== p.row.content_hash || e.claims_hash !== p.row.claims_hash;
      });
      summary.papers.unchanged += papers.length - changed.length;
      if (changed.length === 0) return;
      // Curators' merges apply to whatever keys the rules produce ("GPT4" was merged into "gpt-4").
      const merges = await loadMerges(trx);
      const written = changed.map((p) => ({
        row: p.row,
        claims: p.claims.map((c) => mergedClaim(c, merges)),
      }));
      const claims = written.flatMap((p) => p.claims);
      const modelIds = await upsertKeys(
        trx,
        "models",
        claims.map((c) => [c.model_key, c.model]),
      );
      const benchmarkIds = await upsertKeys(
        trx,
        "benchmarks",
        claims.flatMap((c) =>
          c.benchmark_key && c.benchmark ? [[c.benchmark_key, c.benchmark] as const] : [],
        ),
      );
      await upsertAliases(trx, claims);
      await upsertMetrics(trx, claims, benchmarkIds);
      const paperIds = await upsertPapers(
        trx,
        written.map((p) => p.row),
      );
      for (const ids of chunks([...paperIds.values()]))
        await trx.deleteFrom("claims").where("paper_id", "in", ids).execute();
      const rows = written.flatMap((p) =>
        p.claims.map((c, i) =>
          claimRow(c, paperIds.get(p.row.title_key)!, i + 1, modelIds, benchmarkIds, p.row.extractor_version),
        ),
      );
      for (const part of chunks(rows)) await trx.insertInto("claims").values(part).execute();
      // Curation is kept by claim identity, not row id: re-attach it to the new rows.
      await applyReviews(
        trx,
        written.map((p) => p.row.title_key),
      );
      for (const p of written) {
        summary.papers[existing.has(p.row.title_key) ? "updated" : "inserted"]++;
        for (const c of p.claims) summary.claims[c.kind]++;
      }
    },
    options,
  );
  return summary;
}

/** Inserts keys not yet present (first spelling seen names them) and returns every key's id. */
async function upsertKeys(
  trx: Kysely<Database>,
  table: "models" | "benchmarks",
  pairs: readonly (readonly [string, string])[],
): Promise<Map<string, number>> {
  const names = new Map<string, string>();
  for (const [key, name] of pairs) if (!names.has(key)) names.set(key, name);
  const ids = new Map<string, number>();
  for (const part of chunks([...names.entries()])) {
    // A model keeps the size and family its first spelling states, a benchmark the area the
    // gazetteer gives it: what the leaderboards' and index pages' filters read.
    await trx
      .insertInto(table)
      .values(
        part.map(([key, name]) =>
          table === "models"
            ? { key, name, params_b: parametersOf(name), family: familyOf(name) }
            : { key, name, area: benchmarkInfo(name)?.area ?? null },
        ),
      )
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    for (const r of await trx
      .selectFrom(table)
      .select(["id", "key"])
      .where(
        "key",
        "in",
        part.map(([key]) => key),
      )
      .execute())
      ids.set(r.key, r.id);
  }
  return ids;
}

async function upsertAliases(trx: Kysely<Database>, claims: readonly Claim[]): Promise<void> {
  const rows = new Map<string, { kind: "model" | "benchmark"; alias: string; key: string }>();
  for (const c of claims) {
    rows.set(`m\u0000${c.model}`, { kind: "model", alias: c.model, key: c.model_key });
    if (c.benchmark && c.benchmark_key)
      rows.set(`b\u0000${c.benchmark}`, { kind: "benchmark", alias: c.benchmark, key: c.benchmark_key });
  }
  for (const part of chunks([...rows.values()])) {
    await trx
      .insertInto("aliases")
      .values(part)
      .onConflict((oc) => oc.columns(["kind", "alias"]).doUpdateSet(takeIncoming(["key"])))
      .execute();
  }
}

async function upsertMetrics(
  trx: Kysely<Database>,
  claims: readonly Claim[],
  benchmarkIds: Map<string, number>,
): Promise<void> {
  const rows = new Map<string, { benchmark_id: number; metric: string; higher_is_better: number | null }>();
  for (const c of claims) {
    const id = c.benchmark_key ? benchmarkIds.get(c.benchmark_key) : undefined;
    if (id === undefined || c.metric === null) continue;
    const key = `${id}\u0000${c.metric}`;
    if (!rows.has(key))
      rows.set(key, {
        benchmark_id: id,
        metric: c.metric,
        higher_is_better: c.higher_is_better === null ? null : Number(c.higher_is_better),
      });
  }
  for (const part of chunks([...rows.values()])) {
    await trx
      .insertInto("benchmark_metrics")
      .values(part)
      .onConflict((oc) => oc.columns(["benchmark_id", "metric"]).doNothing())
      .execute();
  }
}

async function upsertPapers(trx: Kysely<Database>, rows: readonly NewPaper[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunks(rows, 200)) {
    const returned = await trx
      .insertInto("papers")
      .values(part)
      .onConflict((oc) =>
        oc
          .column("title_key")
          .doUpdateSet(
            takeIncoming([
              "title",
              "abstract",
              "abstract_raw",
              "arxiv_id",
              "url",
              "published",
              "source",
              "content_hash",
              "claims_hash",
              "extractor_version",
              "authors",
            ]),
          ),
      )
      .returning(["id", "title_key"])
      .execute();
    for (const r of returned) ids.set(r.title_key, r.id);
  }
  return ids;
}

function claimRow(
  c: Claim,
  paperId: number,
  ordinal: number,
  models: Map<string, number>,
  benchmarks: Map<string, number>,
  version: string,
): NewClaim {
  return {
    paper_id: paperId,
    ordinal,
    model_id: models.get(c.model_key)!,
    benchmark_id: c.benchmark_key ? (benchmarks.get(c.benchmark_key) ?? null) : null,
    model_raw: c.model,
    benchmark_raw: c.benchmark,
    metric: c.metric,
    metric_key: metricKey(c.metric),
    value: c.value,
    unit: c.unit,
    kind: c.kind,
    higher_is_better: c.higher_is_better === null ? null : Number(c.higher_is_better),
    self_reported: Number(c.self_reported),
    evidence: c.evidence,
    start: c.start,
    end: c.end,
    value_start: c.value_start,
    value_end: c.value_end,
    rule: c.rule,
    setting: c.setting,
    confidence: c.confidence,
    listed: Number(c.listed),
    extractor_version: version,
  };
}
