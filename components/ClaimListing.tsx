/**
 * A page's list of claims: the filter form, the CSV download, the table and the pager, wired to the
 * same URL parameters. A server component, the table too: its state is all in the URL.
 */
import type { ReactNode } from "react";
import { ClaimTable, type ClaimRowData } from "./ClaimTable";
import type { ColumnKey } from "@/db/views/url-params";
import { DownloadCsv } from "./DownloadCsv";
import { FilterBar } from "./FilterBar";
import { Pager, redirectPastEnd } from "./Pager";

type UrlParams = Record<string, string | undefined>;

export interface ClaimListingProps {
  path: string;
  /** The parsed query: the filters the form shows and the page it is on. */
  query: {
    q: string;
    self: string;
    kind: string;
    sort: string;
    page: number;
    per: number;
    hide?: ColumnKey[] | undefined;
  };
  kinds: readonly string[];
  /** The query as URL parameters (defaults left out). */
  current: UrlParams;
  /** Which of `current` the filter form carries along (metric, sort...). */
  keep: readonly string[];
  download: { view: string; params: UrlParams };
  rows: ClaimRowData[];
  columns: ColumnKey[];
  dir: "asc" | "desc";
  total: number;
  caption: string;
  /** The Atom feed that follows this listing, if there is one. */
  feed?: string;
  /** More fields for the filter form (a leaderboard's size and date range). */
  moreFilters?: ReactNode;
}

export function ClaimListing({
  path,
  query,
  kinds,
  current,
  keep,
  download,
  feed,
  moreFilters,
  ...table
}: ClaimListingProps) {
  const paging = { path, params: current, page: query.page, per: query.per, total: table.total };
  redirectPastEnd(paging);
  return (
    <>
      <div className="toolbar">
        <FilterBar
          action={path}
          q={query.q}
          self={query.self}
          kind={{ value: query.kind, options: kinds }}
          keep={Object.fromEntries(keep.map((k) => [k, current[k]]))}
        >
          {moreFilters}
        </FilterBar>
        <DownloadCsv view={download.view} params={download.params} />
        {feed && (
          <a className="button" href={feed} type="application/atom+xml" data-testid="atom-feed">
            Atom feed
          </a>
        )}
      </div>
      <ClaimTable
        rows={table.rows}
        columns={table.columns}
        hidden={query.hide ?? []}
        sort={query.sort}
        dir={table.dir}
        path={path}
        params={{ ...current, page: query.page > 1 ? String(query.page) : undefined }}
        caption={table.caption}
      />
      <Pager {...paging} />
    </>
  );
}
