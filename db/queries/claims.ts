/** The all-claims view: every kind, filterable by model, benchmark, paper, kind and self-reported, paginated. */
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import type { ClaimsQuery } from "../views/url-params";
import { findBenchmark } from "./benchmarks";
import { selectClaims, toClaimView, type ClaimFilter, type ClaimView } from "./claim-rows";
import { findModels } from "./models";
import { countOf } from "./count";

export interface ClaimsPage {
  rows: ClaimView[];
  total: number;
  dir: "asc" | "desc";
  /** Names of the model and benchmark filtered on, for the page heading. */
  model: { slug: string; name: string } | null;
  benchmark: { slug: string; name: string } | null;
}

export async function claimsFilter(
  db: Kysely<Database>,
  query: ClaimsQuery,
): Promise<{ filter: ClaimFilter; model: ClaimsPage["model"]; benchmark: ClaimsPage["benchmark"] }> {
  const [model] = query.model ? await findModels(db, [query.model]) : [];
  const benchmark = query.benchmark ? await findBenchmark(db, query.benchmark) : undefined;
  const filter: ClaimFilter = {
    kind: query.kind,
    self: query.self,
    q: query.q,
    paperId: query.paper,
    // An unknown slug matches nothing rather than everything.
    modelIds: query.model ? [model?.id ?? -1] : undefined,
    benchmarkId: query.benchmark ? (benchmark?.id ?? -1) : undefined,
  };
  return {
    filter,
    model: model ? { slug: model.slug, name: model.name } : null,
    benchmark: benchmark ? { slug: benchmark.slug, name: benchmark.name } : null,
  };
}

export const claimsDirection = (query: ClaimsQuery): "asc" | "desc" =>
  query.dir ?? (query.sort === "value" || query.sort === "date" ? "desc" : "asc");

export async function listClaims(db: Kysely<Database>, query: ClaimsQuery): Promise<ClaimsPage> {
  const { filter, model, benchmark } = await claimsFilter(db, query);
  const dir = claimsDirection(query);
  const base = selectClaims(db, filter, { sort: query.sort, dir });
  const records = await base
    .limit(query.per)
    .offset((query.page - 1) * query.per)
    .execute();
  return { rows: records.map(toClaimView), total: await countOf(base), dir, model, benchmark };
}
