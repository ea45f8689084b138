/**
 * The two sources as data: where they live, their documented paths, and how politely to call them.
 * `--base-url` swaps scheme and host (a mirror, a test server) and keeps the paths.
 */
import { createHash } from "node:crypto";

export type SourceName = "hf-daily" | "arxiv";

export interface SourceSpec {
  defaultBase: string;
  /** Least time between two requests to this source (arXiv's terms ask for 3 s). */
  minIntervalMs: number;
  /** How a page's body is stored under data/raw/<source>/<date>/: ingest reads it back by its ending. */
  extension: "json" | "xml";
}

export const SOURCES: Record<SourceName, SourceSpec> = {
  "hf-daily": { defaultBase: "https://huggingface.co", minIntervalMs: 1000, extension: "json" },
  arxiv: { defaultBase: "https://export.arxiv.org", minIntervalMs: 3000, extension: "xml" },
};

export const USER_AGENT =
  "Claimboard/1.0 (+https://github.com/claimboard/claimboard; leaderboards of claims in paper abstracts)";

/** One request of a run: its URL and where its body is archived (relative to the archive root). */
export interface PageRequest {
  url: string;
  archive: string;
  /** A human description for progress lines and --dry-run. */
  label: string;
}

export function hfDailyPage(base: string, day: string): PageRequest {
  return {
    url: `${trimBase(base)}/api/daily_papers?date=${day}`,
    archive: `hf-daily/${day}/daily_papers.json`,
    label: `Hugging Face daily papers of ${day}`,
  };
}

export function arxivQueryPage(
  base: string,
  query: string,
  start: number,
  size: number,
  runDay: string,
): PageRequest {
  const params = new URLSearchParams({
    search_query: query,
    start: String(start),
    max_results: String(size),
    sortBy: "lastUpdatedDate",
    sortOrder: "descending",
  });
  return {
    url: `${trimBase(base)}/api/query?${params}`,
    archive: `arxiv/${runDay}/query-${digest(query)}-${String(start).padStart(6, "0")}.xml`,
    label: `arXiv "${query}" results ${start + 1}-${start + size}`,
  };
}

export function arxivIdsPage(base: string, ids: readonly string[], runDay: string): PageRequest {
  const params = new URLSearchParams({ id_list: ids.join(","), max_results: String(ids.length) });
  return {
    url: `${trimBase(base)}/api/query?${params}`,
    archive: `arxiv/${runDay}/ids-${digest(ids.join(","))}.xml`,
    label: `arXiv ids ${ids[0]}${ids.length > 1 ? ` and ${ids.length - 1} more` : ""}`,
  };
}

const trimBase = (base: string) => base.replace(/\/+$/, "");
const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);

/** Days from `from` to `to` inclusive, as YYYY-MM-DD (UTC calendar days). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
