import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import { getComparison } from "@/db/queries/compare";
import { cachedQuery } from "@/db/server";
import { CompareParams, parseParams } from "@/db/views/url-params";
import { CompareChart } from "@/components/charts";
import { DownloadCsv } from "@/components/DownloadCsv";
import { ModelPicker } from "@/components/ModelPicker";
import { ParamError } from "@/components/ParamError";
import { CompareTable } from "@/components/CompareTable";

export const metadata: Metadata = pageMetadata("Compare models");

// The busiest shared benchmarks first; a table of thousands of rows helps nobody (the CSV has all).
const MAX_ROWS = 200;
const MAX_CHART_GROUPS = 12;

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = parseParams(CompareParams, await searchParams);
  const slugs = parsed.ok ? parsed.data.models : [];
  const cmp = await cachedQuery("compare", getComparison, slugs);
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
      {!enough && <p>Pick at least two models to see the benchmarks they share.</p>}
      {enough && cmp.rows.length === 0 && (
        <p>These models share no benchmark with a score for two of them or more.</p>
      )}
      {enough && cmp.rows.length > 0 && (
        <>
          <div className="toolbar">
            <h2>
              {cmp.rows.length} shared benchmarks
              {cmp.rows.length > MAX_ROWS ? ` (the ${MAX_ROWS} with most claims shown)` : ""}
            </h2>
            <DownloadCsv view="compare" params={{ models: slugs.join(",") }} />
          </div>
          <CompareTable comparison={cmp} maxRows={MAX_ROWS} />
          <CompareChart
            label="Shared benchmarks, best value per model"
            models={cmp.models}
            data={cmp.rows.slice(0, MAX_CHART_GROUPS).map((row) => ({
              label: `${row.benchmarkName} · ${row.metric ?? "?"}${row.setting ? ` (${row.setting})` : ""}`,
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
        </>
      )}
    </>
  );
}
