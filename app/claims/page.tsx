import type { Metadata } from "next";
import Link from "next/link";
import { listClaims } from "@/db/queries/claims";
import { cachedQuery } from "@/db/server";
import { ClaimsParams, KIND_FILTERS, parseParams, toUrlParams } from "@/db/views/url-params";
import { ClaimTable } from "@/components/ClaimTable";
import { DownloadCsv } from "@/components/DownloadCsv";
import { FilterBar } from "@/components/FilterBar";
import { ParamError } from "@/components/ParamError";
import { Pager } from "@/components/Pager";
import { benchmarkHref, modelHref } from "@/components/routes";

export const metadata: Metadata = { title: "All claims" };

export default async function ClaimsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = parseParams(ClaimsParams, await searchParams);
  const query = parsed.ok ? parsed.data : ClaimsParams.parse({});
  const page = await cachedQuery("claims", listClaims, query);
  const current = toUrlParams(ClaimsParams, query);
  return (
    <>
      <h1>All claims</h1>
      <p>
        Scores, and the deltas, speedups and bounds that leaderboards leave out.
        {page.model && (
          <>
            {" "}
            Model: <Link href={modelHref(page.model.slug)}>{page.model.name}</Link>.
          </>
        )}
        {page.benchmark && (
          <>
            {" "}
            Benchmark: <Link href={benchmarkHref(page.benchmark.slug)}>{page.benchmark.name}</Link>.
          </>
        )}
      </p>
      {!parsed.ok && <ParamError message={parsed.error} resetHref="/claims" />}
      <div className="toolbar">
        <FilterBar
          action="/claims"
          q={query.q}
          self={query.self}
          kind={{ value: query.kind, options: KIND_FILTERS }}
          keep={{
            model: current.model,
            benchmark: current.benchmark,
            paper: current.paper,
            sort: current.sort,
            dir: current.dir,
            per: current.per,
          }}
        />
        <DownloadCsv view="claims" params={current} />
      </div>
      <ClaimTable
        rows={page.rows}
        columns={[
          "model",
          "benchmark",
          "metric",
          "setting",
          "value",
          "kind",
          "self",
          "trust",
          "paper",
          "date",
          "evidence",
        ]}
        sort={query.sort}
        dir={page.dir}
        path="/claims"
        params={{ ...current, page: query.page > 1 ? String(query.page) : undefined }}
        caption={`${page.total.toLocaleString("en-US")} claims`}
      />
      <Pager path="/claims" params={current} page={query.page} per={query.per} total={page.total} />
    </>
  );
}
