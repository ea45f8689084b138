"use client";
/**
 * The sortable, column-configurable claims table (TanStack Table). Sorting is done by the server
 * from the URL: a header is a link to the same view with `sort`/`dir` changed, so the order is
 * shareable, the back button works, and the CSV export (same parameters) has the same rows.
 */
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type VisibilityState,
} from "@tanstack/react-table";
import Link from "next/link";
import { useMemo, useState } from "react";
import type { ClaimView } from "@/db/queries/claim-rows";
import { formatDate, formatValue, hrefWith } from "./format";
import { benchmarkHref, modelHref, paperHref } from "./routes";
import type { ColumnKey } from "./claim-columns";
import { ReportProblem } from "./ReportProblem";
import { ReviewBadge } from "./ReviewBadge";

export type ClaimRowData = ClaimView & { rank?: number };
/** Each column: its header, the URL sort key it orders by (if any), and how a cell renders. */
const COLUMNS: Record<
  ColumnKey,
  { header: string; sort?: string; numeric?: boolean; cell: (r: ClaimRowData) => React.ReactNode }
> = {
  rank: { header: "Rank", sort: "value", numeric: true, cell: (r) => r.rank },
  model: {
    header: "Model",
    sort: "model",
    cell: (r) => <Link href={modelHref(r.modelSlug)}>{r.modelName}</Link>,
  },
  benchmark: {
    header: "Benchmark",
    sort: "benchmark",
    cell: (r) =>
      r.benchmarkSlug ? (
        <Link
          href={hrefWith(benchmarkHref(r.benchmarkSlug), {}, { metric: r.listed ? r.metricKey : undefined })}
        >
          {r.benchmarkName}
        </Link>
      ) : (
        <span className="muted">—</span>
      ),
  },
  metric: { header: "Metric", cell: (r) => r.metric ?? <span className="muted">unstated</span> },
  setting: { header: "Setting", cell: (r) => r.setting ?? <span className="muted">standard</span> },
  trust: {
    header: "Listed",
    cell: (r) =>
      r.listed ? (
        <span className="badge listed" title={`confidence ${r.confidence.toFixed(2)}`}>
          listed
        </span>
      ) : (
        <span
          className="badge unlisted"
          title={`confidence ${r.confidence.toFixed(2)}: not on leaderboards (see About)`}
        >
          unlisted
        </span>
      ),
  },
  value: {
    header: "Value",
    sort: "value",
    numeric: true,
    cell: (r) => (
      // A plain link: a real fragment navigation, so the browser scrolls to the claim and :target highlights it.
      <a
        href={r.href}
        className="value-link"
        title={r.evidence}
        data-testid="claim-value"
        data-value={r.value}
      >
        {formatValue(r.value, r.unit)}
      </a>
    ),
  },
  review: {
    header: "Review",
    cell: (r) => (
      <>
        <ReviewBadge claim={r} /> <ReportProblem claimId={r.id} />
      </>
    ),
  },
  kind: {
    header: "Kind",
    sort: "kind",
    cell: (r) => <span className={`kind kind-${r.kind}`}>{r.kind}</span>,
  },
  self: {
    header: "Source",
    sort: "self",
    cell: (r) =>
      r.selfReported ? (
        <span className="badge self">self-reported</span>
      ) : (
        <span className="badge third">third-party</span>
      ),
  },
  paper: {
    header: "Paper",
    sort: "paper",
    cell: (r) => <Link href={paperHref(r.paperId)}>{r.paperTitle}</Link>,
  },
  date: { header: "Date", sort: "date", cell: (r) => <time>{formatDate(r.published)}</time> },
  evidence: {
    header: "Evidence",
    cell: (r) => (
      <details className="evidence">
        <summary>{r.evidence.length > 60 ? `${r.evidence.slice(0, 60)}…` : r.evidence}</summary>
        <q>{r.evidence}</q> <a href={r.href}>in the abstract</a>
      </details>
    ),
  },
  rule: { header: "Rule", cell: (r) => <code>{r.rule}</code> },
};

export interface ClaimTableProps {
  rows: ClaimRowData[];
  columns: ColumnKey[];
  sort: string;
  dir: "asc" | "desc";
  path: string;
  params: Record<string, string | undefined>;
  caption: string;
}

export function ClaimTable({ rows, columns, sort, dir, path, params, caption }: ClaimTableProps) {
  const [visibility, setVisibility] = useState<VisibilityState>({});
  const defs = useMemo<ColumnDef<ClaimRowData>[]>(
    () =>
      columns.map((key) => ({
        id: key,
        header: COLUMNS[key].header,
        cell: (ctx) => COLUMNS[key].cell(ctx.row.original),
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: defs,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { columnVisibility: visibility },
    onColumnVisibilityChange: setVisibility,
  });
  return (
    <div className="table-block">
      <details className="columns-menu">
        <summary>Columns</summary>
        {table.getAllLeafColumns().map((column) => (
          <label key={column.id}>
            <input
              type="checkbox"
              checked={column.getIsVisible()}
              onChange={column.getToggleVisibilityHandler()}
            />{" "}
            {COLUMNS[column.id as ColumnKey].header}
          </label>
        ))}
      </details>
      <div className="table-scroll">
        <table className="claims">
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const col = COLUMNS[header.column.id as ColumnKey];
                  const active =
                    col.sort !== undefined &&
                    col.sort === sort &&
                    (header.column.id !== "rank" || sort === "value");
                  const ariaSort =
                    active && header.column.id !== "rank"
                      ? dir === "asc"
                        ? "ascending"
                        : "descending"
                      : undefined;
                  const nextDir =
                    active && header.column.id !== "rank" ? (dir === "asc" ? "desc" : "asc") : undefined;
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={ariaSort}
                      className={`col-${header.column.id}${col.numeric ? " num" : ""}`}
                    >
                      {col.sort ? (
                        <Link
                          scroll={false}
                          href={hrefWith(path, params, {
                            sort: col.sort,
                            dir: header.column.id === "rank" ? undefined : nextDir,
                          })}
                          data-testid={`sort-${header.column.id}`}
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true" className="sort-mark">
                            {ariaSort === "ascending" ? " ▲" : ariaSort === "descending" ? " ▼" : ""}
                          </span>
                        </Link>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} data-testid="claim-row" id={`row-${row.original.id}`}>
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={`col-${cell.column.id}${COLUMNS[cell.column.id as ColumnKey].numeric ? " num" : ""}`}
                    data-label={COLUMNS[cell.column.id as ColumnKey].header}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="empty">
                  No claims match these filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
