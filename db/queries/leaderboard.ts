/** One benchmark's leaderboard: the rows of one metric, ranked direction-aware, and its charts' data. */
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import type { LeaderboardQuery } from "../views/params";
import { benchmarkMetrics, findBenchmark, NO_METRIC, type MetricOption } from "./benchmarks";
import { selectClaims, toClaimView, type ClaimView } from "./claim-rows";

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
  dir: "asc" | "desc";
  rows: LeaderboardRow[];
  /** Best value per model, best first: the ranking chart. */
  ranking: LeaderboardRow[];
  /** The best value so far, each time it improved, by paper date. */
  timeline: TimelinePoint[];
}

export async function getLeaderboard(db: Kysely<Database>, slug: string, query: LeaderboardQuery): Promise<Leaderboard | null> {
  const benchmark = await findBenchmark(db, slug);
  if (!benchmark) return null;
  const metrics = await benchmarkMetrics(db, benchmark.id, query.kind);
  const metric = metrics.find((m) => m.key === (query.metric ?? "").toLowerCase()) ?? metrics[0] ?? null;
  const higher = metric?.higherIsBetter !== false;
  const dir = query.dir ?? (query.sort === "value" ? (higher ? "desc" : "asc") : "asc");
  const filter = { benchmarkId: benchmark.id, metric: metric === null ? undefined : metric.key === NO_METRIC ? null : metric.key, kind: query.kind, self: query.self, q: query.q };
  const records = metric ? await selectClaims(db, filter, { sort: query.sort, dir }).execute() : [];
  const rows = rankRows(records.map(toClaimView), higher);
  return { benchmark: { slug: benchmark.slug, name: benchmark.name }, metrics, metric, dir, rows, ranking: bestPerModel(rows, higher), timeline: bestSoFar(rows, higher) };
}

const better = (a: number, b: number, higher: boolean) => (higher ? a > b : a < b);

/** Rank 1 is the best value; equal values share a rank. Independent of the table's sort. */
export function rankRows(rows: ClaimView[], higher: boolean): LeaderboardRow[] {
  const values = rows.map((r) => r.value).sort((a, b) => (higher ? b - a : a - b));
  return rows.map((r) => ({ ...r, rank: values.findIndex((v) => v === r.value) + 1 }));
}

function bestPerModel(rows: LeaderboardRow[], higher: boolean): LeaderboardRow[] {
  const best = new Map<string, LeaderboardRow>();
  for (const r of rows) {
    const cur = best.get(r.modelSlug);
    if (!cur || better(r.value, cur.value, higher)) best.set(r.modelSlug, r);
  }
  return [...best.values()].sort((a, b) => (higher ? b.value - a.value : a.value - b.value)).slice(0, 20);
}

function bestSoFar(rows: LeaderboardRow[], higher: boolean): TimelinePoint[] {
  const dated = rows.filter((r) => r.published).sort((a, b) => (a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0));
  const points: TimelinePoint[] = [];
  for (const r of dated) {
    const last = points.at(-1);
    if (!last || better(r.value, last.value, higher)) points.push({ date: r.published!, value: r.value, model: r.modelName, href: r.href });
  }
  return new Set(dated.map((r) => r.published)).size > 1 ? points : [];
}
