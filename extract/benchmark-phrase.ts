/**
 * Benchmark phrases in a sentence: the name after "on"/"across"/"from", typed (never hardware, a
 * metric or generic words), its known short name, and data a model was trained on rather than scored on.
 */
import { BENCHMARK_HINT, STOP_CAPITALISED } from "./lexicon";
import { isKnownBenchmark, longestKnownPrefix } from "./gazetteer";
import { callsItselfMetric } from "./metric-label";
import { DESCRIBED_BEFORE_NAME, isBenchmarkShaped, isCountedSet, namesKindOfSets } from "./name-shape";
import { isNameLike } from "./names";
import type { SentenceContext } from "./sentence-context";
import { isTrainingData } from "./training-data";

export { isTrainingData, TRAINING_DATA_BEFORE } from "./training-data";
export { isBenchmarkShaped } from "./name-shape";

// "averaged over the D4RL tasks"; "on the hardest variant of ScanObjectNN": the part of a benchmark is on it.
// "across the 14 findings of ChestX-ray14": the parts of a benchmark are scored on the benchmark.
const PREPOSITION =
  /\b(?:on|across|from|in|task of|averaged over)\s+(?:the\s+|both\s+|all\s+|a\s+|an\s+|its\s+|our\s+|their\s+|this\s+|new\s+|proposed\s+|standard\s+|challenging\s+|popular\s+)*(?:(?:[\w-]+\s+){0,2}(?:variant|split|subset|version|portion|part|finding|class|classe|categorie|domain|language|subject)s?\s+of\s+(?:the\s+)?)?/gi;
// At least one word before the noun: "9 benchmarks", "open-ended benchmarks"; "benchmarks" alone names nothing.
// "five benchmark datasets": a set noun may qualify the one that ends the phrase.
const GENERIC_SET =
  /^(?:[\w-]+\s){1,4}?(?:benchmarks?|datasets?|tasks|test sets?|suites?|leaderboards?)\b(?:\s(?:datasets|tasks|suites)\b)?/i;
export const SET_NOUN = /\b(?:benchmarks?|datasets?|test set|validation set|leaderboard)\b/i;
// "our SZUR-Acoustic (Suzhou) dataset": a short parenthesis may stand between the name and its noun.
export const SET_NOUN_AFTER =
  /^(?:\s*\([^()]{1,30}\))?\s+(?:benchmarks?|datasets?|test set|validation set|leaderboard)\b/i;

/** The benchmark phrase starting at `index` of the sentence, or null. */
export function benchmarkAt(sc: SentenceContext, at: number, trainedOn = false): string | null {
  // "on competition-level AIME", "on the widely-used LogHub": a hyphenated description before the name.
  // Only for a name the lists know: "on element-level TAS" names a task.
  const described = DESCRIBED_BEFORE_NAME.exec(sc.text.slice(at, at + 40))?.[0].length ?? 0;
  const known = described ? phraseAt(sc, at + described, trainedOn) : null;
  const index = known && isKnownBenchmark(known) ? at + described : at;
  const phrase = index === at ? phraseAt(sc, at, trainedOn) : known;
  if (!phrase || callsItselfMetric(phrase)) return null;
  // "the USA Math Olympiad (AIME)": the known short name given right after is the board's name.
  const acronym = /^\s*\(([A-Z][\w.+-]*)\)/.exec(
    sc.text.slice(index + phrase.length, index + phrase.length + 30),
  )?.[1];
  return acronym && acronym !== phrase && isKnownBenchmark(acronym) ? acronym : phrase;
}

function phraseAt(sc: SentenceContext, index: number, trainedOn: boolean): string | null {
  if (!trainedOn && isTrainingData(sc, index)) return null;
  const name = sc.names.find((n) => n.start === index && !isCountedSet(sc.text, n));
  if (name) {
    // "Mip-NeRF 360", "Tanks and Temples": a known benchmark may run past the name's own tokens.
    const longer = /^[^\s,;()]+(?:\s[\w+-]+(?:\.[\w+-]+)*){1,2}/.exec(sc.text.slice(index, index + 60))?.[0];
    const known = longer ? longestKnownPrefix(longer) : null;
    if (known && known.length > name.text.length && !isKnownBenchmark(name.text)) return known;
    // "the nuScenes 3D tracking benchmark": "3D" names the task on the known benchmark.
    if (known && TASK_DIMENSION.test(name.text.slice(known.length)) && !isKnownBenchmark(name.text))
      return known;
    // "on Area 5" of S3DIS, "on Fold 1": a held-out part names no benchmark of its own.
    if (!isBenchmarkShaped(name.text) || HELD_OUT_PART.test(name.text)) return null;
    const before = sc.text.slice(Math.max(0, name.start - 6), name.start);
    if (namesKindOfSets(name.text, before, sc.text.slice(name.end, name.end + 40))) return null;
    const count = isKnownBenchmark(name.text) ? undefined : VERSION_COUNT.exec(sc.text.slice(name.end))?.[1];
    return count ? `${name.text} ${count}` : name.text;
  }
  // Plain capitalised words the gazetteer knows as a benchmark, longest first ("on Natural
  // Questions", "on Cityscapes").
  // "on Tanks and Temples": a small joining word may sit inside a known name.
  const words = /^[A-Z][a-z]+[\w-]*(?:\s(?:and\s|of\s|the\s)?[A-Z][\w-]*){0,3}/.exec(
    sc.text.slice(index, index + 60),
  )?.[0];
  const known = words && longestKnownPrefix(words);
  if (known) return known;
  const word = words?.split(" ")[0];
  if (word && BENCHMARK_HINT.test(word)) return word;
  // Registry names in lower case with a hyphen or digit ("ogbn-arxiv", "ogbg-molhiv").
  const lower = /^[a-z][\w+]*(?:[-.][\w+]+)*/.exec(sc.text.slice(index, index + 40))?.[0];
  if (lower && /[-\d]/.test(lower) && isKnownBenchmark(lower)) return lower;
  const generic = GENERIC_SET.exec(sc.text.slice(index));
  if (!generic || /^(?:this|these|our|which|that|each|other)\b/i.test(generic[0])) return null;
  // "the competition-level MATH benchmark": a described set naming a known benchmark is that one;
  // "18 datasets from the OpenML-CC18 suite": so is the named collection it is drawn from.
  // "the full AMOS22 dataset": a name-shaped word before the set noun names the set, known or not.
  // "three MOT benchmarks": a name no list knows before a plural set noun is the sets' task.
  const set = generic[0];
  const tokens = [...set.matchAll(/\S+/g)].map((m) => ({ w: m[0], at: m.index }));
  const named =
    tokens.find(({ w }) => /[A-Z]/.test(w) && isKnownBenchmark(w))?.w ??
    tokens.find(
      ({ w, at }) =>
        /[A-Z]/.test(w) &&
        isNameLike(w) &&
        isBenchmarkShaped(w) &&
        !namesKindOfSets(w, set.slice(0, at), set.slice(at + w.length)),
    )?.w;
  const from = /^\s+(?:from|of)\s+(?:the\s+)?([A-Z][\w.+-]*)/.exec(
    sc.text.slice(index + generic[0].length, index + generic[0].length + 60),
  )?.[1];
  if (named) return named;
  // "50 tasks from RLBench, CALVIN and LIBERO": drawn from several, the set is none of them alone.
  const fromList =
    from !== undefined && /^\s*(?:,|and\s)/.test(sc.text.slice(sc.text.indexOf(from, index) + from.length));
  if (from && !fromList && isNameLike(from) && isBenchmarkShaped(from)) return from;
  // "On MoleculeNet, it achieves 78.9% across eight classification tasks": the tasks are the named set's.
  const scope = OPENING_KNOWN.exec(sc.text)?.[1];
  if (scope && isKnownBenchmark(scope) && sc.text.indexOf(scope) < index) return scope;
  // "Across 53 tasks spanning four domains" in a paper that introduces one benchmark: its tasks.
  const own = sc.paper.benchmarks.length === 1 ? sc.paper.benchmarks[0] : undefined;
  // Not when a set is named after them ("15 retrieval tasks in the MTEB benchmark").
  const namedAfter = /^\s+(?:in|from|of)\s+(?:the\s+)?[A-Z]/.test(sc.text.slice(index + generic[0].length));
  return own && !namedAfter && COUNTED_ITEMS.test(generic[0]) ? own : generic[0];
}

const COUNTED_ITEMS =
  /^\d[\d,]*\s+(?:[\w-]+\s+)?(?:tasks|problems|questions|instances|scenarios|environments)\b/i;
const HELD_OUT_PART = /^(?:Area|Fold) ?\d+\b/;
// "NTU RGB+D 120 X-Sub", "Kinetics 400,": a count after a name the lists do not know tells its
// versions apart ("NTU RGB+D 60" is another benchmark); a count of items or a value is no part of it.
const VERSION_COUNT = /^\s(\d{2,4})(?=\s*[,;:)/]|\s+(?:[A-Z]|and\s|benchmarks?\b|datasets?\b))/;
const TASK_DIMENSION = /^\s[2-4]D$/;
const OPENING_KNOWN = /^On\s+(?:the\s+)?([A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?)\s*,/;

/** A benchmark named after a preposition between `from` and `to` in the sentence. */
export function benchmarkBetween(sc: SentenceContext, from: number, to: number): string | null {
  PREPOSITION.lastIndex = from;
  for (let m = PREPOSITION.exec(sc.text); m && m.index < to; m = PREPOSITION.exec(sc.text)) {
    const found = benchmarkAt(sc, m.index + m[0].length);
    if (found) return found;
  }
  return null;
}

/** The benchmark named after the last preposition between `from` and `to` that names one. */
export function lastBenchmarkBetween(sc: SentenceContext, from: number, to: number): string | null {
  let last: string | null = null;
  PREPOSITION.lastIndex = from;
  for (let m = PREPOSITION.exec(sc.text); m && m.index < to; m = PREPOSITION.exec(sc.text))
    last = benchmarkAt(sc, m.index + m[0].length) ?? last;
  return last;
}

/** A capitalised word at `index` shaped like a data set ("Minerva", "Monash"), known to no list or not. */
export function setWordAt(sc: SentenceContext, index: number): string | null {
  const word = /^[A-Z][\w-]*[a-z0-9][\w-]*(?=[\s,.;)]|$)/.exec(sc.text.slice(index, index + 40))?.[0];
  if (HELD_OUT_PART.test(sc.text.slice(index, index + 12))) return null;
  return word && isBenchmarkShaped(word) && !STOP_CAPITALISED.has(word) ? word : null;
}
