/**
 * Ingest: papers in, rows out. One transaction per batch, so an interrupted run leaves only whole
 * papers; idempotent, because a paper whose text and extracted claims are unchanged is skipped,
 * and a paper whose text changed, or whose claims changed with the rules, has its claims replaced.
 */
import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { EXTRACTOR_VERSION, ExtractError, extractClaims, titleKey, type Claim, type ClaimKind } from "../extract";
import type { PaperInput, ReadProblem } from "../extract/read";
import type { MetaIndex } from "./paper-meta";
import type { Database, NewClaim } from "./schema";

export interface IngestOptions {
  meta?: MetaIndex;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface IngestSummary {
  papers: { inserted: number; updated: number; unchanged: number };
  claims: Record<ClaimKind, number>;
  skipped: ReadProblem[];
}

export async function ingestPapers(db: Kysely<Database>, papers: readonly PaperInput[], options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { papers: { inserted: 0, updated: 0, unchanged: 0 }, claims: { score: 0, delta: 0, speedup: 0, bound: 0 }, skipped: [] };
  const batchSize = options.batchSize ?? 500;
  for (let i = 0; i < papers.length; i += batchSize) {
    const batch = papers.slice(i, i + batchSize);
    await db.transaction().execute(async (trx) => {
      const ids = new IdCache(trx);
      for (const paper of batch) await ingestOne(trx, ids, paper, options.meta, summary);
    });
    options.onProgress?.(Math.min(i + batchSize, papers.length), papers.length);
  }
  await removeOrphans(db);
  return summary;
}

async function ingestOne(trx: Transaction<Database>, ids: IdCache, paper: PaperInput, meta: MetaIndex | undefined, summary: IngestSummary): Promise<void> {
  let claims: Claim[];
  try {
    claims = extractClaims(paper);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    summary.skipped.push({ file: paper.source, line: paper.line, message: `${error.message} at position ${error.position}` });
    return;
  }
  const key = titleKey(paper.title);
  const hash = sha256(`${paper.title}\n${paper.abstract_raw}\n${paper.arxiv_id ?? ""}\n${paper.published ?? ""}\n${paper.source}`);
  const claimsHash = sha256(JSON.stringify(claims));
  const existing = await trx.selectFrom("papers").select(["id", "content_hash", "claims_hash"]).where("title_key", "=", key).executeTakeFirst();
  if (existing && existing.content_hash === hash && existing.claims_hash === claimsHash) {
    summary.papers.unchanged++;
    return;
  }
  const m = meta?.get(key);
  const arxivId = paper.arxiv_id ?? m?.arxiv_id ?? null;
  const row = {
    title_key: key,
    title: paper.title,
    abstract: paper.abstract,
    abstract_raw: paper.abstract_raw,
    arxiv_id: arxivId,
    url: paper.url ?? (arxivId ? `https://arxiv.org/abs/${arxivId}` : null),
    published: paper.published ?? m?.published ?? null,
    source: paper.source,
    content_hash: hash,
    claims_hash: claimsHash,
    extractor_version: EXTRACTOR_VERSION,
  };
  const { id: paperId } = await trx
    .insertInto("papers")
    .values(row)
    .onConflict((oc) => oc.column("title_key").doUpdateSet(row))
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx.deleteFrom("claims").where("paper_id", "=", paperId).execute();
  const rows: NewClaim[] = [];
  for (const [index, claim] of claims.entries()) rows.push(await toClaimRow(ids, claim, paperId, index + 1));
  if (rows.length > 0) await trx.insertInto("claims").values(rows).execute();
  for (const c of claims) summary.claims[c.kind]++;
  summary.papers[existing ? "updated" : "inserted"]++;
}

async function toClaimRow(ids: IdCache, claim: Claim, paperId: number, ordinal: number): Promise<NewClaim> {
  const benchmarkId = claim.benchmark === null || claim.benchmark_key === null ? null : await ids.benchmark(claim.benchmark_key, claim.benchmark);
  if (benchmarkId !== null && claim.metric !== null) await ids.metric(benchmarkId, claim.metric, claim.higher_is_better);
  return {
    paper_id: paperId,
    ordinal,
    model_id: await ids.model(claim.model_key, claim.model),
    benchmark_id: benchmarkId,
    model_raw: claim.model,
    benchmark_raw: claim.benchmark,
    metric: claim.metric,
    value: claim.value,
    unit: claim.unit,
    kind: claim.kind,
    higher_is_better: claim.higher_is_better === null ? null : Number(claim.higher_is_better),
    self_reported: Number(claim.self_reported),
    evidence: claim.evidence,
    start: claim.start,
    end: claim.end,
    value_start: claim.value_start,
    value_end: claim.value_end,
    rule: claim.rule,
    extractor_version: EXTRACTOR_VERSION,
  };
}

/** Upserts models, benchmarks, aliases and metric directions once per key within a batch. */
class IdCache {
  private readonly models = new Map<string, number>();
  private readonly benchmarks = new Map<string, number>();
  private readonly seen = new Set<string>();
  constructor(private readonly trx: Transaction<Database>) {}

  model(key: string, name: string): Promise<number> {
    return this.entity("models", this.models, key, name);
  }

  benchmark(key: string, name: string): Promise<number> {
    return this.entity("benchmarks", this.benchmarks, key, name);
  }

  async metric(benchmarkId: number, metric: string, higherIsBetter: boolean | null): Promise<void> {
    const mark = `metric:${benchmarkId}:${metric}`;
    if (this.seen.has(mark)) return;
    this.seen.add(mark);
    await this.trx
      .insertInto("benchmark_metrics")
      .values({ benchmark_id: benchmarkId, metric, higher_is_better: higherIsBetter === null ? null : Number(higherIsBetter) })
      .onConflict((oc) => oc.columns(["benchmark_id", "metric"]).doNothing())
      .execute();
  }

  private async entity(table: "models" | "benchmarks", cache: Map<string, number>, key: string, name: string): Promise<number> {
    const alias = `${table}:${name}`;
    if (!this.seen.has(alias)) {
      this.seen.add(alias);
      const kind = table === "models" ? "model" : "benchmark";
      await this.trx.insertInto("aliases").values({ kind, alias: name, key }).onConflict((oc) => oc.columns(["kind", "alias"]).doUpdateSet({ key })).execute();
    }
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    await this.trx.insertInto(table).values({ key, name }).onConflict((oc) => oc.column("key").doNothing()).execute();
    const { id } = await this.trx.selectFrom(table).select("id").where("key", "=", key).executeTakeFirstOrThrow();
    cache.set(key, id);
    return id;
  }
}

/** Models and benchmarks no claim points at any more (after a rule change) are removed. */
async function removeOrphans(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("benchmark_metrics").where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("claims").select("claims.id").whereRef("claims.benchmark_id", "=", "benchmark_metrics.benchmark_id").whereRef("claims.metric", "=", "benchmark_metrics.metric"))),
    ).execute();
    await trx.deleteFrom("models").where("id", "not in", (eb) => eb.selectFrom("claims").select("model_id")).execute();
    await trx.deleteFrom("benchmarks").where("id", "not in", (eb) => eb.selectFrom("claims").select("benchmark_id").where("benchmark_id", "is not", null)).execute();
    await trx.deleteFrom("aliases").where("kind", "=", "model").where("key", "not in", (eb) => eb.selectFrom("models").select("key")).execute();
    await trx.deleteFrom("aliases").where("kind", "=", "benchmark").where("key", "not in", (eb) => eb.selectFrom("benchmarks").select("key")).execute();
  });
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");
