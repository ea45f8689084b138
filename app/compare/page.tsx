import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import { type CompareRow, DETAIL_ROWS, getComparison, suggestForComparison } from "@/db/queries/compare";
import { directionLabel } from "@/components/format";
import { cachedQuery } from "@/db/server";
import { CompareParams, parseParams } from "@/db/views/url-params";
import { CompareChart } from "@/components/charts";
import { DownloadCsv } from "@/components/DownloadCsv";
import { ModelPicker } from "@/components/ModelPicker";
import { ParamError } from "@/components/ParamError";
import { CompareTable } from "@/components/CompareTable";
import { Suggestions } from "@/components/CompareSuggestions";

export const metadata: Metadata = pageMetadata("Compare models");

// The busiest shared benchmarks first; a table of thousands of rows helps nobody (the CSV has all).
const MAX_ROWS = DETAIL_ROWS;
const MAX_CHART_GROUPS = 12;
const MAX_CHARTS = 6;
const MAX_MODELS = 6;

/** One chart per metric: AP and FPS never share an axis. The metrics with most shared rows first. */
function chartGroups(rows: CompareRow[]): CompareRow[][] {
  const byMetric = new Map<string, CompareRow[]>();
  for (const row of rows) byMetric.set(row.metricKey, [...(byMetric.get(row.metricKey) ?? []), row]);
  return [...byMetric.values()]
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_CHARTS)
    .map((group) => group.slice(0, MAX_CHART_GROUPS));
}

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = parseParams(CompareParams, await searchParams);
  const slugs = parsed.ok ? parsed.data.models : [];
  const [cmp, suggestions] = await Promise.all([
    cachedQuery("compare", getComparison, slugs),
    cachedQuery("compare-suggestions", suggestForComparison, slugs),
  ]);
  const enough = cmp.models.length >= 2;
  return (
    <>
      <h1>Compare models</h1>
      {!parsed.ok && <ParamError message={parsed.error} resetHref="/compare" />}
      {cmp.missing.length > 0 && (
        <p role="alert" className="param-error">
          Unknown model{cmp.missing.length > 1 ? "s" : ""}: {cmp.missing.join(", ")}.
        </p>
      )}
      <ModelPicker selected={cmp.models} />
      {cmp.models.length < MAX_MODELS && (
        <Suggestions picked={cmp.models.map((m) => m.slug)} suggestions={suggestions} />
      )}
      {!enough && <p>Pick at least two models to see the benchmarks they share.</p>}
      {enough && cmp.rows.length === 0 && (
        <p>These models share no benchmark with a score for two of them or more.</p>
      )}
      {enough && cmp.rows.length > 0 && (
        <>
          <div className="toolbar">
            <h2>
              {cmp.rowCount} shared benchmarks
              {cmp.rowCount > MAX_ROWS ? ` (the ${MAX_ROWS} with most claims shown)` : ""}
            </h2>
            <DownloadCsv view="compare" params={{ models: slugs.join(",") }} />
          </div>
          <CompareTable comparison={cmp} maxRows={MAX_ROWS} />
          {chartGroups(cmp.rows).map((rows) => (
            <CompareChart
              key={rows[0]!.metricKey}
              label={`${rows[0]!.metric ?? "Unstated metric"}: best value per model (${directionLabel(rows[0]!.higherIsBetter).text})`}
              models={cmp.models}
              data={rows.map((row) => ({
                label: `${row.benchmarkName}${row.setting ? ` (${row.setting})` : ""}`,
                ...Object.fromEntries(
                  row.cells.flatMap((cell) =>
                    cell.best
                      ? [
                          [cell.modelSlug, cell.best.value],
                          [`${cell.modelSlug}__href`, cell.best.href],
                        ]
                      : [],
                  ),
                ),
              }))}
            />
          ))}
        </>
      )}
    </>
  );
}
