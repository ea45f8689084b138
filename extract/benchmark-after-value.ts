/**
 * "(8B: 80.2% AndroidWorld, 48.5% OSWorld)", "reaches 71.2% WebArena and 60.1% MMLU": a benchmark
 * named right after its value, with no "on" between, is the value's own. Only a name the lists know
 * as a benchmark (or one shaped like one, "X-Bench") counts, and only where the name ends its item,
 * so "45% COCO AP" keeps its metric word and "95% CI" names nothing. A value paired with the next
 * one shares the benchmark said after that one (sharedWithNext); a capitalised word right after
 * "on" names one whatever the lists know (namedRightAfter).
 */
import { isKnownBenchmark } from "./gazetteer";
import { BENCHMARK_HINT, STOP_CAPITALISED } from "./lexicon";
import { isKnownMetric } from "./metric";
import type { SentenceContext } from "./sentence-context";
import { benchmarkBetween, setWordAt } from "./benchmark-phrase";
import { ownClauseEnd } from "./own-clause";

// What may follow the name: the end of the item (a comma, a bracket, "and", the sentence's end) or a set noun.
const ITEM_END = /^(?:\s*[,;)\]]|\s+(?:and|or)\s|\s+(?:benchmarks?|datasets?|test set)\b|\.?\s*$|\.\s)/;

export function benchmarkRightAfterValue(sc: SentenceContext, end: number): string | null {
  const gap = /^\s+/.exec(sc.text.slice(end, end + 3));
  if (!gap) return null;
  const start = end + gap[0].length;
  const name = sc.names.find((n) => n.start === start);
  if (!name || STOP_CAPITALISED.has(name.text) || isKnownMetric(name.text)) return null;
  if (!ITEM_END.test(sc.text.slice(name.end, name.end + 20))) return null;
  const vouched = isKnownBenchmark(name.text) || BENCHMARK_HINT.test(name.text);
  return vouched || followsListedBenchmark(sc, end) ? name.text : null;
}

/** "80.2% AndroidWorld, 48.5% OSWorld, 62.6% ScreenSpot-Pro": an item of a list of known ones is one too. */
function followsListedBenchmark(sc: SentenceContext, end: number): boolean {
  const at = sc.numbers.findIndex((n) => n.end === end);
  const previous = at > 0 ? sc.numbers[at - 1] : undefined;
  const current = sc.numbers[at];
  if (!previous || !current) return false;
  const item = /^\s+(\S.*?)\s*,\s*(?:and\s+)?$/.exec(sc.text.slice(previous.end, current.start))?.[1];
  return item !== undefined && isKnownBenchmark(item) && !isKnownMetric(item);
}

/**
 * "(58.7 box AP and 51.1 mask AP on COCO test-dev)": a value paired by "and" or "at" with the next one
 * shares the benchmark said after that one, whatever an earlier clause was on.
 */
export function sharedWithNext(sc: SentenceContext, end: number): string | null {
  const next = sc.numbers.find((n) => n.start >= end);
  if (!next || !PAIRED_NEXT.test(sc.text.slice(end, next.start))) return null;
  // The pair's own words: up to the value after it or a comma ("…, and on Pascal Context it reaches").
  const after = sc.numbers.find((n) => n.start >= next.end)?.start ?? sc.text.length;
  const comma = /[,;]/.exec(sc.text.slice(next.end, after));
  const stop = comma ? next.end + comma.index : after;
  return benchmarkBetween(sc, next.end, ownClauseEnd(sc, next.end, stop));
}

// "… and 51.1 mask AP on COCO"; "84.4 J&F at 23 FPS on YouTube-VOS": a score said with its speed;
// "AP^box of 54.6 and mAP50 of 72.1 on COCO": the next value's metric may open the pair's second half.
const PAIRED_NEXT =
  /^\s*(?:[A-Za-z][\w@&-]*\s+){0,3}?(?:and|at)\s+(?:(?:an?|the)\s+)?(?:[A-Za-z][\w@&^-]*\s+of\s+)?$/;

/**
 * "35.3% on Minerva": a capitalised word right after "N on" is what N was measured on, even when no
 * list knows it; a model or hardware there is caught by the refiners and the shape check.
 * "88.45% in facial expression recognition on Bosphorus": the task may be named between.
 */
export function namedRightAfter(sc: SentenceContext, end: number): string | null {
  // "74.8% vs. 58.8% in the Simpler simulator": "in" names the set when a set noun follows the word.
  const on =
    /^\s*(?:in\s+(?:[a-z][\w-]*\s+){1,4})?(?:on|in(?=\s+(?:the\s+)?[A-Z][\w-]*\s+(?:simulator|environment|benchmark|dataset)\b))\s+(?:the\s+)?/.exec(
      sc.text.slice(end, end + 60),
    );
  return on ? setWordAt(sc, end + on[0].length) : null;
}
