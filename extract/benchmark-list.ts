/**
 * Lists of benchmarks in a sentence: the list after a preposition ("on A, B, and C"), every list
 * before a point, and every name the sentence clearly calls a benchmark.
 */
import { BENCHMARK_HINT, STOP_CAPITALISED } from "./lexicon";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import type { SentenceContext } from "./sentence-context";
import { inTitleCaseRun } from "./name-shape";
import {
  benchmarkBetween,
  isBenchmarkShaped,
  isTrainingData,
  SET_NOUN,
  SET_NOUN_AFTER,
} from "./benchmark-phrase";
import { editionsAfter, setMembers, slashParts } from "./list-members";

/**
 * Every benchmark after a preposition in the sentence, in order ("on A, B, and C" gives all three):
 * names joined only by commas, "and", "or" or slashes; a verb or any other word ends the list.
 */
export function benchmarkListAfter(sc: SentenceContext, from: number, to: number): string[] {
  const first = benchmarkBetween(sc, from, to);
  if (!first) return [];
  const at = sc.text.indexOf(first, from);
  // "on commonsense and LongBench benchmarks": the names inside a described set are the list.
  const inside = sc.names.filter(
    (n) => n.start >= at && n.end <= at + first.length && isBenchmarkShaped(n.text) && n.text !== first,
  );
  const members = inside.length === 0 ? setMembers(sc, first, at + first.length) : [];
  if (members.length > 0) return members;
  const editions = editionsAfter(sc.text, at + first.length);
  const list = (inside.length > 0 ? inside.map((n) => n.text) : [first + editions]).flatMap(slashParts);
  let end = at + first.length + editions.length;
  for (const name of sc.names) {
    if (name.start < end || name.end > to) continue;
    // "On SimplerEnv-Bridge, Fractal, and LIBERO-5": a plain word between two listed names is listed too.
    const between = PLAIN_BETWEEN.exec(sc.text.slice(end, name.start))?.[1];
    const plain = between && !STOP_CAPITALISED.has(between) && !isModelName(between) ? between : null;
    // "On the Amazon Beauty dataset, SASRec achieves": the paper's own system ends the list.
    if (
      !(plain || LIST_JOIN.test(sc.text.slice(end, name.start))) ||
      !isBenchmarkShaped(name.text) ||
      sc.paper.systems.includes(name.text)
    )
      break;
    list.push(...(plain ? [plain] : []), name.text);
    end = name.end;
  }
  return list;
}

// "A, B and C", "A / B", "the A dataset and the B dataset".
// "RefCOCO val, RefCOCO+ val and RefCOCOg test": a split word may follow each name.
const LIST_JOIN =
  /^(?:\s+(?:datasets?|benchmarks?|test sets?|splits?|val|test|dev|validation|test-dev))?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|\/\s*)(?:the\s+)?$/;

const PLAIN_BETWEEN = /^\s*,\s*([A-Z][a-z]{2,})\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?$/;

/** "all labeled data of Librispeech achieve 1.8 WER": a plain word the gazetteer knows, anywhere in the sentence. */
export function knownWordIn(sc: SentenceContext, limit = sc.text.length): string | null {
  return knownWordsIn(sc, limit, 1)[0] ?? null;
}

/** Every such word before `limit`, in order, each once (at most `most` of them). */
function knownWordsIn(sc: SentenceContext, limit = sc.text.length, most = Infinity): string[] {
  const found: string[] = [];
  for (const m of sc.text.matchAll(/\b[A-Z][\w-]*[A-Za-z][\w-]*/g)) {
    if (m.index >= limit || found.length >= most) break;
    if (
      !STOP_CAPITALISED.has(m[0]) &&
      !inTitleCaseRun(sc.text, m.index, m[0]) &&
      isKnownBenchmark(m[0]) &&
      !isModelName(m[0]) &&
      !isTrainingData(sc, m.index)
    ) {
      // "AIME 2024": the whole name when the word starts one the gazetteer also knows.
      const whole = sc.names.find((n) => n.start === m.index && n.text !== m[0]);
      const name = whole && isKnownBenchmark(whole.text) ? whole.text : m[0];
      if (!found.includes(name)) found.push(name);
    }
  }
  return found;
}

/** Names in a sentence that are clearly benchmarks: by shape, by a following "dataset", or introduced by the paper. */
export function benchmarksNamed(sc: SentenceContext): string[] {
  const known = knownWordsIn(sc);
  // A cheap look first: most sentences name no benchmark, and need not be searched for names.
  if (
    !BENCHMARK_HINT.test(sc.text) &&
    !SET_NOUN.test(sc.text) &&
    !sc.paper.benchmarks.some((b) => sc.text.includes(b))
  )
    return known;
  const named = sc.names
    .filter((n) => isBenchmarkShaped(n.text))
    .filter(
      (n) =>
        BENCHMARK_HINT.test(n.text) ||
        isKnownBenchmark(n.text) ||
        SET_NOUN_AFTER.test(sc.text.slice(n.end)) ||
        sc.paper.benchmarks.includes(n.text),
    )
    .map((n) => n.text);
  const all = [...named, ...known.filter((k) => !named.includes(k))];
  return [...all, ...listedWith(sc, all).filter((n) => !all.includes(n))];
}

/** "BraTS 2021 and KiTS23": a benchmark-shaped name joined in a list to a named benchmark is one too. */
function listedWith(sc: SentenceContext, named: readonly string[]): string[] {
  const found: string[] = [];
  let end = -1;
  for (const name of sc.names) {
    if (named.includes(name.text)) end = name.end;
    else if (
      end >= 0 &&
      LIST_JOIN.test(sc.text.slice(end, name.start)) &&
      isBenchmarkShaped(name.text) &&
      !sc.paper.systems.includes(name.text) &&
      !isModelName(name.text)
    ) {
      found.push(name.text);
      end = name.end;
    } else end = -1;
  }
  return found;
}

/** Every benchmark named after a preposition before `end`, in order, each once. */
export function benchmarksBefore(sc: SentenceContext, end: number): string[] {
  const found: string[] = [];
  for (let from = 0; from < end;) {
    // Each preposition's whole list: "on SWE-bench and HumanEvalFix" gives both.
    const list = benchmarkListAfter(sc, from, end);
    if (list.length === 0) break;
    for (const name of list) if (!found.includes(name)) found.push(name);
    const last = list.at(-1)!;
    const at = sc.text.indexOf(last, from);
    if (at < 0 || at >= end) break;
    from = at + last.length;
  }
  return found;
}
