/** /benchmarks: every benchmark with a leaderboard, most claims first or by name, filterable. */
import type { Metadata } from "next";
import Link from "next/link";
import { countBenchmarks, listBenchmarks } from "@/db/queries/benchmarks";
import { cachedQuery } from "@/db/server";
import { INDEX_SORTS, IndexParams, parseParams, toUrlParams } from "@/db/views/url-params";
import { formatValue } from "@/components/format";
import { IndexFilter } from "@/components/IndexFilter";
import { Pager, redirectPastEnd } from "@/components/Pager";
import { ParamError } from "@/components/ParamError";
import { benchmarkHref, modelHref } from "@/components/routes";

export const metadata: Metadata = { title: "Benchmarks" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BenchmarksPage({ searchParams }: Props) {
  const parsed = parseParams(IndexParams, await searchParams);
  const query = parsed.ok ? parsed.data : IndexParams.parse({});
  const [rows, total] = await Promise.all([
    cachedQuery(
      "benchmark-index",
      listBenchmarks,
      query.q,
      query.per,
      (query.page - 1) * query.per,
      query.sort,
    ),
    cachedQuery("benchmark-count", countBenchmarks, query.q),
  ]);
  redirectPastEnd("/benchmarks", toUrlParams(IndexParams, query), query.page, query.per, total);
  return (
    <>
      <h1>Benchmarks</h1>
      {!parsed.ok && <ParamError message={parsed.error} resetHref="/benchmarks" />}
      <IndexFilter action="/benchmarks" q={query.q} sort={query.sort} sorts={INDEX_SORTS} label="Name" />
      <table className="claims index-table">
        <caption>{total.toLocaleString("en-US")} benchmarks with a leaderboard</caption>
        <thead>
          <tr>
            <th scope="col">Benchmark</th>
            <th scope="col" className="num">
              Claims
            </th>
            <th scope="col">Leaders</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((b) => (
            <tr key={b.slug} data-testid="index-row">
              <td>
                <Link href={benchmarkHref(b.slug)}>{b.name}</Link>
              </td>
              <td className="num">{b.claims}</td>
              <td>
                {b.leaders.slice(0, 2).map((l) => (
                  <span key={l.metric} className="leader">
                    {l.metric}: <Link href={modelHref(l.modelSlug)}>{l.model}</Link>{" "}
                    {formatValue(l.value, l.unit)}{" "}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        path="/benchmarks"
        params={toUrlParams(IndexParams, query)}
        page={query.page}
        per={query.per}
        total={total}
      />
    </>
  );
}
