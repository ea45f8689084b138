/**
 * Ingest: papers in, rows out. One transaction per batch, so an interrupted run leaves only whole
 * papers; idempotent, because a paper whose text and extracted claims are unchanged is skipped,
 * and a paper whose text changed, or whose claims changed with the rules, has its claims replaced.
 * Each batch is written with a handful of multi-row statements, not a query per row.
 */
import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import {
  EXTRACTOR_VERSION,
  ExtractError,
  extractClaims,
  titleKey,
  type Claim,
  type ClaimKind,
} from "../extract";
import type { PaperInput, ReadProblem } from "../extract/read";
import type { MetaIndex } from "./paper-meta";
import { createPreparePool, type Prepared } from "./prepare-pool";
import { emptyCounts, writeBatch, type BatchCounts, type PreparedPaper } from "./write-batch";
import { writeTransaction, type WriteOptions } from "./write-transaction";
import type { Database } from "./schema";

export interface IngestOptions extends WriteOptions {
  meta?: MetaIndex;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Worker threads that extract the next batches while this thread writes (0: extract here). */
  threads?: number;
}

export interface IngestSummary extends BatchCounts {
  skipped: ReadProblem[];
}

export function emptySummary(): IngestSummary {
  return { ...emptyCounts(), skipped: [] };
}

export async function ingestPapers(
  db: Kysely<Database>,
  papers: readonly PaperInput[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary = emptySummary();
  const batchSize = options.batchSize ?? 2000;
  const batches: PaperInput[][] = [];
  for (let i = 0; i < papers.length; i += batchSize) batches.push(papers.slice(i, i + batchSize));
  const pool = options.threads ? createPreparePool(options.threads) : null;
  // With workers, up to one batch per worker (and one more) is extracted ahead of the writer.
  const ahead = pool ? options.threads! + 1 : 0;
  const prepare = (batch: PaperInput[]) =>
    pool
      ? pool.prepare(batch, options.meta)
      : Promise.resolve(batch.map((p) => preparePaper(p, options.meta)));
  const inFlight: Promise<Prepared[]>[] = [];
  try {
    for (let next = 0, done = 0; done < batches.length; done++) {
      while (next < batches.length && (inFlight.length === 0 || inFlight.length < ahead))
        inFlight.push(prepare(batches[next++]!));
      const ready: PreparedPaper[] = [];
      for (const p of await inFlight.shift()!)
        if ("message" in p) summary.skipped.push(p);
        else ready.push(p);
      addCounts(summary, await writeBatch(db, ready, { onWait: options.onWait }));
      options.onProgress?.(Math.min((done + 1) * batchSize, papers.length), papers.length);
    }
  } finally {
    // A failed write leaves batches in flight: their results are not wanted.
    for (const pending of inFlight) pending.catch(() => undefined);
    await pool?.close();
  }
  await removeOrphans(db, options);
  return summary;
}

function addCounts(summary: IngestSummary, batch: BatchCounts): void {
  for (const k of ["inserted", "updated", "unchanged"] as const) summary.papers[k] += batch.papers[k];
  for (const k of Object.keys(batch.claims) as ClaimKind[]) summary.claims[k] += batch.claims[k];
}

/** Extraction and hashing: everything about a paper that needs no database. */
export function preparePaper(
  paper: PaperInput,
  meta?: MetaIndex,
  claimsOf: (p: PaperInput) => Claim[] = extractClaims,
): PreparedPaper | ReadProblem {
  let claims: Claim[];
  try {
    claims = claimsOf(paper);
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
    return {
      file: paper.source,
      line: paper.line,
      message: `${error.message} at position ${error.position}`,
    };
  }
  const key = titleKey(paper.title);
  const m = meta?.get(key);
  const arxivId = paper.arxiv_id ?? m?.arxiv_id ?? null;
  const authors = paper.authors?.length ? JSON.stringify(paper.authors) : null;
  return {
    row: {
      title_key: key,
      title: paper.title,
      abstract: paper.abstract,
      abstract_raw: paper.abstract_raw,
      arxiv_id: arxivId,
      url: paper.url ?? (arxivId ? `https://arxiv.org/abs/${arxivId}` : null),
      published: paper.published ?? m?.published ?? null,
      source: paper.source,
      // Authors join the hash only when present, so papers without them keep the hash they had.
      content_hash: sha256(
        `${paper.title}\n${paper.abstract_raw}\n${arxivId ?? ""}\n${paper.published ?? m?.published ?? ""}\n${paper.source}${authors ? `\n${authors}` : ""}`,
      ),
      claims_hash: sha256(JSON.stringify(claims)),
      extractor_version: EXTRACTOR_VERSION,
      authors,
    },
    claims,
  };
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Models and benchmarks no claim points at any more (after a rule change) are removed. */
async function removeOrphans(db: Kysely<Database>, options: WriteOptions): Promise<void> {
  await writeTransaction(
    db,
    async (trx) => {
      await trx
        .deleteFrom("benchmark_metrics")
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("claims")
                .select("claims.id")
                .whereRef("claims.benchmark_id", "=", "benchmark_metrics.benchmark_id")
                .whereRef("claims.metric", "=", "benchmark_metrics.metric"),
            ),
          ),
        )
        .execute();
      await trx
        .deleteFrom("models")
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom("claims").select("claims.id").whereRef("claims.model_id", "=", "models.id"))),
        )
        .execute();
      await trx
        .deleteFrom("benchmarks")
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("claims").select("claims.id").whereRef("claims.benchmark_id", "=", "benchmarks.id"),
            ),
          ),
        )
        .execute();
      await trx
        .deleteFrom("aliases")
        .where("kind", "=", "model")
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom("models").select("models.id").whereRef("models.key", "=", "aliases.key"))),
        )
        .execute();
      await trx
        .deleteFrom("aliases")
        .where("kind", "=", "benchmark")
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("benchmarks").select("benchmarks.id").whereRef("benchmarks.key", "=", "aliases.key"),
            ),
          ),
        )
        .execute();
    },
    options,
  );
}
