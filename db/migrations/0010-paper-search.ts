/**
 * Full-text search over papers (title and abstract), built for what is already stored, and an
 * index on arXiv ids: the header search and /search stay fast at hundreds of thousands of papers.
 * The dialect file says how each database does full text.
 */
import type { Kysely } from "kysely";
import { createPaperSearch, dropPaperSearch } from "../dialect";

export async function up(db: Kysely<unknown>): Promise<void> {
  await createPaperSearch(db);
  await db.schema.createIndex("papers_arxiv_id").on("papers").column("arxiv_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("papers_arxiv_id").execute();
  await dropPaperSearch(db);
}
