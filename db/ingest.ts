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
import { emptyCounts, writeBatch, type BatchCounts, type PreparedPaper } from "./write-batch";
import { writeTransaction, type WriteOptions } from "./write-transaction";
import type { Database } from "./schema";

export interface IngestOptions extends WriteOptions {
  meta?: MetaIndex;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
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
  for (let i = 0; i < papers.length; i += batchSize) {
    const prepared = papers.slice(i, i + batchSize).flatMap((p) => {
      const ready = preparePaper(p, options.meta);
      if ("message" in ready) summary.skipped.push(ready);
      return "message" in ready ? [] : [ready];
    });
    addCounts(summary, await writeBatch(db, prepared, { onWait: options.onWait }));
    options.onProgress?.(Math.min(i + batchSize, papers.length), papers.length);
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
