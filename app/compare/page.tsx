import type { Metadata } from "next";
import Link from "next/link";
import { getComparison } from "@/db/queries/compare";
import { cachedQuery } from "@/db/server";
import { CompareParams, parseParams } from "@/db/views/params";
import { CompareChart } from "@/components/charts";
import { DownloadCsv } from "@/components/DownloadCsv";
import { ModelPicker } from "@/components/ModelPicker";
import { ParamError } from "@/components/ParamError";
import { directionLabel, formatValue } from "@/components/format";
import { benchmarkHref, modelHref } from "@/components/routes";

export const metadata: Metadata = { title: "Compare models" };

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
          <div className="table-scroll">
            <table className="claims compare" data-testid="compare-table">
              <caption>
                Best value per model; the winner is highlighted (direction-aware). Several values mean papers
                disagree.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Benchmark · metric</th>
                  {cmp.models.map((m) => (
                    <th key={m.slug} scope="col" className="num">
                      <Link href={modelHref(m.slug)}>{m.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cmp.rows.slice(0, MAX_ROWS).map((row) => (
                  <tr key={row.key} data-testid="compare-row">
                    <th scope="row">
                      <Link
                        href={benchmarkHref(row.benchmarkSlug, {
                          metric: (row.metric ?? "none").toLowerCase(),
                          setting: row.setting,
                        })}
                      >
                        {row.benchmarkName}
                      </Link>{" "}
                      · {row.metric ?? "unstated"}
                      {row.setting ? ` (${row.setting})` : ""}{" "}
                      <span className="muted" title={directionLabel(row.higherIsBetter).text}>
                        {directionLabel(row.higherIsBetter).arrow}
                      </span>
                    </th>
                    {row.cells.map((cell) => (
                      <td
                        key={cell.modelSlug}
                        className={`num${cell.isWinner ? " winner" : ""}`}
                        data-winner={cell.isWinner || undefined}
                      >
                        {cell.claims.length === 0 && <span className="muted">—</span>}
                        {cell.total > cell.claims.length && (
                          <div>
                            <Link
                              className="muted"
                              href={`/claims?kind=score&model=${encodeURIComponent(cell.modelSlug)}&benchmark=${encodeURIComponent(row.benchmarkSlug)}`}
                            >
                              all {cell.total}
                            </Link>
                          </div>
                        )}
                        {cell.claims.map((c) => (
                          <div key={c.id}>
                            <a href={c.href} title={`${c.paperTitle}: ${c.evidence}`} className="value-link">
                              {formatValue(c.value, c.unit)}
                            </a>
                          </div>
                        ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
