/** Models: one model's claims and aliases, and the searchable list the compare picker uses. */
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import type { Database } from "../schema";
import type { IndexSort } from "../views/url-params";
import { containsText } from "./text-match";
import type { ModelQuery } from "../views/url-params";
import { selectClaims, toClaimView, type ClaimView } from "./claim-rows";
import { countOf } from "./count";

export interface ModelSummary {
  slug: string;
  name: string;
  claims: number;
  benchmarks: number;
}

export interface ModelPage {
  model: { slug: string; name: string };
  aliases: string[];
  rows: ClaimView[];
  total: number;
  dir: "asc" | "desc";
  /** Every benchmark the model has a listed claim on, whatever page of rows is shown. */
  leaderboards: { slug: string; name: string }[];
  /** The model's listed scores for its chart (at most CHART_BARS), across all its claims. */
  chart: ClaimView[];
}

const CHART_BARS = 30;

export async function findModels(db: Kysely<Database>, slugs: readonly string[]) {
  if (slugs.length === 0) return [];
  return db
    .selectFrom("models")
    .select(["id", "key as slug", "name"])
    .where("key", "in", [...slugs])
    .execute();
}

export async function getModelPage(
  db: Kysely<Database>,
  slug: string,
  query: ModelQuery,
  options: { allRows?: boolean } = {},
): Promise<ModelPage | null> {
  const [model] = await findModels(db, [slug]);
  if (!model) return null;
  const aliases = await db
    .selectFrom("aliases")
    .select("alias")
    .where("kind", "=", "model")
    .where("key", "=", slug)
    .orderBy("alias")
    .execute();
  const dir = query.dir ?? (query.sort === "value" ? "desc" : "asc");
  const claims = selectClaims(
    db,
    { modelIds: [model.id], kind: query.kind, self: query.self, q: query.q },
    { sort: query.sort, dir },
  );
  const listedScores = {
    modelIds: [model.id],
    kind: "score" as const,
    self: "all" as const,
    q: "",
    listed: true,
  };
  const [records, counted, leaderboards, chart] = await Promise.all([
    options.allRows
      ? claims.execute()
      : claims
          .limit(query.per)
          .offset((query.page - 1) * query.per)
          .execute(),
    countOf(claims),
    db
      .selectFrom("claims")
      .innerJoin("benchmarks", "benchmarks.id", "claims.benchmark_id")
      .select(["benchmarks.key as slug", "benchmarks.name"])
      .where("claims.model_id", "=", model.id)
      .where("claims.listed", "=", 1)
      .distinct()
      .orderBy("benchmarks.name")
      .execute(),
    selectClaims(db, listedScores, { sort: "benchmark", dir: "asc" }).limit(CHART_BARS).execute(),
  ]);
  return {
    model: { slug: model.slug, name: model.name },
    aliases: aliases.map((a) => a.alias),
    rows: records.map(toClaimView),
    total: counted,
    dir,
    leaderboards,
    chart: chart.map(toClaimView),
  };
}

/** A model whose name, or one of whose spellings, contains q. */
function modelMatches(q: string) {
  return (eb: ExpressionBuilder<Database, "models">) =>
    eb.or([
      containsText("models.name", q),
      eb(
        "models.key",
        "in",
        eb
          .selectFrom("aliases")
          .select("key")
          .where("kind", "=", "model")
          .where(containsText("aliases.alias", q)),
      ),
    ]);
}

/** How many models with claims match q (the total of /models and /api/models). */
export async function countModels(db: Kysely<Database>, q: string): Promise<number> {
  return countOf(
    db
      .selectFrom("models")
      .select("models.id")
      .where((eb) =>
        eb.exists(eb.selectFrom("claims").select("claims.id").whereRef("claims.model_id", "=", "models.id")),
      )
      .$if(q !== "", (qb) => qb.where(modelMatches(q))),
  );
}

/** Models whose name or alias matches q, most claims first. */
export async function listModels(
  db: Kysely<Database>,
  q: string,
  limit: number,
  offset = 0,
  sort: IndexSort = "claims",
): Promise<ModelSummary[]> {
  const rows = await db
    .selectFrom("models")
    .innerJoin("claims", "claims.model_id", "models.id")
    .select([
      "models.key as slug",
      "models.name",
      sql<number>`count(*)`.as("claims"),
      sql<number>`count(distinct claims.benchmark_id)`.as("benchmarks"),
    ])
    .$if(q !== "", (qb) => qb.where(modelMatches(q)))
    .groupBy("models.id")
    .$if(sort === "claims", (qb) => qb.orderBy("claims", "desc"))
    .orderBy(sql`lower(models.name)`)
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    claims: Number(r.claims),
    benchmarks: Number(r.benchmarks),
  }));
}
