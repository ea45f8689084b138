/**
 * Benchmarks and datasets from general knowledge, with the metric their leaderboards usually
 * report (what a score on them means when a paper states no metric). The registries' task lists
 * (registry.generated.json) add names; where both know a name, this table's metric wins, since it
 * is the metric papers write ("accuracy" on GSM8K, not the harness's "exact match").
 * The table is data (curated-benchmarks.json), grouped by field; each row is
 * [name, usual metric or null, area].
 */
import CURATED from "./curated-benchmarks.json";

export type BenchmarkRow = readonly [name: string, metric: string | null, area: string];

/** A row of the JSON table, checked once at load: a malformed row fails loudly instead of matching nothing. */
function toRow(row: readonly (string | null)[], group: string): BenchmarkRow {
  const [name, metric, area] = row;
  if (row.length !== 3 || typeof name !== "string" || typeof area !== "string" || metric === undefined)
    throw new Error(`curated-benchmarks.json, group "${group}": bad row ${JSON.stringify(row)}`);
  return [name, metric, area];
}

export const CURATED_BENCHMARKS: readonly BenchmarkRow[] = Object.entries(CURATED).flatMap(([group, rows]) =>
  rows.map((row) => toRow(row, group)),
);
