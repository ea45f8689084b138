/**
 * One search over models (names and aliases), benchmarks and papers (title, abstract, arXiv id),
 * ranked: for names an exact match first, then names that start with the query, then shorter
 * names; for papers an arXiv id, then title matches, then abstract matches, newest added first.
 * Names are few (LIKE is enough); papers are many, so they go through the full-text index.
 */
import { sql, type Expression, type Kysely, type SqlBool } from "kysely";
import { searchPaperIds } from "../dialect";
import type { Database } from "../schema";
import { hasLeaderboard, hasClaims } from "./has-claims";
import { containsText, startsWithText } from "./text-match";

export interface SearchResults {
  models: { slug: string; name: string; claims: number }[];
  benchmarks: { slug: string; name: string; claims: number }[];
  papers: { id: number; title: string; published: string | null; arxivId: string | null }[];
}

/** 0 for the name itself, 1 for a name that starts with it, 2 for any other match. */
function closeness(column: "models.name" | "benchmarks.name", q: string) {
  return sql<number>`case when lower(${sql.ref(column)}) = ${q.toLowerCase()} then 0
    when ${startsWithText(column, q)} then 1 else 2 end`;
}

async function findModels(db: Kysely<Database>, q: string, limit: number) {
  const aliasHit = db
    .selectFrom("aliases")
    .select("key")
    .where("kind", "=", "model")
    .where(containsText("aliases.alias", q));
  const rows = await db
    .selectFrom("models")
    .select(["models.id", "models.key as slug", "models.name"])
    .where((eb) =>
      eb.or([containsText("models.name", q) as Expression<SqlBool>, eb("models.key", "in", aliasHit)]),
    )
    .where(hasClaims)
    .orderBy(closeness("models.name", q))
    .orderBy(sql`length(models.name)`)
    .orderBy("models.name")
    .limit(limit)
    .execute();
  const counts = await claimCounts(
    db,
    "model_id",
    rows.map((r) => r.id),
    false,
  );
  return rows.map((r) => ({ slug: r.slug, name: r.name, claims: counts.get(r.id) ?? 0 }));
}

async function findBenchmarks(db: Kysely<Database>, q: string, limit: number) {
  const rows = await db
    .selectFrom("benchmarks")
    .select(["benchmarks.id", "benchmarks.key as slug", "benchmarks.name"])
    .where(containsText("benchmarks.name", q))
    // A benchmark is found when it has a leaderboard: a claim fit to rank.
    .where(hasLeaderboard)
    .orderBy(closeness("benchmarks.name", q))
    .orderBy(sql`length(benchmarks.name)`)
    .orderBy("benchmarks.name")
    .limit(limit)
    .execute();
  const counts = await claimCounts(
    db,
    "benchmark_id",
    rows.map((r) => r.id),
    false,
  );
  return rows.map((r) => ({ slug: r.slug, name: r.name, claims: counts.get(r.id) ?? 0 }));
}

/** Claims per model or benchmark, for the few found (an index range each, never a full scan). */
async function claimCounts(
  db: Kysely<Database>,
  column: "model_id" | "benchmark_id",
  ids: number[],
  listedOnly: boolean,
): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("claims")
    .select([`claims.${column} as id`, sql<number>`count(*)`.as("n")])
    .where(`claims.${column}`, "in", ids)
    .$if(listedOnly, (qb) => qb.where("claims.listed", "=", 1))
    .groupBy(`claims.${column}`)
    .execute();
  return new Map(rows.map((r) => [Number(r.id), Number(r.n)]));
}

async function findPapers(db: Kysely<Database>, q: string, limit: number) {
  const byId = await db.selectFrom("papers").select("id").where("arxiv_id", "=", q.trim()).limit(1).execute();
  const [inTitle, anywhere] = await Promise.all([
    searchPaperIds(db, q, limit, true),
    searchPaperIds(db, q, limit),
  ]);
  const ids = [...new Set([...byId.map((r) => r.id), ...inTitle, ...anywhere])].slice(0, limit);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("papers")
    .select(["id", "title", "published", "arxiv_id"])
    .where("id", "in", ids)
    .execute();
  const byRank = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => byRank.get(a.id)! - byRank.get(b.id)!)
    .map((p) => ({ id: p.id, title: p.title, published: p.published, arxivId: p.arxiv_id }));
}

export async function searchAll(db: Kysely<Database>, raw: string, limit: number): Promise<SearchResults> {
  // Control characters match nothing anyone wrote (and PostgreSQL refuses NUL); a query of only them finds nothing.
  const q = raw.replace(/\p{Cc}/gu, "").trim();
  if (q === "") return { models: [], benchmarks: [], papers: [] };
  const [models, benchmarks, papers] = await Promise.all([
    findModels(db, q, limit),
    findBenchmarks(db, q, limit),
    findPapers(db, q, limit),
  ]);
  return { models, benchmarks, papers };
}
