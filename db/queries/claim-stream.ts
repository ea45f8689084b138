/** Every claim of a selectClaims query, streamed for exports without holding the table in memory. */
import type { Kysely } from "kysely";
import { iterateRaw } from "../dialect";
import type { Database } from "../schema";
import type { ClaimRecord, selectClaims } from "./claim-rows";

/**
 * A query of selectClaims as records, streamed: on SQLite read in raw mode (arrays) and made into
 * records here, which costs a third less than better-sqlite3 building each row object; on
 * PostgreSQL through Kysely's cursor. `db` must be a connection of its own (see iterateRaw).
 */
export async function* streamClaimRecords(
  db: Kysely<Database>,
  query: ReturnType<typeof selectClaims>,
): AsyncGenerator<ClaimRecord> {
  const raw = iterateRaw(db, query.compile());
  if (!raw) return yield* query.stream(1000);
  const drift = RECORD_COLUMNS.findIndex((name, i) => raw.columns[i] !== name);
  if (drift >= 0 || raw.columns.length !== RECORD_COLUMNS.length)
    throw new Error(`selectClaims' columns changed at ${drift}: update recordFromRow to match`);
  for (const row of raw.rows) yield recordFromRow(row);
}

// selectClaims' columns, in its order: recordFromRow reads them by position.
const RECORD_COLUMNS = [
  "id",
  "ordinal",
  "metric",
  "value",
  "unit",
  "kind",
  "higher_is_better",
  "self_reported",
  "evidence",
  "rule",
  "model_raw",
  "benchmark_raw",
  "start",
  "end",
  "value_start",
  "value_end",
  "metric_key",
  "setting",
  "confidence",
  "listed",
  "review_status",
  "review_reason",
  "extracted",
  "model_slug",
  "model_name",
  "benchmark_slug",
  "benchmark_name",
  "paper_id",
  "paper_key",
  "paper_title",
  "published",
  "arxiv_id",
] as const;

/** One literal of fixed shape, so every record shares V8's hidden class (a loop of keys would not). */
function recordFromRow(r: unknown[]): ClaimRecord {
  const row = r as never[];
  return {
    id: row[0]!,
    ordinal: row[1]!,
    metric: row[2]!,
    value: row[3]!,
    unit: row[4]!,
    kind: row[5]!,
    higher_is_better: row[6]!,
    self_reported: row[7]!,
    evidence: row[8]!,
    rule: row[9]!,
    model_raw: row[10]!,
    benchmark_raw: row[11]!,
    start: row[12]!,
    end: row[13]!,
    value_start: row[14]!,
    value_end: row[15]!,
    metric_key: row[16]!,
    setting: row[17]!,
    confidence: row[18]!,
    listed: row[19]!,
    review_status: row[20]!,
    review_reason: row[21]!,
    extracted: row[22]!,
    model_slug: row[23]!,
    model_name: row[24]!,
    benchmark_slug: row[25]!,
    benchmark_name: row[26]!,
    paper_id: row[27]!,
    paper_key: row[28]!,
    paper_title: row[29]!,
    published: row[30]!,
    arxiv_id: row[31]!,
  };
}
