/**
 * The table every index page (/benchmarks, /models, /papers) shows: columns are data, so a page states
 * what it lists and this file alone decides the markup, the numeric alignment and the empty state.
 */
import type { ReactNode } from "react";
import { Pager, type Paging } from "./Pager";
import { ParamError } from "./ParamError";

export type IndexColumn<Row> = {
  header: string;
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
};

export function IndexTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  testId = "index-row",
  className = "claims index-table",
}: {
  caption: string;
  columns: IndexColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  empty?: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col" className={c.numeric ? "num" : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} data-testid={testId}>
            {columns.map((c) => (
              <td key={c.header} className={c.numeric ? "num" : undefined} data-label={c.header}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
        {rows.length === 0 && empty && (
          <tr>
            <td colSpan={columns.length} className="empty">
              {empty}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/** A whole index page: its heading, what was wrong with the URL, its filter form, the table and the pager. */
export function IndexPage<Row>({
  title,
  error,
  filter,
  paging,
  ...table
}: Parameters<typeof IndexTable<Row>>[0] & {
  title: string;
  error: string | undefined;
  filter: ReactNode;
  paging: Paging;
}) {
  return (
    <>
      <h1>{title}</h1>
      {error && <ParamError message={error} resetHref={paging.path} />}
      {filter}
      <IndexTable {...table} />
      <Pager {...paging} />
    </>
  );
}
