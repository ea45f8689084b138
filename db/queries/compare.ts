/** Side by side: the benchmarks (and metrics) that 2-6 models share, best value highlighted. */
import type { Kysely } from "kysely";
import { metricDirection } from "../../extract/metric";
import type { Database } from "../schema";
import { selectClaims, toClaimView, type ClaimView } from "./claim-rows";
import { findModels } from "./models";

export interface CompareCell {
  modelSlug: string;
  /** Every claim of this model here; several when papers disagree. */
  claims: ClaimView[];
  best: ClaimView | null;
  isWinner: boolean;
}

export interface CompareRow {
  key: string;
  benchmarkSlug: string;
  benchmarkName: string;
  metric: string | null;
  unit: string;
  higherIsBetter: boolean | null;
  cells: CompareCell[];
}

export interface Comparison {
  models: { slug: string; name: string }[];
  missing: string[];
  rows: CompareRow[];
}

export async function getComparison(db: Kysely<Database>, slugs: readonly string[]): Promise<Comparison> {
  const found = await findModels(db, slugs);
  const models = slugs.flatMap((s) => found.filter((m) => m.slug === s));
  const records = await selectClaims(db, { modelIds: models.map((m) => m.id), kind: "score", self: "all", q: "" }, { sort: "benchmark", dir: "asc" }).execute();
  const groups = new Map<string, ClaimView[]>();
  for (const c of records.map(toClaimView)) {
    if (!c.benchmarkSlug) continue;
    const key = `${c.benchmarkSlug}|${(c.metric ?? "").toLowerCase()}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const rows: CompareRow[] = [];
  for (const [key, claims] of groups) {
    if (new Set(claims.map((c) => c.modelSlug)).size < 2) continue;
    rows.push(buildRow(key, claims, models.map((m) => m.slug)));
  }
  return { models: models.map((m) => ({ slug: m.slug, name: m.name })), missing: slugs.filter((s) => !found.some((m) => m.slug === s)), rows };
}

function buildRow(key: string, claims: ClaimView[], slugs: string[]): CompareRow {
  const first = claims[0]!;
  const higher = first.higherIsBetter ?? metricDirection(first.metric) ?? true;
  const pick = (list: ClaimView[]) => list.reduce<ClaimView | null>((best, c) => (!best || (higher ? c.value > best.value : c.value < best.value) ? c : best), null);
  const cells = slugs.map((slug) => {
    const own = claims.filter((c) => c.modelSlug === slug);
    return { modelSlug: slug, claims: own, best: pick(own), isWinner: false };
  });
  const winner = pick(cells.flatMap((c) => (c.best ? [c.best] : [])));
  for (const cell of cells) cell.isWinner = winner !== null && cell.best?.value === winner.value;
  return { key, benchmarkSlug: first.benchmarkSlug!, benchmarkName: first.benchmarkName!, metric: first.metric, unit: first.unit, higherIsBetter: higher, cells };
}
