/**
 * What a benchmark is, for the facts panel at the top of its leaderboard: its full name, what it
 * measures, and the paper that introduced it. Data from general knowledge (benchmark-descriptions.json),
 * keyed by the gazetteer's names, so a spelling the gazetteer resolves ("COCO val2017") finds it too.
 */
import DESCRIPTIONS from "./benchmark-descriptions.json";
import { benchmarkInfo, gazetteerKey } from "./index";

export interface BenchmarkDescription {
  name: string;
  full: string;
  measures: string;
  paper: { title: string; arxiv: string } | null;
}

/** An entry of the JSON table, checked once at load: a malformed one fails loudly instead of showing nothing. */
function toDescription(name: string, raw: unknown): BenchmarkDescription {
  const entry = raw as { full?: unknown; measures?: unknown; paper?: { title?: unknown; arxiv?: unknown } };
  const paper = entry.paper;
  const paperOk =
    paper === undefined || (typeof paper.title === "string" && /^\d{4}\.\d{4,5}$/.test(String(paper.arxiv)));
  if (typeof entry.full !== "string" || typeof entry.measures !== "string" || !paperOk)
    throw new Error(
      `benchmark-descriptions.json, "${name}": needs full, measures and an optional paper {title, arxiv}`,
    );
  return {
    name,
    full: entry.full,
    measures: entry.measures,
    paper: paper ? { title: String(paper.title), arxiv: String(paper.arxiv) } : null,
  };
}

const BY_KEY = new Map(
  Object.entries(DESCRIPTIONS).map(([name, raw]) => [gazetteerKey(name), toDescription(name, raw)] as const),
);

/** Every described benchmark, for the check that each is one the gazetteer knows. */
export const DESCRIBED_BENCHMARKS: readonly string[] = [...BY_KEY.values()].map((d) => d.name);

/** The description of a benchmark as written, directly or through the gazetteer's name for it. */
export function benchmarkDescription(name: string): BenchmarkDescription | null {
  const direct = BY_KEY.get(gazetteerKey(name));
  if (direct) return direct;
  const known = benchmarkInfo(name);
  return known ? (BY_KEY.get(gazetteerKey(known.name)) ?? null) : null;
}
