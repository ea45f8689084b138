/** Finds the benchmark a value is "on": after it in its clause, before it, or from context. */
import { BENCHMARK_HINT, HARDWARE, RESULT_VERB, STOP_CAPITALISED } from "./lexicon";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import type { SentenceContext } from "./sentence-context";
import { ownedBenchmark } from "./benchmark-owner";
import { comparedOnPrevious, openingOn, reopenedScope } from "./clause-scope";
import {
  benchmarkAt,
  benchmarkBetween,
  isBenchmarkShaped,
  isTrainingData,
  lastBenchmarkBetween,
  SET_NOUN,
  SET_NOUN_AFTER,
} from "./benchmark-phrase";

export {
  benchmarkAt,
  benchmarkBetween,
  isModelNotBenchmark,
  isTrainingData,
  SET_NOUN,
  SET_NOUN_AFTER,
  TRAINING_DATA_BEFORE,
} from "./benchmark-phrase";

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
    (n) => n.start >= at && n.end <= at + first.length && isBenchmarkShaped(n.text),
  );
  const list = (inside.length > 0 ? inside.map((n) => n.text) : [first]).flatMap(slashParts);
  let end = at + first.length;
  for (const name of sc.names) {
    if (name.start < end || name.end > to) continue;
    // "On the Amazon Beauty dataset, SASRec achieves": the paper's own system ends the list.
    if (
      !LIST_JOIN.test(sc.text.slice(end, name.start)) ||
      !isBenchmarkShaped(name.text) ||
      sc.paper.systems.includes(name.text)
    )
      break;
    list.push(name.text);
    end = name.end;
  }
  return list;
}

/** "ImageNet-1K/COCO/ADE20K" is three benchmarks written as one word; "Cityscapes/val" stays one name. */
function slashParts(name: string): string[] {
  const parts = name.split("/");
  const named = (p: string) => /^[A-Z0-9]/.test(p) && p.length > 1 && isBenchmarkShaped(p);
  return parts.length > 1 && parts.every(named) && parts.some(isKnownBenchmark) ? parts : [name];
}

// "A, B and C", "A / B", "the A dataset and the B dataset".
// "RefCOCO val, RefCOCO+ val and RefCOCOg test": a split word may follow each name.
const LIST_JOIN =
  /^(?:\s+(?:datasets?|benchmarks?|test sets?|splits?|val|test|dev|validation|test-dev))?\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+|\/\s*)(?:the\s+)?$/;

/** ", and keeps 93.1% on", ", and on B it reaches 63.4": a later clause stating a score of its own. */
// ", on ogbg-molpcba an AP of 31.2": a comma and "on" open the next value's clause too.
const NEXT_SCORE_CLAUSE =
  /(?:,\s+(?:and|while|whereas)\s|,\s+on\s+(?!par\b)|;\s)[^.;]*?(?:\d(?:\.\d+)?\s*%|\d\.\d)/;

/**
 * "100% accuracy … and scores 78.4 on RULER": a verb of result starts the next value's clause,
 * comma or not; so does a standing ("…, and ranks first on the Middlebury leaderboard").
 */
const NEXT_RESULT_VERB = new RegExp(
  String.raw`\s(?:and|while|whereas)\s+(?:it\s+|also\s+)?(?:${RESULT_VERB}\s+(?:an?\s+|up to\s+)?[\w@.-]*\s*\d|(?:ranks?|ranking|tops?|topping|places?|placing|sets?|setting)\s+(?:first|1st|top|a new|new)\b)`,
);

/** "reaches 5,120 tokens/s, and keeps 93.1% on MMLU": MMLU is the later score's, not this value's. */
function ownClauseEnd(sc: SentenceContext, end: number, limit: number): number {
  // Inside "64.1 HOTA, 79.8 MOTA, and 78.2 IDF1 on MOT17" the ", and" joins items, not clauses.
  const from = Math.max(end, metricValueListAround(sc, end));
  const window = sc.text.slice(from, limit);
  const next = NEXT_SCORE_CLAUSE.exec(window)?.index ?? window.length;
  const verb = NEXT_RESULT_VERB.exec(window)?.index ?? window.length;
  return from + Math.min(next, verb);
}

const VALUE_METRIC = String.raw`[+~]?\d[\d.,]*\s*%?\s*[A-Za-z][\w@.-]*`;
const METRIC_VALUE_LIST = new RegExp(
  String.raw`${VALUE_METRIC}(?:,\s+${VALUE_METRIC})+,?\s+and\s+${VALUE_METRIC}(?=\s+on\s)`,
  "g",
);
const valueLists = new WeakMap<SentenceContext, { start: number; end: number }[]>();

/** The end of a list of three or more "value metric" items ending before "on" that holds `pos`, else -1. */
function metricValueListAround(sc: SentenceContext, pos: number): number {
  let lists = valueLists.get(sc);
  if (lists === undefined) {
    lists = / and /.test(sc.text)
      ? [...sc.text.matchAll(METRIC_VALUE_LIST)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
      : [];
    valueLists.set(sc, lists);
  }
  return lists.find((l) => l.start < pos && pos <= l.end)?.end ?? -1;
}

/** Where the benchmark of a value at [start, end) is: after it, then before it, then context. */
export function resolveBenchmark(
  sc: SentenceContext,
  start: number,
  end: number,
  clauseEnd: number,
): string | null {
  const owner = ownedBenchmark(sc, start, end);
  if (owner) return owner;
  const ownEnd = ownClauseEnd(sc, end, sc.text.length);
  const after = benchmarkBetween(sc, end, Math.min(clauseEnd, ownEnd)) ?? namedRightAfter(sc, end);
  if (after) return after;
  // "and obtains 6.3 MAE on Part B": a value said to be on something unresolved is on no guessed benchmark.
  const unresolved = UNRESOLVED_ON.exec(sc.text.slice(end, Math.min(ownEnd, end + 60)));
  // "108 FPS on T4 GPU": what a speed is measured on is hardware, and the benchmark is elsewhere.
  if (
    unresolved &&
    !HARDWARE.test(sc.text.slice(end + unresolved[0].length - 1, end + unresolved[0].length + 20))
  )
    return null;
  const compared = comparedOnPrevious(sc, start);
  if (compared) return compared;
  const reopened = reopenedScope(sc, start);
  if (reopened) return reopened;
  // "…; and for speech translation on MuST-C it achieves 27.9 BLEU": the clause's own benchmark first.
  const semicolon = sc.text.lastIndexOf(";", start);
  const before =
    (semicolon > 0 ? benchmarkBetween(sc, semicolon, start) : null) ?? benchmarkBetween(sc, 0, start);
  if (
    before &&
    (BENCHMARK_HINT.test(before) ||
      isKnownBenchmark(before) ||
      /\bOn\s/.test(sc.text.slice(0, start)) ||
      isSetDrawnFromList(sc.text, before) ||
      // "… on the Synthetic-NeRF dataset, and X-L reaches 34.1 dB": called a data set where it stands.
      SET_NOUN_AFTER.test(sc.text.slice(sc.text.indexOf(before) + before.length)))
  )
    return before;
  // "answers 58.3% on BrowseComp, a 12.5-point gain": the benchmark just named, in the same clause.
  const recent = lastBenchmarkBetween(sc, Math.max(sc.text.lastIndexOf(";", start) + 1, start - 120), start);
  if (recent && !sc.text.slice(sc.text.indexOf(recent, start - 120), start).includes(" and ")) return recent;
  const hinted = sc.names.find(
    (n) =>
      n.end <= start &&
      (BENCHMARK_HINT.test(n.text) || isKnownBenchmark(n.text)) &&
      !isTrainingData(sc, n.start),
  );
  if (hinted) return hinted.text;
  const later = benchmarkBetween(sc, end, ownEnd);
  if (later) return later;
  // A word after the next value is that value's ("100% … and scores 78.4 on RULER").
  const known = knownWordIn(sc, ownEnd);
  if (known) return known;
  // "When fine-tuned on Science QA, X achieves 92.5%": with no other benchmark, the one it was
  // fine-tuned for is the one it is scored on.
  const tuned = FINE_TUNED_ON.exec(sc.text.slice(0, start));
  const target = tuned ? benchmarkAt(sc, tuned.index + tuned[0].length, true) : null;
  if (target) return target;
  return openingOn(sc) ?? sc.earlierBenchmarks().flat().at(-1) ?? sc.paper.benchmarks[0] ?? null;
}

// "Trained on PlantDoc, AgriDet attains …": training said first, with nothing else named, is the task's data.
const FINE_TUNED_ON =
  /\bfine-?tun(?:ed|ing)\s+on\s+(?:the\s+)?(?=[A-Z])|^Trained\s+on\s+(?:the\s+)?(?=[A-Z])/i;

const UNRESOLVED_ON = /^\s*(?:[\w@/-]+\s+){0,3}?(?<!trained\s)on\s+(?:the\s+)?(?=[A-Z])/;

/**
 * "35.3% on Minerva": a capitalised word right after "N on" is what N was measured on, even when no
 * list knows it; a model or hardware there is caught by the refiners and the shape check.
 */
function namedRightAfter(sc: SentenceContext, end: number): string | null {
  const m = /^\s*on\s+(?:the\s+)?([A-Z][\w-]*[a-z0-9][\w-]*)(?=[\s,.;)]|$)/.exec(
    sc.text.slice(end, end + 60),
  );
  const word = m?.[1];
  return word && isBenchmarkShaped(word) && !STOP_CAPITALISED.has(word) ? word : null;
}

/**
 * "Across 72 simulated tasks from Adroit, DexArt and MetaWorld, … an average of 74.4%": a set drawn
 * from several named suites is what the value averages over, not the last suite named.
 */
function isSetDrawnFromList(text: string, phrase: string): boolean {
  const at = text.indexOf(phrase);
  return (
    at >= 0 &&
    /^\s+(?:from|of|in|across)\s+(?:the\s+)?[A-Z][\w.+-]*(?:\s*,\s*[A-Z][\w.+-]*)*,?\s+and\s+[A-Z]/.test(
      text.slice(at + phrase.length, at + phrase.length + 120),
    )
  );
}

/** "all labeled data of Librispeech achieve 1.8 WER": a plain word the gazetteer knows, anywhere in the sentence. */
function knownWordIn(sc: SentenceContext, limit = sc.text.length): string | null {
  return knownWordsIn(sc, limit, 1)[0] ?? null;
}

/** Every such word before `limit`, in order, each once (at most `most` of them). */
function knownWordsIn(sc: SentenceContext, limit = sc.text.length, most = Infinity): string[] {
  const found: string[] = [];
  for (const m of sc.text.matchAll(/\b[A-Z][\w-]*[A-Za-z][\w-]*/g)) {
    if (m.index >= limit || found.length >= most) break;
    if (
      !STOP_CAPITALISED.has(m[0]) &&
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
  return [...named, ...known.filter((k) => !named.includes(k))];
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
