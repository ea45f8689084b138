/** Benchmarks: the searchable list with claim counts and leaders, and one benchmark's metrics. */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from "kysely";
import type { Database } from "../schema";
import { hasLeaderboard } from "./has-claims";
import type { BenchmarkIndexQuery, BenchmarkSort } from "../views/url-params";
import { ALL, STANDARD_SETTING } from "../views/url-params";
import { containsText } from "./text-match";
import { metricKey } from "../../extract/gazetteer/metric-synonyms";
import { HUMAN_BASELINE } from "../../extract/refiners/human-baseline";
import { countOf } from "./count";

export interface MetricOption {
  /** URL value: the metric lower-cased, or "none" for claims with no stated metric. */
  key: string;
  label: string;
  higherIsBetter: boolean | null;
  count: number;
}

export interface BenchmarkSummary {
  slug: string;
  name: string;
  area: string | null;
  claims: number;
  scores: number;
  /** Models with a claim on it. */
  models: number;
  /** The publication date of the newest paper with a claim on it. */
  newest: string | null;
  leaders: { metric: string; model: string; modelSlug: string; value: number; unit: string }[];
}

export interface SettingOption {
  /** URL value: the setting, or "standard" for claims that state none. */
  key: string;
  label: string;
  count: number;
}

/** The settings of one metric's listed claims: the standard setting first, then by claim count. */
export async function benchmarkSettings(
  db: Kysely<Database>,
  benchmarkId: number,
  metricKey: string,
  kind: string,
): Promise<SettingOption[]> {
  const rows = await db
    .selectFrom("claims")
    .select(["claims.setting", sql<number>`count(*)`.as("count")])
    .where("claims.benchmark_id", "=", benchmarkId)
    .where("claims.listed", "=", 1)
    .where("claims.metric_key", "=", metricKey)
    .$if(kind !== "all", (q) => q.where("claims.kind", "=", kind as "score"))
    .groupBy("claims.setting")
    .execute();
  return rows
    .map((r) => ({
      key: r.setting ?? STANDARD_SETTING,
      label: r.setting ?? "standard setting",
      count: Number(r.count),
    }))
    .sort(
      (a, b) =>
        Number(b.key === STANDARD_SETTING) - Number(a.key === STANDARD_SETTING) ||
        b.count - a.count ||
        a.key.localeCompare(b.key),
    );
}

export async function findBenchmark(db: Kysely<Database>, slug: string) {
  return db
    .selectFrom("benchmarks")
    .select(["id", "key as slug", "name"])
    .where("key", "=", slug)
    .executeTakeFirst();
}

/**
 * Metrics with listed claims on a benchmark (synonyms as one), most claims first, each with its
 * direction. The counts come from the board index alone; the names and directions from the
 * benchmark's few metric rows, so a board of 100,000 claims never reads them one by one.
 */
export async function benchmarkMetrics(
  db: Kysely<Database>,
  benchmarkId: number,
  kind: string,
): Promise<MetricOption[]> {
  const [counts, named] = await Promise.all([
    db
      .selectFrom("claims")
      .select(["claims.metric_key as key", sql<number>`count(*)`.as("count")])
      .where("claims.benchmark_id", "=", benchmarkId)
      .where("claims.listed", "=", 1)
      .$if(kind !== "all", (q) => q.where("claims.kind", "=", kind as "score"))
      .groupBy("claims.metric_key")
      .execute(),
    db
      .selectFrom("benchmark_metrics")
      .select(["metric", "higher_is_better"])
      .where("benchmark_id", "=", benchmarkId)
      .orderBy("metric")
      .execute(),
  ]);
  return counts
    .map((r) => {
      // The first spelling in order names the tab ("AP" before "mAP"), as min(metric) did.
      const spelled = named.filter((m) => metricKey(m.metric) === r.key);
      const directions = spelled.flatMap((m) => (m.higher_is_better === null ? [] : [m.higher_is_better]));
      return {
        key: r.key,
        label: spelled[0]?.metric ?? "unstated metric",
        // Stored at ingest from the metric lexicon; null when the metric's direction is unknown.
        higherIsBetter: directions.length === 0 ? null : Math.max(...directions) === 1,
        count: Number(r.count),
      };
    })
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Which benchmarks an index lists: those whose name contains q, in an area; every field but q optional. */
export type BenchmarkFilter = Pick<BenchmarkIndexQuery, "q"> & Partial<Omit<BenchmarkIndexQuery, "q">>;

/** What each sort orders by (name breaks ties, and is the whole of the "name" sort). */
const BENCHMARK_ORDER: Record<BenchmarkSort, RawBuilder<unknown> | null> = {
  claims: sql`claims desc`,
  models: sql`models desc`,
  newest: sql`newest desc nulls last`,
  name: null,
};

/** All benchmarks with a leaderboard matching the filter, with counts and the top score per metric. */
export async function listBenchmarks(
  db: Kysely<Database>,
  filter: BenchmarkFilter,
  limit = 500,
  offset = 0,
): Promise<BenchmarkSummary[]> {
  const order = BENCHMARK_ORDER[filter.sort ?? "claims"];
  const rows = await db
    .selectFrom("benchmarks")
    .innerJoin("claims", "claims.benchmark_id", "benchmarks.id")
    .innerJoin("papers", "papers.id", "claims.paper_id")
    .select([
      "benchmarks.id",
      "benchmarks.key as slug",
      "benchmarks.name",
      "benchmarks.area",
      sql<number>`count(*)`.as("claims"),
      sql<number>`count(*) filter (where claims.kind = 'score')`.as("scores"),
      sql<number>`count(distinct claims.model_id)`.as("models"),
      sql<string | null>`max(papers.published)`.as("newest"),
    ])
    .$call(whereBenchmarkMatches(filter))
    .groupBy("benchmarks.id")
    // A leaderboard exists where at least one claim is fit to rank ("a broad range of benchmarks" is not one).
    .having(sql<number>`count(*) filter (where claims.listed = 1)`, ">", 0)
    .$if(order !== null, (qb) => qb.orderBy(order!))
    .orderBy(sql`lower(benchmarks.name)`)
    .limit(limit)
    .offset(offset)
    .execute();
  const leaders = await topScores(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    area: r.area,
    claims: Number(r.claims),
    scores: Number(r.scores),
    models: Number(r.models),
    newest: r.newest,
    leaders: leaders.get(r.id) ?? [],
  }));
}

/**
 * The best score per (benchmark, metric), direction-aware, found in SQL: an aggregate of the best
 * value per group, joined back (through the leaderboard index) to the claims that reached it. The
 * home page at a million claims must not pull every score into memory to keep one per metric.
 */
async function topScores(
  db: Kysely<Database>,
  ids: number[],
): Promise<Map<number, BenchmarkSummary["leaders"]>> {
  const out = new Map<number, BenchmarkSummary["leaders"]>();
  if (ids.length === 0) return out;
  const signed = sql<number>`case when claims.higher_is_better = 0 then -claims.value else claims.value end`;
  // Leaders are models: a human baseline is shown on its leaderboard, never as a benchmark's leader.
  const notHuman = sql<boolean>`coalesce(claims.setting, '') not like ${HUMAN_BASELINE + "%"}`;
  const best = db
    .selectFrom("claims")
    .select(["claims.benchmark_id", "claims.metric_key", sql<number>`max(${signed})`.as("best")])
    .where("claims.kind", "=", "score")
    .where("claims.listed", "=", 1)
    .where("claims.benchmark_id", "in", ids)
    .where(notHuman)
    .groupBy(["claims.benchmark_id", "claims.metric_key"]);
  const rows = await db
    .selectFrom(best.as("b"))
    .innerJoin("claims", (j) =>
      j.onRef("claims.benchmark_id", "=", "b.benchmark_id").onRef("claims.metric_key", "=", "b.metric_key"),
    )
    .innerJoin("models", "models.id", "claims.model_id")
    .select([
      "claims.benchmark_id",
      "claims.metric_key",
      "claims.metric",
      "claims.value",
      "claims.unit",
      "models.name",
      "models.key",
    ])
    .where("claims.kind", "=", "score")
    .where("claims.listed", "=", 1)
    .where(sql<boolean>`${signed} = b.best`)
    .where(notHuman)
    .orderBy("claims.metric")
    .orderBy("claims.id")
    .execute();
  const seen = new Set<string>();
  for (const r of rows) {
    const group = `${r.benchmark_id}\u0000${r.metric_key}`;
    if (seen.has(group)) continue;
    seen.add(group);
    const list = out.get(r.benchmark_id ?? -1) ?? [];
    list.push({ metric: r.metric ?? "", model: r.name, modelSlug: r.key, value: r.value, unit: r.unit });
    out.set(r.benchmark_id ?? -1, list);
  }
  return out;
}

export async function countBenchmarks(db: Kysely<Database>, filter: BenchmarkFilter): Promise<number> {
  return countOf(
    db
      .selectFrom("benchmarks")
      .select("benchmarks.id")
      .where(hasLeaderboard)
      .$call(whereBenchmarkMatches(filter)),
  );
}

/** The name and area conditions both the list and its count apply. */
function whereBenchmarkMatches(filter: BenchmarkFilter) {
  return <TB extends keyof Database, O>(
    qb: SelectQueryBuilder<Database, TB | "benchmarks", O>,
  ): SelectQueryBuilder<Database, TB | "benchmarks", O> =>
    qb
      .$if(filter.q !== "", (b) => b.where(containsText("benchmarks.name", filter.q)))
      .$if(filter.area !== undefined && filter.area !== ALL, (b) =>
        b.where(sql<boolean>`${sql.ref("benchmarks.area")} = ${filter.area}`),
      );
}

/** The areas benchmarks with a leaderboard belong to, for the area filter (only ones that list something). */
export async function benchmarkAreas(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom("benchmarks")
    .select("benchmarks.area")
    .where("benchmarks.area", "is not", null)
    .where(hasLeaderboard)
    .distinct()
    .orderBy("benchmarks.area")
    .execute();
  return rows.map((r) => r.area ?? "");
}
