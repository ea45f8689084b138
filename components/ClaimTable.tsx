/**
 * The sortable, column-configurable claims table (TanStack Table), rendered on the server: sorting
 * and hidden columns live in the URL (`sort`, `dir`, `hide`), so a header or a column toggle is a
 * link, the view is shareable and works without JavaScript, and the CSV export (same parameters)
 * has the same rows. No table code is sent to the browser.
 */
import { createTable, flexRender, getCoreRowModel, type ColumnDef, type Table } from "@tanstack/react-table";
import Link from "next/link";
import type { ClaimView } from "@/db/queries/claim-rows";
import { formatDate, formatValue, hrefWith } from "./format";
import { benchmarkHref, modelHref, paperHref } from "./routes";
import type { ColumnKey } from "@/db/views/url-params";
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
  /** Columns the reader switched off (`hide`). */
  hidden: ColumnKey[];
  sort: string;
  dir: "asc" | "desc";
  path: string;
  params: Record<string, string | undefined>;
  caption: string;
}

/** A TanStack table over the rows, in the state the URL gives (useReactTable without the hook). */
function buildTable(rows: ClaimRowData[], columns: ColumnKey[], hidden: ColumnKey[]): Table<ClaimRowData> {
  const defs: ColumnDef<ClaimRowData>[] = columns.map((key) => ({
    id: key,
    header: COLUMNS[key].header,
    cell: (ctx) => COLUMNS[key].cell(ctx.row.original),
  }));
  const table = createTable<ClaimRowData>({
    data: rows,
    columns: defs,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: {},
    onStateChange: () => undefined,
    renderFallbackValue: null,
  });
  const columnVisibility = Object.fromEntries(hidden.map((key) => [key, false]));
  table.setOptions((prev) => ({ ...prev, state: { ...table.initialState, columnVisibility } }));
  return table;
}

export function ClaimTable({ rows, columns, hidden, sort, dir, path, params, caption }: ClaimTableProps) {
  const table = buildTable(rows, columns, hidden);
  // Each toggle is a link to this view with that one column's visibility flipped.
  const toggled = (key: ColumnKey) => {
    const next = hidden.includes(key) ? hidden.filter((k) => k !== key) : [...hidden, key];
    return hrefWith(path, params, { hide: next.join(",") || undefined });
  };
  return (
    <div className="table-block">
      <details className="columns-menu">
        <summary>Columns</summary>
        {table.getAllLeafColumns().map((column) => {
          const visible = column.getIsVisible();
          const header = COLUMNS[column.id as ColumnKey].header;
          return (
            <Link
              key={column.id}
              scroll={false}
              href={toggled(column.id as ColumnKey)}
              aria-label={`${visible ? "Hide" : "Show"} the ${header} column`}
              data-testid={`column-${column.id}`}
            >
              <span aria-hidden="true">{visible ? "☑" : "☐"}</span> {header}
            </Link>
          );
        })}
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
                <td colSpan={table.getVisibleLeafColumns().length} className="empty">
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
