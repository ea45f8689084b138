/** /models: every model with claims, most claims first or by name, filterable by name or spelling. */
import type { Metadata } from "next";
import Link from "next/link";
import { countModels, listModels } from "@/db/queries/models";
import { cachedQuery } from "@/db/server";
import { INDEX_SORTS, IndexParams, parseParams, toUrlParams } from "@/db/views/url-params";
import { IndexFilter } from "@/components/IndexFilter";
import { Pager, redirectPastEnd } from "@/components/Pager";
import { ParamError } from "@/components/ParamError";
import { modelHref } from "@/components/routes";

export const metadata: Metadata = { title: "Models" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModelsPage({ searchParams }: Props) {
  const parsed = parseParams(IndexParams, await searchParams);
  const query = parsed.ok ? parsed.data : IndexParams.parse({});
  const [rows, total] = await Promise.all([
    cachedQuery("model-index", listModels, query.q, query.per, (query.page - 1) * query.per, query.sort),
    cachedQuery("model-count", countModels, query.q),
  ]);
  redirectPastEnd("/models", toUrlParams(IndexParams, query), query.page, query.per, total);
  return (
    <>
      <h1>Models</h1>
      {!parsed.ok && <ParamError message={parsed.error} resetHref="/models" />}
      <IndexFilter
        action="/models"
        q={query.q}
        sort={query.sort}
        sorts={INDEX_SORTS}
        label="Name or spelling"
      />
      <table className="claims index-table">
        <caption>{total.toLocaleString("en-US")} models</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" className="num">
              Claims
            </th>
            <th scope="col" className="num">
              Benchmarks
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.slug} data-testid="index-row">
              <td>
                <Link href={modelHref(m.slug)}>{m.name}</Link>
              </td>
              <td className="num">{m.claims}</td>
              <td className="num">{m.benchmarks}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager
        path="/models"
        params={toUrlParams(IndexParams, query)}
        page={query.page}
        per={query.per}
        total={total}
      />
    </>
  );
}
