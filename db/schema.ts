/** The one Kysely `Database` interface; every row type in db/ derives from it. */
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

export interface PapersTable {
  id: Generated<number>;
  /** Normalised title: the identity of a paper across ingests. */
  title_key: string;
  title: string;
  abstract: string;
  abstract_raw: string;
  arxiv_id: string | null;
  url: string | null;
  published: string | null;
  source: string;
  content_hash: string;
  /** Hash of the claims extracted last time: a rule change shows up here without a version bump. */
  claims_hash: string;
  extractor_version: string;
  /** JSON array of author names, when the source gave them (migration 0007). */
  authors: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ModelsTable {
  id: Generated<number>;
  key: string;
  name: string;
  /** Billions of parameters, when the name states them (migration 0008). */
  params_b: ColumnType<number | null, number | null | undefined, number | null>;
  /** The model family the name carries ("Qwen2.5-7B": Qwen2.5), from the gazetteer (migration 0009). */
  family: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface BenchmarksTable {
  id: Generated<number>;
  key: string;
  name: string;
  /** The benchmark's field ("vision", "math"), from the gazetteer when it knows the name (migration 0009). */
  area: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Direction of each metric on each benchmark, for ranking. */
export interface BenchmarkMetricsTable {
  benchmark_id: number;
  metric: string;
  higher_is_better: number | null;
}

export interface AliasesTable {
  kind: "model" | "benchmark";
  alias: string;
  key: string;
}

export interface ClaimsTable {
  id: Generated<number>;
  paper_id: number;
  /** 1-based position of the claim in its paper: the #claim-N anchor. */
  ordinal: number;
  model_id: number;
  benchmark_id: number | null;
  model_raw: string;
  benchmark_raw: string | null;
  metric: string | null;
  /** The metric's tab key (synonyms share one, extract/gazetteer/metric-synonyms.ts), "none" when unstated. */
  metric_key: string;
  value: number;
  unit: string;
  kind: "score" | "delta" | "speedup" | "bound";
  higher_is_better: number | null;
  self_reported: number;
  evidence: string;
  start: number;
  end: number;
  value_start: number;
  value_end: number;
  rule: string;
  /** What changes comparability ("top-5", "quantized (4-bit)"); null for the standard setting. */
  setting: string | null;
  /** 0-1, from how much of the claim was read beside its value (extract/confidence.ts). */
  confidence: ColumnType<number, number | undefined, number>;
  /** 1 when fit for leaderboards, charts and compare; everything stays on /claims and paper pages. */
  listed: ColumnType<number, number | undefined, number>;
  extractor_version: string;
  created_at: ColumnType<string, string | undefined, never>;
  /** A cache of the curation decision (reviews and flags are the record): null when none. */
  review_status: ColumnType<ReviewStatus | null, ReviewStatus | null | undefined, ReviewStatus | null>;
  /** JSON of the extracted fields a correction replaced; null when nothing was corrected. */
  extracted: ColumnType<string | null, string | null | undefined, string | null>;
  /** The curator's reason for the decision in force (a rejection's is shown with the claim). */
  review_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The JSON in claims.extracted: the fields a correction replaced, as the rules extracted them. */
export interface ExtractedFields {
  model: string;
  benchmark: string | null;
  metric: string | null;
  setting: string | null;
  value: number;
  unit: string;
  kind: ClaimsTable["kind"];
  self_reported: boolean;
  listed: boolean;
}

export type ReviewAction = "verified" | "rejected" | "corrected";
export type ReviewStatus = ReviewAction | "reported";

/** A claim's identity across re-ingests: its paper, where its value stands in the abstract, the value. */
export interface ClaimIdentity {
  paper_key: string;
  value_start: number;
  value: number;
}

/** A reader's report that a claim is wrong. */
export interface FlagsTable extends ClaimIdentity {
  id: Generated<number>;
  reason: string;
  note: ColumnType<string, string | undefined, string>;
  /** A key for the client (for the rate limit), never an address in the clear. */
  client: string;
  created_at: string;
  reviewed_at: string | null;
}

/** A curator's decision on a claim; the newest per identity is the one in force. */
export interface ReviewsTable extends ClaimIdentity {
  id: Generated<number>;
  action: ReviewAction;
  reason: ColumnType<string, string | undefined, string>;
  /** JSON of the corrected fields (CorrectionFields); "{}" for verify and reject. */
  fields: ColumnType<string, string | undefined, string>;
  curator: string;
  created_at: string;
}

/** A curator's merge of one model or benchmark key into another; ingest applies it to new claims. */
export interface AliasMergesTable {
  kind: "model" | "benchmark";
  from_key: string;
  to_key: string;
  curator: string;
  created_at: string;
}

/** Every curation write: who, when, what, and the state before and after. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
}

/** The extractor's figures on one gold set (db/eval/store-figures.ts writes them, the About page reads them). */
export interface EvalFiguresTable {
  name: string;
  ordinal: number;
  /** JSON of SetFigures (db/eval/gold-sets.ts). */
  figures: string;
  extractor_version: string;
}

/** One ingest or fetch run that wrote to the database (migration 0006). */
export interface IngestRunsTable {
  id: Generated<number>;
  source: string;
  started_at: string;
  finished_at: string;
  papers_inserted: number;
  papers_updated: number;
  claims_written: number;
}

export interface Database {
  eval_figures: EvalFiguresTable;
  papers: PapersTable;
  models: ModelsTable;
  benchmarks: BenchmarksTable;
  benchmark_metrics: BenchmarkMetricsTable;
  aliases: AliasesTable;
  claims: ClaimsTable;
  flags: FlagsTable;
  reviews: ReviewsTable;
  audit_log: AuditLogTable;
  alias_merges: AliasMergesTable;
  ingest_runs: IngestRunsTable;
}

export type PaperRow = Selectable<PapersTable>;
export type NewPaper = Insertable<PapersTable>;
export type ClaimRow = Selectable<ClaimsTable>;
export type NewClaim = Insertable<ClaimsTable>;
export type ModelRow = Selectable<ModelsTable>;
export type BenchmarkRow = Selectable<BenchmarksTable>;
