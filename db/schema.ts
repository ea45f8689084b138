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
}

export interface ModelsTable {
  id: Generated<number>;
  key: string;
  name: string;
}

export interface BenchmarksTable {
  id: Generated<number>;
  key: string;
  name: string;
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
}

/** The extractor's figures on one gold set (db/eval/store-figures.ts writes them, the About page reads them). */
export interface EvalFiguresTable {
  name: string;
  ordinal: number;
  /** JSON of SetFigures (db/eval/gold-sets.ts). */
  figures: string;
  extractor_version: string;
}

export interface Database {
  eval_figures: EvalFiguresTable;
  papers: PapersTable;
  models: ModelsTable;
  benchmarks: BenchmarksTable;
  benchmark_metrics: BenchmarkMetricsTable;
  aliases: AliasesTable;
  claims: ClaimsTable;
}

export type PaperRow = Selectable<PapersTable>;
export type NewPaper = Insertable<PapersTable>;
export type ClaimRow = Selectable<ClaimsTable>;
export type NewClaim = Insertable<ClaimsTable>;
export type ModelRow = Selectable<ModelsTable>;
export type BenchmarkRow = Selectable<BenchmarksTable>;
