/**
 * A fetch run: each page is taken from the archive when this run (or an interrupted one) already
 * holds it, else requested politely and archived; its papers are read by the same readers as
 * `ingest`, and only what the database does not hold yet is ingested, page by page, so an
 * interrupted run keeps everything before the interruption.
 */
import type { Kysely } from "kysely";
import { readCorpus, type ReadProblem } from "../../extract/read";
import { emptySummary, ingestPapers, type IngestSummary } from "../ingest";
import type { Database } from "../schema";
import type { Archive } from "./archive";
import { getWithRetry, type RequestPolicy } from "./http";
import { retitle, sortOutKnown } from "./known";
import type { PageRequest } from "./sources";

export interface RunContext {
  db: Kysely<Database> | null;
  archive: Archive;
  policy: RequestPolicy;
  minIntervalMs: number;
  dryRun: boolean;
  /** Whether a page already in the archive may stand in for a request (past days, this run's pages). */
  reuse: (page: PageRequest) => boolean;
  say: (line: string) => void;
  progress: (done: number, total: number, label: string) => void;
  /** When this run's last request ended: the source's least interval is kept from it. */
  pace: { last: number };
}

export interface RunTotals {
  requested: number;
  fromArchive: number;
  failed: number;
  known: number;
  summary: IngestSummary;
  /** arXiv's opensearch:totalResults of the first page, where the source states one. */
  totalResults?: number;
}

export function emptyTotals(): RunTotals {
  return { requested: 0, fromArchive: 0, failed: 0, known: 0, summary: emptySummary() };
}

/** Takes one page through archive-or-request, reading, sorting out known papers, and ingest. */
export async function runPage(ctx: RunContext, page: PageRequest, totals: RunTotals): Promise<string | null> {
  let body = ctx.reuse(page) ? ctx.archive.read(page.archive) : null;
  if (body !== null) totals.fromArchive++;
  else if (ctx.dryRun) {
    ctx.say(`would fetch ${page.label}: ${page.url}`);
    return null;
  } else {
    const wait = ctx.pace.last + ctx.minIntervalMs - Date.now();
    if (ctx.pace.last > 0 && wait > 0) await ctx.policy.sleep(wait);
    totals.requested++;
    const got = await getWithRetry(page.url, { ...ctx.policy, minWaitMs: ctx.minIntervalMs });
    // Counted from the end of the answer: the server sees at least the interval between two requests.
    ctx.pace.last = Date.now();
    if (!got.ok) return fail(ctx, totals, page, got.error);
    const bad = wholeBodyProblem(page, got.body);
    if (bad) return fail(ctx, totals, page, bad);
    ctx.archive.write(page.archive, got.body);
    body = got.body;
  }
  await ingestNew(ctx, page, body, totals);
  return body;
}

function fail(ctx: RunContext, totals: RunTotals, page: PageRequest, error: string): null {
  totals.failed++;
  // reportProblems prints it with the others at the end; the URL says which page it was.
  totals.summary.skipped.push({ file: page.url, line: 1, message: `${page.label}: ${error}` });
  return null;
}

/** A body that is not a whole answer of its source (cut off, an error page) is never archived or read. */
export function wholeBodyProblem(page: PageRequest, body: string): string | null {
  if (page.archive.endsWith(".json")) {
    try {
      return Array.isArray(JSON.parse(body)) ? null : "the answer is JSON but not an array of papers";
    } catch (error) {
      return `the answer is not valid JSON (${(error as Error).message}); it may have been cut off`;
    }
  }
  if (!/<feed\b/.test(body) || !/<\/feed>\s*$/.test(body))
    return "the answer is not a whole Atom feed; it may have been cut off";
  if (totalResultsOf(body) === null) return "the Atom feed has no opensearch:totalResults";
  return null;
}

export function totalResultsOf(feed: string): number | null {
  const m = /<opensearch:totalResults[^>]*>\s*(\d+)\s*</.exec(feed);
  return m ? Number(m[1]) : null;
}

async function ingestNew(ctx: RunContext, page: PageRequest, body: string, totals: RunTotals): Promise<void> {
  const read = readCorpus(body, ctx.archive.pathOf(page.archive));
  // An empty day or an empty result page is an answer, not a problem.
  const problems = read.problems.filter((p: ReadProblem) => !/no <entry> elements/.test(p.message));
  totals.summary.skipped.push(...problems);
  if (ctx.db === null || read.papers.length === 0) return;
  const sorted = await sortOutKnown(ctx.db, read.papers);
  totals.known += sorted.known;
  for (const u of sorted.updates) await retitle(ctx.db, u.storedKey, u.paper);
  const papers = [...sorted.fresh, ...sorted.updates.map((u) => u.paper)];
  if (papers.length === 0) return;
  const summary = await ingestPapers(ctx.db, papers);
  for (const k of ["inserted", "updated", "unchanged"] as const)
    totals.summary.papers[k] += summary.papers[k];
  for (const k of ["score", "delta", "speedup", "bound"] as const)
    totals.summary.claims[k] += summary.claims[k];
  totals.summary.skipped.push(...summary.skipped);
}
