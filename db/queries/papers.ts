/** Papers: one paper with its claims, and the newest papers for the home page. */
import type { Kysely } from "kysely";
import { isWebUrl } from "../../extract/read/record";
import type { Database } from "../schema";
import { selectClaims, toClaimView, type ClaimView } from "./claim-rows";
import { countOf } from "./count";

export interface PaperClaim extends ClaimView {
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

export interface PaperPage {
  id: number;
  title: string;
  abstract: string;
  published: string | null;
  arxivId: string | null;
  url: string | null;
  /** Author names as the source gave them; empty when it gave none. */
  authors: string[];
  claims: PaperClaim[];
}

export async function getPaperPage(db: Kysely<Database>, id: number): Promise<PaperPage | null> {
  const paper = await db
    .selectFrom("papers")
    .select(["id", "title", "abstract", "published", "arxiv_id", "url", "authors"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!paper) return null;
  const records = await selectClaims(
    db,
    { paperId: id, kind: "all", self: "all", q: "" },
    { sort: "value", dir: "asc" },
  ).execute();
  const claims = records
    .map((r) => ({
      ...toClaimView(r),
      start: r.start,
      end: r.end,
      valueStart: r.value_start,
      valueEnd: r.value_end,
    }))
    .sort((a, b) => a.ordinal - b.ordinal);
  // Rows written before readers dropped non-web links may still hold one: it is never rendered.
  const url = paper.url !== null && isWebUrl(paper.url) ? paper.url : null;
  return {
    id: paper.id,
    title: paper.title,
    abstract: paper.abstract,
    published: paper.published,
    arxivId: paper.arxiv_id,
    url,
    authors: parseAuthors(paper.authors),
    claims,
  };
}

export async function newestPapers(db: Kysely<Database>, limit: number) {
  return db
    .selectFrom("papers")
    .leftJoin("claims", "claims.paper_id", "papers.id")
    .select([
      "papers.id",
      "papers.title",
      "papers.published",
      (eb) => eb.fn.count<number>("claims.id").as("claims"),
    ])
    .groupBy("papers.id")
    .orderBy("papers.published", (ob) => ob.desc().nullsLast())
    .orderBy("papers.id", "desc")
    .limit(limit)
    .execute();
}

export async function countRows(db: Kysely<Database>) {
  const count = async (table: "papers" | "claims" | "models" | "benchmarks") =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    papers: await count("papers"),
    claims: await count("claims"),
    models: await count("models"),
    benchmarks: await count("benchmarks"),
  };
}

export interface PaperSummary {
  id: number;
  title: string;
  published: string | null;
  arxivId: string | null;
  claims: number;
}

/** Papers newest first, within an optional date range (inclusive), with their claim counts. */
export async function listPapers(
  db: Kysely<Database>,
  range: { from?: string; to?: string },
  limit: number,
  offset: number,
): Promise<PaperSummary[]> {
  const rows = await papersIn(db, range)
    .leftJoin("claims", "claims.paper_id", "papers.id")
    .select([
      "papers.id",
      "papers.title",
      "papers.published",
      "papers.arxiv_id",
      (eb) => eb.fn.count<number>("claims.id").as("claims"),
    ])
    .groupBy(["papers.id", "papers.title", "papers.published", "papers.arxiv_id"])
    .orderBy("papers.published", (ob) => ob.desc().nullsLast())
    .orderBy("papers.id", "desc")
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    published: r.published,
    arxivId: r.arxiv_id,
    claims: Number(r.claims),
  }));
}

export async function countPapers(
  db: Kysely<Database>,
  range: { from?: string; to?: string },
): Promise<number> {
  return countOf(papersIn(db, range).select("papers.id"));
}

/** Dates are stored as ISO text, so a range is a text comparison; "to" includes its whole day. */
function papersIn(db: Kysely<Database>, range: { from?: string; to?: string }) {
  return db
    .selectFrom("papers")
    .$if(range.from !== undefined, (qb) => qb.where("papers.published", ">=", range.from!))
    .$if(range.to !== undefined, (qb) => qb.where("papers.published", "<=", `${range.to!}\uffff`));
}

/** The stored JSON array of names; anything else (a hand-edited row) reads as no authors. */
function parseAuthors(json: string | null): string[] {
  if (!json) return [];
  try {
    const names: unknown = JSON.parse(json);
    return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
  } catch {
    return [];
  }
}
