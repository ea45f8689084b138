/**
 * One benchmark's leaderboard: one metric's claims, ranked direction-aware in SQL (a window
 * function, so a page of 100 rows never loads the other 100,000), plus its charts' data.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { metricKey } from "../../extract/gazetteer/metric-synonyms";
import { SIZE_RANGES, type SizeRange, STANDARD_SETTING, type LeaderboardQuery } from "../views/url-params";
import {
  benchmarkMetrics,
  benchmarkSettings,
  findBenchmark,
  type MetricOption,
  type SettingOption,
} from "./benchmarks";
import { selectClaims, toClaimView, type ClaimFilter, type ClaimRecord, type ClaimView } from "./claim-rows";
import { countModelsOf, countOf } from "./count";

export interface LeaderboardRow extends ClaimView {
  rank: number;
}

export interface TimelinePoint {
  date: string;
  value: number;
  model: string;
  href: string;
}

export interface Leaderboard {
  benchmark: { slug: string; name: string };
  metrics: MetricOption[];
  metric: MetricOption | null;
  /** Settings of the chosen metric: rows of different settings are never ranked together. */
  settings: SettingOption[];
  setting: SettingOption | null;
  dir: "asc" | "desc";
  rows: LeaderboardRow[];
  total: number;
  /** Best value per model, best first (at most 20): the ranking chart. */
  ranking: LeaderboardRow[];
  /** The best value so far, each time it improved, by paper date. */
  timeline: TimelinePoint[];
}

export async function getLeaderboard(
  db: Kysely<Database>,
  slug: string,
  query: LeaderboardQuery,
  options: { allRows?: boolean } = {},
): Promise<Leaderboard | null> {
  const benchmark = await findBenchmark(db, slug);
  if (!benchmark) return null;
  const metrics = await benchmarkMetrics(db, benchmark.id, query.kind);
  const metric = metrics.find((m) => m.key === metricKey(query.metric ?? null)) ?? metrics[0] ?? null;
  const settings = metric ? await benchmarkSettings(db, benchmark.id, metric.key, query.kind) : [];
  const setting = settings.find((s) => s.key === query.setting) ?? settings[0] ?? null;
  const dir =
    query.dir ?? (query.sort === "value" ? (metric?.higherIsBetter === false ? "asc" : "desc") : "asc");
  const empty = {
    benchmark: { slug: benchmark.slug, name: benchmark.name },
    metrics,
    metric,
    settings,
    setting,
    dir,
    rows: [],
    total: 0,
    ranking: [],
    timeline: [],
  };
  if (!metric || !setting) return empty;
  const best = metric.higherIsBetter === false ? sql.raw("asc") : sql.raw("desc");
  const filter: ClaimFilter = {
    benchmarkId: benchmark.id,
    metricKey: metric.key,
    kind: query.kind,
    self: query.self,
    q: query.q,
    listed: true,
    setting: setting.key === STANDARD_SETTING ? null : setting.key,
    from: query.from,
    to: query.to,
    size: sizeFilter(query.size),
    bestPerModel: query.rows === "best" ? (metric.higherIsBetter === false ? "lower" : "higher") : undefined,
  };
  const ranked = selectClaims(db, filter, { sort: query.sort, dir }).select(
    sql<number>`rank() over (order by claims.value ${best})`.as("rank"),
  );
  const page = options.allRows ? ranked : ranked.limit(query.per).offset((query.page - 1) * query.per);
  const [records, counted, ranking, timeline] = await Promise.all([
    page.execute(),
    // Each model's best row, with no filter that could hide a best row: one row per model on the board.
    filter.bestPerModel && !query.q && query.self === "all" && query.size === "any"
      ? countModelsOf(selectClaims(db, { ...filter, bestPerModel: undefined }, { sort: "value", dir }))
      : countOf(selectClaims(db, filter, { sort: "value", dir })),
    // Showing each model's best row already, the board's first 20 by value are the ranking.
    filter.bestPerModel
      ? selectClaims(db, filter, { sort: "value", dir: filter.bestPerModel === "lower" ? "asc" : "desc" })
          .limit(20)
          .execute()
      : bestPer(db, filter, best, "claims.model_id", 20),
    // The record at each date is the best of every claim by then, each model's weaker ones included.
    bestPer(db, { ...filter, bestPerModel: undefined }, best, "papers.published", 5000),
  ]);
  return {
    ...empty,
    rows: records.map((r) => ({ ...toClaimView(r), rank: Number(r.rank) })),
    total: counted,
    ranking: ranking
      .map((r) => ({ ...toClaimView(r), rank: 0 }))
      .sort((a, b) => (metric.higherIsBetter === false ? a.value - b.value : b.value - a.value)),
    timeline: bestSoFar(ranking.length ? timeline : [], metric.higherIsBetter !== false),
  };
}

/** The best claim of each group (model, or paper date), via row_number over the filtered claims. */
async function bestPer(
  db: Kysely<Database>,
  filter: ClaimFilter,
  best: ReturnType<typeof sql.raw>,
  partition: "claims.model_id" | "papers.published",
  limit: number,
): Promise<ClaimRecord[]> {
  const inner = selectClaims(db, filter, { sort: "value", dir: "desc" })
    .clearOrderBy()
    .select(
      sql<number>`row_number() over (partition by ${sql.ref(partition)} order by claims.value ${best}, claims.id)`.as(
        "rn",
      ),
    )
    .$if(partition === "papers.published", (q) => q.where("papers.published", "is not", null));
  const rows = await db
    .selectFrom(inner.as("t"))
    .selectAll()
    .where("t.rn", "=", 1)
    .orderBy(partition === "papers.published" ? sql`t.published` : sql`t.value ${best}`)
    .limit(limit)
    .execute();
  return rows as unknown as ClaimRecord[];
}

function bestSoFar(perDate: ClaimRecord[], higher: boolean): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  for (const r of perDate.map(toClaimView)) {
    const last = points.at(-1);
    if (!last || (higher ? r.value > last.value : r.value < last.value))
      points.push({ date: r.published!, value: r.value, model: r.modelName, href: r.href });
  }
  return perDate.length > 1 ? points : [];
}

/** A size range's bounds as a claim filter: "any" filters nothing, "unknown" keeps the unsized. */
function sizeFilter(size: SizeRange): ClaimFilter["size"] {
  if (size === "any") return undefined;
  if (size === "unknown") return { unknown: true };
  const range: { min?: number; max?: number } = SIZE_RANGES[size];
  return { min: range.min, max: range.max };
}
