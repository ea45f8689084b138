/**
 * What the database already holds, so a run never ingests the same paper twice: by arXiv id (with
 * its version, so v2 of a paper comes in as an update), or by title when a paper has no id.
 */
import type { Kysely } from "kysely";
import { titleKey } from "../../extract";
import type { PaperInput } from "../../extract/read";
import type { Database } from "../schema";
import { writeTransaction } from "../write-transaction";

type Stored = { title_key: string; arxiv_id: string | null; url: string | null };

/** "http://arxiv.org/abs/2303.16900v2" -> 2; null where the URL names no version. */
export function versionOf(url: string | null | undefined): number | null {
  const m = url ? /v(\d+)$/.exec(url) : null;
  return m ? Number(m[1]) : null;
}

export interface Sorted {
  fresh: PaperInput[];
  /** New versions of stored papers: the stored title key, for a retitled v2. */
  updates: { paper: PaperInput; storedKey: string }[];
  known: number;
}

export async function sortOutKnown(db: Kysely<Database>, papers: readonly PaperInput[]): Promise<Sorted> {
  const ids = [...new Set(papers.flatMap((p) => (p.arxiv_id ? [p.arxiv_id] : [])))];
  const keys = [...new Set(papers.map((p) => titleKey(p.title)))];
  const stored: Stored[] = [];
  for (let i = 0; i < Math.max(ids.length, keys.length); i += 500) {
    const someIds = ids.slice(i, i + 500);
    const someKeys = keys.slice(i, i + 500);
    stored.push(
      ...(await db
        .selectFrom("papers")
        .select(["title_key", "arxiv_id", "url"])
        .where((eb) =>
          eb.or([
            ...(someIds.length ? [eb("arxiv_id", "in", someIds)] : []),
            ...(someKeys.length ? [eb("title_key", "in", someKeys)] : []),
          ]),
        )
        .execute()),
    );
  }
  const byId = new Map(stored.filter((s) => s.arxiv_id).map((s) => [s.arxiv_id!, s]));
  const byKey = new Map(stored.map((s) => [s.title_key, s]));
  const sorted: Sorted = { fresh: [], updates: [], known: 0 };
  for (const paper of papers) {
    const same = (paper.arxiv_id && byId.get(paper.arxiv_id)) || byKey.get(titleKey(paper.title));
    if (!same) sorted.fresh.push(paper);
    else if ((versionOf(paper.url) ?? 0) > (versionOf(same.url) ?? 1))
      sorted.updates.push({ paper, storedKey: same.title_key });
    else sorted.known++;
  }
  return sorted;
}

/**
 * A new version whose title changed is still the same paper: its row and the curators' decisions
 * (flags, reviews, keyed by title) move to the new title before ingest replaces its claims.
 */
export async function retitle(db: Kysely<Database>, fromKey: string, paper: PaperInput): Promise<void> {
  const toKey = titleKey(paper.title);
  if (toKey === fromKey) return;
  await writeTransaction(db, async (trx) => {
    const taken = await trx
      .selectFrom("papers")
      .select("id")
      .where("title_key", "=", toKey)
      .executeTakeFirst();
    if (taken) return; // the new title is already a paper of its own: leave both as they are
    await trx.updateTable("papers").set({ title_key: toKey }).where("title_key", "=", fromKey).execute();
    await trx.updateTable("flags").set({ paper_key: toKey }).where("paper_key", "=", fromKey).execute();
    await trx.updateTable("reviews").set({ paper_key: toKey }).where("paper_key", "=", fromKey).execute();
  });
}
