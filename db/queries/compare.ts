/** Side by side: the benchmarks (and metrics) that 2-6 models share, best value highlighted. */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { BY_ID, EVERY_CLAIM, selectClaims, toClaimView, type ClaimView } from "./claim-rows";
import { findModels } from "./models";

export interface CompareCell {
  modelSlug: string;
  /** The best claims of this model here (several when papers disagree), at most CLAIMS_PER_CELL. */
  claims: ClaimView[];
  /** How many claims this model has here in all. */
  total: number;
  best: ClaimView | null;
  isWinner: boolean;
}

export interface CompareRow {
  key: string;
  benchmarkSlug: string;
  benchmarkName: string;
  metric: string | null;
  /** The metric's tab key: rows of one key share a chart axis, rows of another never do. */
  metricKey: string;
  setting: string | null;
  unit: string;
  higherIsBetter: boolean | null;
  cells: CompareCell[];
  claimCount: number;
}

export interface Comparison {
  models: { slug: string; name: string }[];
  missing: string[];
  rows: CompareRow[];
}

export async function getComparison(db: Kysely<Database>, slugs: readonly string[]): Promise<Comparison> {
  const found = await findModels(db, slugs);
  const models = slugs.flatMap((s) => found.filter((m) => m.slug === s));
  const records = await bestClaimsPerCell(
    db,
    models.map((m) => m.id),
  );
  const groups = new Map<string, ClaimView[]>();
  const counts = new Map<string, number>();
  for (const r of records) {
    const c = toClaimView(r);
    const key = `${c.benchmarkSlug}|${r.metric_key}|${c.setting ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
    counts.set(`${key}|${c.modelSlug}`, Number(r.n));
  }
  const rows: CompareRow[] = [];
  for (const [key, claims] of groups) {
    if (new Set(claims.map((c) => c.modelSlug)).size < 2) continue;
    rows.push(
      buildRow(
        key,
        claims,
        models.map((m) => m.slug),
        counts,
      ),
    );
  }
  rows.sort((a, b) => b.claimCount - a.claimCount || a.benchmarkName.localeCompare(b.benchmarkName));
  return {
    models: models.map((m) => ({ slug: m.slug, name: m.name })),
    missing: slugs.filter((s) => !found.some((m) => m.slug === s)),
    rows,
  };
}

/**
 * The best few claims of each (benchmark, metric, model) cell, with the cell's claim count:
 * ranked in SQL over the claims table alone (an index led by the model holds every column the
 * ranking reads), then only the kept rows are joined to their models, papers and benchmarks.
 */
async function bestClaimsPerCell(db: Kysely<Database>, modelIds: number[]) {
  // Listed claims only, and a setting is its own row: a quantized score never beats a full-precision one.
  const cell = sql`partition by claims.benchmark_id, claims.metric_key, claims.setting, claims.model_id`;
  const ranked = db
    .selectFrom("claims")
    .select([
      "claims.id as cell_id",
      sql<number>`row_number() over (${cell} order by case when coalesce(claims.higher_is_better, 1) = 1 then -claims.value else claims.value end, claims.id)`.as(
        "rn",
      ),
      sql<number>`count(*) over (${cell})`.as("n"),
    ])
    .where("claims.model_id", "in", modelIds)
    .where("claims.listed", "=", 1)
    .where("claims.kind", "=", "score")
    .where("claims.benchmark_id", "is not", null);
  return selectClaims(db, EVERY_CLAIM, BY_ID)
    .clearOrderBy()
    .innerJoin(ranked.as("t"), "t.cell_id", "claims.id")
    .select(["claims.metric_key", "t.rn", "t.n"])
    .where("t.rn", "<=", CLAIMS_PER_CELL)
    .orderBy("benchmarks.name")
    .orderBy("t.rn")
    .execute();
}

/** Disagreeing claims shown per cell; the rest are a link away on the claims page. */
export const CLAIMS_PER_CELL = 3;

function buildRow(
  key: string,
  claims: ClaimView[],
  slugs: string[],
  counts: Map<string, number>,
): CompareRow {
  const first = claims[0]!;
  // The direction stored with the claim at ingest; an unknown one ranks higher first.
  const higher = first.higherIsBetter ?? true;
  const pick = (list: ClaimView[]) =>
    list.reduce<ClaimView | null>(
      (best, c) => (!best || (higher ? c.value > best.value : c.value < best.value) ? c : best),
      null,
    );
  const cells = slugs.map((slug) => {
    const own = claims.filter((c) => c.modelSlug === slug);
    return {
      modelSlug: slug,
      claims: own,
      total: counts.get(`${key}|${slug}`) ?? 0,
      best: pick(own),
      isWinner: false,
    };
  });
  const winner = pick(cells.flatMap((c) => (c.best ? [c.best] : [])));
  for (const cell of cells) cell.isWinner = winner !== null && cell.best?.value === winner.value;
  const claimCount = cells.reduce((a, c) => a + c.total, 0);
  return {
    key,
    benchmarkSlug: first.benchmarkSlug!,
    benchmarkName: first.benchmarkName!,
    metric: first.metric,
    metricKey: first.metricKey,
    setting: first.setting,
    unit: first.unit,
    higherIsBetter: higher,
    cells,
    claimCount,
  };
}

export interface CompareSuggestion {
  slug: string;
  name: string;
  /** Benchmarks it has listed claims on that the picked models have too. */
  shared: number;
}

const MAX_SUGGESTIONS = 8;

/** Models worth adding: those sharing the most leaderboards with the ones already picked. */
export async function suggestForComparison(
  db: Kysely<Database>,
  slugs: readonly string[],
): Promise<CompareSuggestion[]> {
  const picked = (await findModels(db, slugs)).map((m) => m.id);
  if (picked.length === 0) return [];
  const theirs = db
    .selectFrom("claims")
    .select("claims.benchmark_id")
    .where("claims.model_id", "in", picked)
    .where("claims.listed", "=", 1);
  // Each (board, model) pair once, read in the order of the (benchmark, model, ...) index: counting
  // pairs then costs one pass over that index, where count(distinct) per model sorted every claim.
  const pairs = db
    .selectFrom("claims")
    .select(["claims.benchmark_id", "claims.model_id"])
    .distinct()
    .where("claims.listed", "=", 1)
    .where("claims.benchmark_id", "in", theirs)
    .as("pairs");
  const rows = await db
    .selectFrom(pairs)
    .innerJoin("models", "models.id", "pairs.model_id")
    .select(["models.key as slug", "models.name", sql<number>`count(*)`.as("shared")])
    .where("pairs.model_id", "not in", picked)
    .groupBy(["models.id", "models.key", "models.name"])
    .orderBy("shared", "desc")
    .orderBy("models.name")
    .limit(MAX_SUGGESTIONS)
    .execute();
  return rows.map((r) => ({ slug: r.slug, name: r.name, shared: Number(r.shared) }));
}
