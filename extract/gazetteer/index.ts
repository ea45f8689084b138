/**
 * The gazetteer: what a name is, looked up in data rather than coded as patterns. Benchmarks and
 * datasets come from the curated table and the registries' task lists (with their usual metric),
 * models from the family table. Lookups go by key (lower case, letters and digits only).
 */
import { memoise } from "../memoise";
import { CURATED_BENCHMARKS } from "./benchmarks";
import { MODEL_FAMILIES } from "./models";
import REGISTRY from "./registry.generated.json";

export interface BenchmarkInfo {
  name: string;
  metric: string | null;
  area: string | null;
  source: string;
}

// "ScanNet++" and "RefCOCO+" are other datasets than "ScanNet" and "RefCOCO": the plus stays in the key.
export const gazetteerKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\+/g, "plus")
    .replace(/[^a-z0-9]/g, "");

const BENCHMARKS = new Map<string, BenchmarkInfo>();
for (const entry of REGISTRY as { name: string; metric: string | null; source: string }[]) {
  const key = gazetteerKey(entry.name);
  // Registry ids shorter than 4 characters ("c4", "arc") collide with ordinary words; the curated table names those.
  if (key.length >= 4)
    BENCHMARKS.set(key, { name: entry.name, metric: entry.metric, area: null, source: entry.source });
}
for (const [name, metric, area] of CURATED_BENCHMARKS)
  BENCHMARKS.set(gazetteerKey(name), { name, metric, area, source: "curated" });

/** The fields benchmarks belong to ("vision", "math"), for the index pages' area filter. */
export const BENCHMARK_AREAS: readonly string[] = [
  ...new Set(CURATED_BENCHMARKS.map(([, , area]) => area)),
].sort();

/** Split, subset and setting words a paper appends to a benchmark's name ("LibriSpeech test-other", "COCO val2017"). */
const SUFFIX =
  /(?:[\s-]+(?:(?:val|test|train|minival)\d{4}|test|val|validation|dev|train|clean|other|lite|verified|full|hard|easy|benchmarks?|datasets?|test[\s-]?sets?|leaderboard|split|\d{4}|v\d+(?:\.\d+)?|[\d.]+[kKmM]?))+$/;

/** A benchmark's name without the split and subset words a paper appended ("COCO val2017" -> "COCO"). */
export function benchmarkBase(name: string): string {
  const base = name.replace(SUFFIX, "");
  return base.length >= 2 ? base : name;
}

/** The gazetteer entry for a benchmark name as written, by its key or by its key without split words. */
export const benchmarkInfo = memoise(lookupBenchmark);

function lookupBenchmark(name: string): BenchmarkInfo | null {
  const exact = BENCHMARKS.get(gazetteerKey(name));
  if (exact) return caseFits(exact, name) ? exact : null;
  const base = name.replace(/^(?:the|MS)\s+/i, "").replace(SUFFIX, "");
  const found = base !== name && base.length >= 3 ? (BENCHMARKS.get(gazetteerKey(base)) ?? null) : null;
  return found && caseFits(found, base) ? found : null;
}

/**
 * "Bird's-Eye-View", "Math word problems": a plain word is not the short acronym (BIRD, MATH) it
 * spells ("Calvin" is CALVIN); "multiple datasets" is not MultiPL-E, whose key it shares.
 */
function caseFits(entry: BenchmarkInfo, written: string): boolean {
  const plain = /^[A-Za-z][a-z]+$/.test(written);
  return !(plain && (/^[A-Z]{2,4}$/.test(entry.name) || /[-\d]/.test(entry.name)));
}

/**
 * The metric a benchmark's leaderboards usually report; a named variant the gazetteer does not list
 * ("SWE-bench Multilingual", "LiveCodeBench v6") reports its base benchmark's.
 */
export const usualMetric = memoise((name: string): string | null => {
  const known = benchmarkInfo(name);
  if (known) return known.metric;
  // "OSWorld-G" (grounding) is another task than OSWorld: a one-letter suffix names a sibling benchmark.
  if (/-[A-Z]$/.test(name)) return null;
  for (let i = name.length - 1; i >= 3; i--)
    if (/[\s-]/.test(name.charAt(i))) {
      const base = benchmarkInfo(name.slice(0, i));
      if (base) return base.metric;
    }
  return null;
});

/** A name the gazetteer knows as a benchmark or dataset. */
export const isKnownBenchmark = (name: string): boolean => benchmarkInfo(name) !== null;

const FAMILY_WORDS = [...MODEL_FAMILIES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
const FAMILY = new RegExp(`(?:^|[\\s/_-])(${FAMILY_WORDS})(?=$|[\\s/_.-]|\\d|v\\d)`);

/** A name that carries a model family as one of its parts ("GPT-3.5-Turbo", "SWE-Llama", "BERT-large"). */
export const isModelName = memoise((name: string): boolean => FAMILY.test(name));

/** The model family a name carries ("Qwen2.5-32B" is Qwen), for a model's facts; null when none. */
export function familyOf(name: string): string | null {
  return FAMILY.exec(name)?.[1] ?? null;
}

/** A parameter count written in the name ("Llama-2-7B", "DeepSeek-V3 671B", "Phi-3-mini 3.8B"): in billions. */
export function parametersOf(name: string): number | null {
  const m = /(?:^|[\s\-_/(])(\d+(?:\.\d+)?)\s?([BbMm])(?=$|[\s\-_/)])/.exec(name);
  if (!m) return null;
  const n = Number(m[1]);
  if (m[2]!.toUpperCase() === "B") return n;
  // "Qwen2.5-7B-Instruct-1M": a single-digit M is a context window; parameter counts in M run 10M and up.
  return n >= 10 ? n / 1000 : null;
}

/** One pattern matching any of the words, longest first, as whole words. */
export function matchAny(words: readonly string[], flags = ""): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\w-])(?:${alternatives.join("|")})(?![\\w-])`, flags);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The longest run of leading words that names a known benchmark ("Mip-NeRF 360 scenes" -> "Mip-NeRF 360"). */
export function longestKnownPrefix(words: string): string | null {
  for (let parts = words.split(" "); parts.length > 0; parts.pop())
    if (isKnownBenchmark(parts.join(" "))) return parts.join(" ");
  return null;
}

/** "on COCO FSOD (36.8% nAP)", "PASCAL VOC Few-Shot": a name right after a known benchmark's words is part of its name. */
export function followsKnownBenchmark(text: string, start: number): boolean {
  const prior = /((?:[A-Z][\w-]*\s){1,2})$/.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return prior !== undefined && isKnownBenchmark(prior.trim());
}
