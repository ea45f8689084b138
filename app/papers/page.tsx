/** /papers: every paper, newest first, paginated, within an optional date range. */
import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { countPapers, listPapers } from "@/db/queries/papers";
import type { PaperSummary } from "@/db/queries/papers";
import { cachedQuery } from "@/db/server";
import { PaperIndexParams, parseParams, toUrlParams } from "@/db/views/url-params";
import { formatDate } from "@/components/format";
import { type IndexColumn, IndexPage } from "@/components/IndexTable";
import { pageWithin } from "@/components/Pager";
import { paperHref } from "@/components/routes";

export const metadata: Metadata = pageMetadata("Papers");

const COLUMNS: IndexColumn<PaperSummary>[] = [
  { header: "Paper", cell: (p) => <Link href={paperHref(p.id)}>{p.title}</Link> },
  { header: "Date", cell: (p) => <time>{formatDate(p.published)}</time> },
  { header: "Claims", numeric: true, cell: (p) => p.claims },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PapersPage({ searchParams }: Props) {
  const parsed = parseParams(PaperIndexParams, await searchParams);
  const query = parsed.ok ? parsed.data : PaperIndexParams.parse({});
  const range = { from: query.from, to: query.to };
  const [rows, total] = await Promise.all([
    cachedQuery("paper-index", listPapers, range, query.per, (query.page - 1) * query.per),
    cachedQuery("paper-count", countPapers, range),
  ]);
  const paging = pageWithin("/papers", toUrlParams(PaperIndexParams, query), query, total);
  const filter = (
    <form className="filters" action="/papers" method="get">
      <label>
        From <input type="date" name="from" defaultValue={query.from} />
      </label>
      <label>
        To <input type="date" name="to" defaultValue={query.to} />
      </label>
      <button type="submit">Filter</button>
    </form>
  );
  return (
    <IndexPage
      title="Papers"
      error={parsed.ok ? undefined : parsed.error}
      filter={filter}
      caption={`${total.toLocaleString("en-US")} papers, newest first`}
      columns={COLUMNS}
      rows={rows}
      rowKey={(p) => p.id}
      paging={paging}
    />
  );
}
