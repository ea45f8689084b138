/** /papers: every paper, newest first, paginated, within an optional date range. */
import type { Metadata } from "next";
import Link from "next/link";
import { countPapers, listPapers } from "@/db/queries/papers";
import { cachedQuery } from "@/db/server";
import { PaperIndexParams, parseParams, toUrlParams } from "@/db/views/url-params";
import { formatDate } from "@/components/format";
import { Pager, redirectPastEnd } from "@/components/Pager";
import { ParamError } from "@/components/ParamError";
import { paperHref } from "@/components/routes";

export const metadata: Metadata = { title: "Papers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PapersPage({ searchParams }: Props) {
  const parsed = parseParams(PaperIndexParams, await searchParams);
  const query = parsed.ok ? parsed.data : PaperIndexParams.parse({});
  const range = { from: query.from, to: query.to };
  const [rows, total] = await Promise.all([
    cachedQuery("paper-index", listPapers, range, query.per, (query.page - 1) * query.per),
    cachedQuery("paper-count", countPapers, range),
  ]);
  redirectPastEnd("/papers", toUrlParams(PaperIndexParams, query), query.page, query.per, total);
  return (
    <>
      <h1>Papers</h1>
      {!parsed.ok && <ParamError message={parsed.error} resetHref="/papers" />}
      <form className="filters" action="/papers" method="get">
        <label>
          From <input type="date" name="from" defaultValue={query.from} />
        </label>
        <label>
          To <input type="date" name="to" defaultValue={query.to} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <table className="claims index-table">
        <caption>{total.toLocaleString("en-US")} papers, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Paper</th>
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Claims
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} data-testid="index-row">
              <td>
                <Link href={paperHref(p.id)}>{p.title}</Link>
              </td>
              <td>
                <time>{formatDate(p.published)}</time>
              </td>
              <td className="num">{p.claims}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        path="/papers"
        params={toUrlParams(PaperIndexParams, query)}
        page={query.page}
        per={query.per}
        total={total}
      />
    </>
  );
}
