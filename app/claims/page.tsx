import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { listClaims } from "@/db/queries/claims";
import { cachedQuery } from "@/db/server";
import { ClaimsParams, KIND_FILTERS, parseParams, toUrlParams } from "@/db/views/url-params";
import { ClaimListing } from "@/components/ClaimListing";
import { ALL_CLAIM_COLUMNS } from "@/db/views/claim-columns";
import { ParamError } from "@/components/ParamError";
import { benchmarkHref, CLAIMS_FEED, modelHref } from "@/components/routes";

export const metadata: Metadata = pageMetadata("All claims");

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
      <ClaimListing
        {...{ path: "/claims", query, current, kinds: KIND_FILTERS }}
        keep={["model", "benchmark", "paper", "sort", "dir", "per", "hide"]}
        download={{ view: "claims", params: current }}
        feed={CLAIMS_FEED}
        rows={page.rows}
        columns={ALL_CLAIM_COLUMNS}
        dir={page.dir}
        total={page.total}
        caption={`${page.total.toLocaleString("en-US")} claims`}
      />
    </>
  );
}
