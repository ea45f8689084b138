/** Side by side: the benchmarks (and metrics) that 2-6 models share, best value highlighted. */
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { BY_ID, claimHref, EVERY_CLAIM, selectClaims, toClaimView, type ClaimView } from "./claim-rows";
import { bestOfGroups, countCells, type CellClaim, type CellGroup } from "./compare-cells";
import { findModels } from "./models";

export interface CompareCell {
  modelSlug: string;
  /** The best claims of this model here (several when papers disagree), at most CLAIMS_PER_CELL. */
  claims: ClaimView[];
  /** How many claims this model has here in all. */
  total: number;
  /** The best value here and the claim that states it. */
  best: { value: number; href: string } | null;
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
  higherIsBetter: boolean;
  cells: CompareCell[];
  claimCount: number;
}

export interface Comparison {
  models: { slug: string; name: string }[];
  missing: string[];
  /** The busiest shared rows, at most the number asked for. */
  rows: CompareRow[];
  /** How many rows the models share in all. */
  rowCount: number;
}

/** Disagreeing claims shown per cell; the rest are a link away on the claims page. */
export const CLAIMS_PER_CELL = 3;
/** Rows a page shows: a table of thousands of rows helps nobody (the CSV asks for all). */
export const DETAIL_ROWS = 200;

type Row = { benchmarkId: number; groups: number[]; claimCount: number };

export interface CompareOptions {
  /** The busiest rows to return (the page's table); the CSV asks for all. */
  rows?: number;
  /** Whether cells carry their claims: the CSV needs only each cell's best value. */
  claims?: boolean;
}

export async function getComparison(
  db: Kysely<Database>,
  slugs: readonly string[],
  { rows: maxRows = DETAIL_ROWS, claims = true }: CompareOptions = {},
): Promise<Comparison> {
  const found = await findModels(db, slugs);
  const models = slugs.flatMap((s) => found.filter((m) => m.slug === s));
  const groups = await countCells(
    db,
    models.map((m) => m.id),
  );
  const rows = sharedRows(groups);
  const names = await benchmarkNames(db, [...new Set(rows.map((r) => r.benchmarkId))]);
  const name = (r: Row) => names.get(r.benchmarkId)?.name ?? "";
  rows.sort((a, b) => b.claimCount - a.claimCount || name(a).localeCompare(name(b)));
  const shown = rows.slice(0, maxRows);
  const detailed = shown.flatMap((r) => r.groups);
  const best = await bestOfGroups(
    db,
    detailed.map((i) => groups[i]!),
    CLAIMS_PER_CELL,
  );
  const byGroup = new Map(detailed.map((g, j) => [g, best[j]!]));
  const views = claims
    ? await claimViews(
        db,
        best.flat().map((c) => c.id),
      )
    : new Map<number, ClaimView>();
  return {
    models: models.map((m) => ({ slug: m.slug, name: m.name })),
    missing: slugs.filter((s) => !found.some((m) => m.slug === s)),
    rows: shown.map((r) =>
      buildRow(r, groups, byGroup, views, models, names.get(r.benchmarkId) ?? { slug: "", name: "" }),
    ),
    rowCount: rows.length,
  };
}

/** Groups of one benchmark, metric and setting, kept when two models or more have claims there. */
function sharedRows(groups: CellGroup[]): Row[] {
  const byKey = new Map<string, Row>();
  groups.forEach((g, i) => {
    const key = `${g.benchmarkId}|${g.metricKey}|${g.setting ?? ""}`;
    const row = byKey.get(key) ?? { benchmarkId: g.benchmarkId, groups: [], claimCount: 0 };
    row.groups.push(i);
    row.claimCount += g.n;
    byKey.set(key, row);
  });
  return [...byKey.values()].filter((r) => new Set(r.groups.map((i) => groups[i]!.modelId)).size >= 2);
}

async function benchmarkNames(db: Kysely<Database>, ids: number[]) {
  if (ids.length === 0) return new Map<number, { slug: string; name: string }>();
  const rows = await db
    .selectFrom("benchmarks")
    .select(["id", "key", "name"])
    .where("id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { slug: r.key, name: r.name }]));
}

async function claimViews(db: Kysely<Database>, ids: number[]): Promise<Map<number, ClaimView>> {
  if (ids.length === 0) return new Map();
  const records = await selectClaims(db, EVERY_CLAIM, BY_ID).where("claims.id", "in", ids).execute();
  return new Map(records.map((r) => [r.id, toClaimView(r)]));
}

function buildRow(
  row: Row,
  groups: CellGroup[],
  byGroup: Map<number, CellClaim[]>,
  views: Map<number, ClaimView>,
  models: { id: number; slug: string }[],
  benchmark: { slug: string; name: string },
): CompareRow {
  const first = groups[row.groups[0]!]!;
  // The direction stored with the claims at ingest; an unknown one ranks higher first.
  const higher = (row.groups.map((i) => groups[i]!.higher).find((h) => h !== null) ?? 1) !== 0;
  const better = (a: CellClaim, b: CellClaim) => (higher ? b.value - a.value : a.value - b.value);
  const cells = models.map((m) => {
    const own = row.groups.filter((i) => groups[i]!.modelId === m.id);
    const claims = own.flatMap((i) => byGroup.get(i) ?? []).sort(better);
    return { modelSlug: m.slug, own: claims, total: own.reduce((n, i) => n + groups[i]!.n, 0) };
  });
  const leader = cells.flatMap((c) => c.own.slice(0, 1)).sort(better)[0];
  return {
    key: `${benchmark.slug}|${first.metricKey}|${first.setting ?? ""}`,
    benchmarkSlug: benchmark.slug,
    benchmarkName: benchmark.name,
    metric: leader?.metric ?? null,
    metricKey: first.metricKey,
    setting: first.setting,
    unit: leader?.unit ?? "",
    higherIsBetter: higher,
    cells: cells.map(({ modelSlug, own, total }) => {
      const top = own[0];
      return {
        modelSlug,
        claims: own.slice(0, CLAIMS_PER_CELL).flatMap((c) => views.get(c.id) ?? []),
        total,
        best: top ? { value: top.value, href: claimHref(top.paperId, top.ordinal) } : null,
        isWinner: top !== undefined && leader !== undefined && top.value === leader.value,
      };
    }),
    claimCount: row.claimCount,
  };
}

export { suggestForComparison, type CompareSuggestion } from "./compare-suggestions";
