/**
 * The one query behind every claim table (leaderboard, model, claims, paper, compare) and its CSV
 * export: claims joined to their model, benchmark and paper, filtered and ordered from allow-lists.
 */
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database, ExtractedFields, ReviewStatus } from "../schema";
import { containsText } from "./text-match";
import type { ClaimSort, KindFilter, SelfFilter } from "../views/url-params";

export interface ClaimFilter {
  benchmarkId?: number;
  modelIds?: number[];
  paperId?: number;
  /** A metric key (lower-cased metric, "none" when unstated). Undefined: any metric. */
  metricKey?: string;
  kind: KindFilter;
  self: SelfFilter;
  q: string;
  /** Only claims fit for leaderboards, charts and compare. */
  listed?: boolean;
  /** One setting's claims: null for the standard setting. Undefined: any setting. */
  setting?: string | null;
  /** Models of this size range (billions of parameters, from their names); undefined: any. */
  size?: { min?: number; max?: number; unknown?: boolean };
  /** Papers published within this range (YYYY-MM-DD, inclusive); undated papers fall outside any range. */
  from?: string;
  to?: string;
  /** Each model's best claim only (within benchmark, metric, kind and setting), in this direction. */
  bestPerModel?: "higher" | "lower";
}

export interface ClaimOrder {
  sort: ClaimSort;
  dir: "asc" | "desc";
}

/** What each sort option orders by: a closed table, never a string from the URL. */
const SORT_COLUMNS = {
  value: "claims.value",
  model: "models.name",
  benchmark: "benchmarks.name",
  paper: "papers.title",
  date: "papers.published",
  self: "claims.self_reported",
  kind: "claims.kind",
} as const satisfies Record<ClaimSort, string>;

/** No filter and a stable order: for callers that add their own where clauses. */
export const EVERY_CLAIM: ClaimFilter = { kind: "all", self: "all", q: "" };
export const BY_ID: ClaimOrder = { sort: "value", dir: "asc" };

export function selectClaims(db: Kysely<Database>, filter: ClaimFilter, order: ClaimOrder) {
  let query = db
    .selectFrom("claims")
    .innerJoin("models", "models.id", "claims.model_id")
    .innerJoin("papers", "papers.id", "claims.paper_id")
    .leftJoin("benchmarks", "benchmarks.id", "claims.benchmark_id")
    .select([
      "claims.id",
      "claims.ordinal",
      "claims.metric",
      "claims.value",
      "claims.unit",
      "claims.kind",
      "claims.higher_is_better",
      "claims.self_reported",
      "claims.evidence",
      "claims.rule",
      "claims.model_raw",
      "claims.benchmark_raw",
      "claims.start",
      "claims.end",
      "claims.value_start",
      "claims.value_end",
      "claims.metric_key",
      "claims.setting",
      "claims.confidence",
      "claims.listed",
      "claims.review_status",
      "claims.review_reason",
      "claims.extracted",
      "models.key as model_slug",
      "models.name as model_name",
      "benchmarks.key as benchmark_slug",
      "benchmarks.name as benchmark_name",
      "papers.id as paper_id",
      "papers.title_key as paper_key",
      "papers.title as paper_title",
      "papers.published",
      "papers.arxiv_id",
    ]);
  if (filter.benchmarkId !== undefined) query = query.where("claims.benchmark_id", "=", filter.benchmarkId);
  if (filter.modelIds !== undefined)
    query = query.where("claims.model_id", "in", filter.modelIds.length ? filter.modelIds : [-1]);
  if (filter.paperId !== undefined) query = query.where("claims.paper_id", "=", filter.paperId);
  if (filter.metricKey !== undefined) query = query.where("claims.metric_key", "=", filter.metricKey);
  if (filter.kind !== "all") query = query.where("claims.kind", "=", filter.kind);
  if (filter.listed) query = query.where("claims.listed", "=", 1);
  if (filter.setting !== undefined)
    query = query.where("claims.setting", filter.setting === null ? "is" : "=", filter.setting);
  if (filter.size?.unknown) query = query.where("models.params_b", "is", null);
  if (filter.size?.max !== undefined) query = query.where("models.params_b", "<=", filter.size.max);
  if (filter.size?.min !== undefined) query = query.where("models.params_b", ">", filter.size.min);
  if (filter.from) query = query.where(dayOf(sql`papers.published`), ">=", filter.from);
  if (filter.to) query = query.where(dayOf(sql`papers.published`), "<=", filter.to);
  if (filter.bestPerModel) query = query.where(notBeaten(filter.bestPerModel, filter));
  if (filter.self !== "all") query = query.where("claims.self_reported", "=", filter.self === "self" ? 1 : 0);
  if (filter.q) {
    query = query.where((eb) =>
      eb.or(
        ["models.name", "claims.model_raw", "papers.title", "benchmarks.name", "claims.metric"].map((col) =>
          containsText(col, filter.q),
        ),
      ),
    );
  }
  // The tie-breaker follows the direction, so an index on (column, id) serves the whole ORDER BY.
  // Undated papers go last either way (PostgreSQL would put NULLs first when descending); the other
  // columns are never NULL, and a plain ORDER BY keeps their index usable.
  const ordered =
    order.sort === "date"
      ? query.orderBy("papers.published", (ob) => (order.dir === "desc" ? ob.desc() : ob.asc()).nullsLast())
      : query.orderBy(SORT_COLUMNS[order.sort], order.dir);
  return ordered.orderBy("claims.id", order.dir);
}

/** A paper's date as a day: "2023-04" (month precision, as the daily dump has it) is read as 2023-04-01. */
function dayOf(published: RawBuilder<unknown>) {
  return sql<string>`substr(${published} || '-01-01', 1, 10)`;
}

/** No listed claim of the same model, benchmark, metric, kind and setting has a better value (ties: the older claim). */
function notBeaten(direction: "higher" | "lower", range: { from?: string; to?: string }) {
  const better = direction === "higher" ? sql`c2.value > claims.value` : sql`c2.value < claims.value`;
  // Within a date range, the best is the best among that range's papers.
  const published = dayOf(sql`(select p2.published from papers p2 where p2.id = c2.paper_id)`);
  const from = range.from ? sql`and ${published} >= ${range.from}` : sql``;
  const to = range.to ? sql`and ${published} <= ${range.to}` : sql``;
  // Two probes, each a range of the (benchmark, model, metric, kind, listed, value) index: one
  // "better or tied-and-older" test would make every probe read all of the model's rows on the board.
  const sameBoard = sql`c2.benchmark_id = claims.benchmark_id and c2.model_id = claims.model_id
    and c2.metric_key = claims.metric_key and c2.kind = claims.kind and c2.listed = 1
    and coalesce(c2.setting, '') = coalesce(claims.setting, '') ${from} ${to}`;
  return sql<boolean>`not exists (select 1 from claims c2 where ${sameBoard} and ${better})
    and not exists (select 1 from claims c2 where ${sameBoard} and c2.value = claims.value and c2.id < claims.id)`;
}

export type ClaimRecord = Awaited<ReturnType<ReturnType<typeof selectClaims>["execute"]>>[number];

/** The view model every table, chart and export shares. */
export interface ClaimView {
  id: number;
  ordinal: number;
  modelSlug: string;
  modelName: string;
  modelRaw: string;
  benchmarkSlug: string | null;
  benchmarkName: string | null;
  metric: string | null;
  /** The metric's tab on its leaderboard (synonyms share one). */
  metricKey: string;
  setting: string | null;
  confidence: number;
  listed: boolean;
  value: number;
  unit: string;
  kind: "score" | "delta" | "speedup" | "bound";
  higherIsBetter: boolean | null;
  selfReported: boolean;
  evidence: string;
  rule: string;
  paperId: number;
  paperTitle: string;
  published: string | null;
  arxivId: string | null;
  /** Where the evidence is: the claim highlighted on its paper page. */
  href: string;
  /** Where the value stands in `evidence`, to highlight it. */
  valueInEvidence: [number, number];
  /** Curation: null when no one has reviewed or reported the claim. */
  reviewStatus: ReviewStatus | null;
  reviewReason: string | null;
  /** What the rules extracted, when a curator corrected it (shown on hover and in exports). */
  extracted: ExtractedView | null;
}

/** What the rules extracted, in the view's spelling. */
export type ExtractedView = Omit<ExtractedFields, "self_reported" | "listed"> & { selfReported: boolean };

function extractedView(json: string | null): ExtractedView | null {
  if (!json) return null;
  const { self_reported, listed, ...fields } = JSON.parse(json) as ExtractedFields;
  return { ...fields, selfReported: self_reported };
}

/** Where a claim's evidence is: the claim highlighted on its paper page. */
export const claimHref = (paperId: number, ordinal: number): string => `/papers/${paperId}#claim-${ordinal}`;

export function toClaimView(r: ClaimRecord): ClaimView {
  return {
    id: r.id,
    ordinal: r.ordinal,
    modelSlug: r.model_slug,
    modelName: r.model_name,
    modelRaw: r.model_raw,
    benchmarkSlug: r.benchmark_slug,
    benchmarkName: r.benchmark_name,
    metric: r.metric,
    metricKey: r.metric_key,
    setting: r.setting,
    confidence: r.confidence,
    listed: r.listed === 1,
    value: r.value,
    unit: r.unit,
    kind: r.kind,
    higherIsBetter: r.higher_is_better === null ? null : r.higher_is_better === 1,
    selfReported: r.self_reported === 1,
    evidence: r.evidence,
    rule: r.rule,
    paperId: r.paper_id,
    paperTitle: r.paper_title,
    published: r.published,
    arxivId: r.arxiv_id,
    href: claimHref(r.paper_id, r.ordinal),
    valueInEvidence: [r.value_start - r.start, r.value_end - r.start],
    reviewStatus: r.review_status,
    reviewReason: r.review_reason,
    extracted: extractedView(r.extracted),
  };
}
