/**
 * What each command fetches, page by page: the days of Hugging Face daily papers, the pages of an
 * arXiv query (as many as opensearch:totalResults says, up to --max), or the arXiv ids not held yet.
 */
import type { Kysely } from "kysely";
import type { Database } from "../schema";
import { emptyTotals, runPage, totalResultsOf, type RunContext, type RunTotals } from "./run";
import { arxivIdsPage, arxivQueryPage, daysBetween, hfDailyPage } from "./sources";

export async function fetchHfDaily(
  ctx: RunContext,
  base: string,
  from: string,
  to: string,
): Promise<RunTotals> {
  const totals = emptyTotals();
  const days = daysBetween(from, to);
  for (const [i, day] of days.entries()) {
    ctx.progress(i, days.length, day);
    await runPage(ctx, hfDailyPage(base, day), totals);
  }
  ctx.progress(days.length, days.length, "done");
  return totals;
}

export async function fetchArxivQuery(
  ctx: RunContext,
  base: string,
  query: { text: string; max: number; pageSize: number; runDay: string },
): Promise<RunTotals> {
  const totals = emptyTotals();
  let limit = query.max;
  for (let start = 0; start < limit; start += query.pageSize) {
    ctx.progress(start, limit, `results from ${start + 1}`);
    const size = Math.min(query.pageSize, limit - start);
    const body = await runPage(ctx, arxivQueryPage(base, query.text, start, size, query.runDay), totals);
    if (body === null) {
      if (start === 0 && !ctx.dryRun) break; // without the first page there is no total to page through
      continue;
    }
    const total = totalResultsOf(body) ?? 0;
    if (start === 0) totals.totalResults = total;
    limit = Math.min(query.max, total);
  }
  ctx.progress(limit, limit, "done");
  return totals;
}

export async function fetchArxivIds(
  ctx: RunContext,
  base: string,
  ids: readonly string[],
  options: { pageSize: number; runDay: string; refresh: boolean },
): Promise<RunTotals> {
  const totals = emptyTotals();
  const wanted = options.refresh || ctx.db === null ? [...ids] : await notHeld(ctx.db, ids);
  totals.known += ids.length - wanted.length;
  if (wanted.length < ids.length)
    ctx.say(`${ids.length - wanted.length} of ${ids.length} ids are held already`);
  for (let i = 0; i < wanted.length; i += options.pageSize) {
    ctx.progress(i, wanted.length, `ids from ${i + 1}`);
    await runPage(ctx, arxivIdsPage(base, wanted.slice(i, i + options.pageSize), options.runDay), totals);
  }
  ctx.progress(wanted.length, wanted.length, "done");
  return totals;
}

/** Ids never fetched: a paper already held is not asked for again (--refresh asks for new versions). */
async function notHeld(db: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  const held = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom("papers")
      .select("arxiv_id")
      .where("arxiv_id", "in", ids.slice(i, i + 500))
      .execute();
    for (const r of rows) if (r.arxiv_id) held.add(r.arxiv_id);
  }
  // An id with an explicit version ("2303.16900v2") is asked for: it may be newer than the one held.
  return ids.filter((id) => /v\d+$/.test(id) || !held.has(id));
}
