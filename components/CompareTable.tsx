/** The compare table: one row per shared benchmark, metric and setting; the best value per model, the winner marked. */
import Link from "next/link";
import { ReportProblem } from "./ReportProblem";
import { ReviewBadge } from "./ReviewBadge";
import type { Comparison } from "@/db/queries/compare";
import { directionLabel, formatValue } from "./format";
import { benchmarkHref, modelHref } from "./routes";

export function CompareTable({ comparison: cmp, maxRows }: { comparison: Comparison; maxRows: number }) {
  return (
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
          {cmp.rows.slice(0, maxRows).map((row) => (
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
              {row.cells.map((cell, i) => (
                <td
                  key={cell.modelSlug}
                  data-label={cmp.models[i]?.name}
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
                      </a>{" "}
                      <ReviewBadge claim={c} /> <ReportProblem claimId={c.id} />
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
