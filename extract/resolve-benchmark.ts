/** Finds the benchmark a value is "on": after it in its clause, before it, or from context. */
import { BENCHMARK_HINT, HARDWARE, STOP_CAPITALISED } from "./lexicon";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { isMetricLabel } from "./metric";
import type { SentenceContext } from "./sentence-context";
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
const NEXT_SCORE_CLAUSE = /(?:,\s+(?:and|while|whereas)\s|;\s)[^.;]*?(?:\d(?:\.\d+)?\s*%|\d\.\d)/;

/** "reaches 5,120 tokens/s, and keeps 93.1% on MMLU": MMLU is the later score's, not this value's. */
function ownClauseEnd(sc: SentenceContext, end: number, limit: number): number {
  const next = NEXT_SCORE_CLAUSE.exec(sc.text.slice(end, limit));
  return next ? end + next.index : limit;
}

/** Where the benchmark of a value at [start, end) is: after it, then before it, then context. */
export function resolveBenchmark(
  sc: SentenceContext,
  start: number,
  end: number,
  clauseEnd: number,
): string | null {
  const owner =
    parenOwner(sc, start) ??
    onWithOwner(sc, start) ??
    namedBeforeMeasure(sc, start) ??
    onBeforeFrom(sc, start) ??
    shareOfItems(sc, end) ??
    enclosingParenBenchmark(sc, start, end);
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
    (BENCHMARK_HINT.test(before) || isKnownBenchmark(before) || /\bOn\s/.test(sc.text.slice(0, start)))
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
  const known = knownWordIn(sc, ownEnd);
  if (known) return known;
  // "When fine-tuned on Science QA, X achieves 92.5%": with no other benchmark, the one it was
  // fine-tuned for is the one it is scored on.
  const tuned = FINE_TUNED_ON.exec(sc.text.slice(0, start));
  const target = tuned ? benchmarkAt(sc, tuned.index + tuned[0].length, true) : null;
  if (target) return target;
  return openingOn(sc) ?? sc.earlierBenchmarks().at(-1) ?? sc.paper.benchmarks[0] ?? null;
}

/** "On Opencpop, X reaches …": a sentence that opens on a plain capitalised word names its data set. */
const OPENING_ON = /^On\s+(?:the\s+)?([A-Z][A-Za-z0-9-]*[a-z0-9])(?:\s+(?:dataset|benchmark|corpus))?\s*,/;
const NOT_A_SET = /^(?:Average|Top|Balance|Contrary|Purpose|Closer|Inspection|Paper|Reflection|Release)$/;

function openingOn(sc: SentenceContext): string | null {
  const word = OPENING_ON.exec(sc.text)?.[1];
  return word && !NOT_A_SET.test(word) && !STOP_CAPITALISED.has(word) ? word : null;
}

/** "58.8% on MLVU, compared with 52.3% for Y": a compared value is on the benchmark of the value it answers. */
const COMPARED_LEAD =
  /^[^;]*?(?:\bcompared\s+(?:with|to)\b|\bvs\.?(?=\s)|\bversus\b|\brelative\s+to\b|,\s*(?:while|whereas)\b)[^;]*$/;

function comparedOnPrevious(sc: SentenceContext, start: number): string | null {
  const previous = sc.numbers.findLast((n) => n.end <= start);
  if (!previous) return null;
  const bench = lastBenchmarkBetween(sc, previous.end, start);
  if (!bench) return null;
  const at = sc.text.indexOf(bench, previous.end);
  return at >= 0 && COMPARED_LEAD.test(sc.text.slice(at + bench.length, start)) ? bench : null;
}

/**
 * ", and on DanceTrack it reaches 63.4 HOTA", ", and for glaucoma detection on REFUGE an AUC of":
 * a clause that opens on a benchmark (after at most a task phrase) sets the scope anew.
 */
const SCOPE_OPENER =
  /(?:,\s*(?:and|while|whereas|but)\s+|;\s*)(?:(?:for|in)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+)?on\s+(?:the\s+)?(?=[A-Z0-9])/g;

function reopenedScope(sc: SentenceContext, start: number): string | null {
  const first = sc.numbers[0];
  if (!first || first.start >= start || !sc.text.includes(" on ")) return null;
  let scope: string | null = null;
  SCOPE_OPENER.lastIndex = first.end;
  for (let m = SCOPE_OPENER.exec(sc.text); m && m.index < start; m = SCOPE_OPENER.exec(sc.text))
    scope = benchmarkAt(sc, m.index + m[0].length) ?? scope;
  return scope;
}

// "Trained on PlantDoc, AgriDet attains …": training said first, with nothing else named, is the task's data.
const FINE_TUNED_ON =
  /\bfine-?tun(?:ed|ing)\s+on\s+(?:the\s+)?(?=[A-Z])|^Trained\s+on\s+(?:the\s+)?(?=[A-Z])/i;

const UNRESOLVED_ON = /^\s*(?:[\w@/-]+\s+){0,3}?(?<!trained\s)on\s+(?:the\s+)?(?=[A-Z])/;

/** "solves 24.5% of LiveCodeBench problems": the items counted are the benchmark's. */
const OF_ITEMS =
  /^\s*%?\s+of\s+(?:the\s+)?([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,2})\s+(?:problems|tasks|issues|questions|instances|queries|test cases)\b/;

function shareOfItems(sc: SentenceContext, end: number): string | null {
  const name = OF_ITEMS.exec(sc.text.slice(end, end + 80))?.[1];
  return name && (BENCHMARK_HINT.test(name) || isKnownBenchmark(name)) ? name : null;
}

/** "… on GSM8K from 92.0% to 95.1%, and on MATH from 42.5% to 53.9%": each change is on the benchmark just before its "from". */
// The phrase stops at "and": "on COCO and the mBIoU from" names no benchmark for the second change.
const ON_X_FROM = /\b(?:on|in)\s+(?:the\s+)?((?:(?!\b(?:on|in|and)\s)[^,;]){1,40}?)\s*,?\s+from\s+$/;

function onBeforeFrom(sc: SentenceContext, start: number): string | null {
  const lead = sc.text.slice(Math.max(0, start - 6), start);
  // "lowers the MPJPE on Human3.6M to 35.1 mm and on MPI-INF-3DHP to 42.7 mm": the same with "to".
  if (lead.endsWith(" to ")) {
    const window = sc.text.slice(Math.max(0, start - 60), start);
    const on = ON_X_TO.exec(window);
    // "from 76.2% on ImageNet to 41.5%": that benchmark is the first value's.
    if (!on?.[1] || /\d\s*%?\s*$/.test(window.slice(0, on.index))) return null;
    return benchmarkAt(sc, start - on[0].length + on[0].indexOf(on[1], 2));
  }
  if (!lead.endsWith("from ")) return null;
  const from = Math.max(0, start - 80);
  const m = ON_X_FROM.exec(sc.text.slice(from, start));
  if (m?.[1]) return benchmarkAt(sc, from + m.index + m[0].indexOf(m[1], 2));
  // "improves zero-shot ImageNet top-1 accuracy from 68.3% to 72.9%": a known benchmark before its measure.
  const named = NAME_MEASURE_FROM.exec(sc.text.slice(from, start))?.[1];
  return named && (BENCHMARK_HINT.test(named) || isKnownBenchmark(named)) ? named : null;
}

const ON_X_TO =
  /\b(?:on|in)\s+(?:the\s+)?([A-Z0-9][\w.+-]*[A-Za-z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+to\s+$/;

const NAME_MEASURE_FROM =
  /([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+(?:[a-z][\w@-]*\s+){0,2}(?:top-\d\s+)?(?:accuracy|score|AP|mAP|mIoU|F1|pass@\d+|success rate|win rate|WER|BLEU)\s+from\s+$/;

/** "on B with", "on B, with a top-1 accuracy of": what stands between the benchmark and its value. */
const ON_WITH =
  /\bon\s+(?:the\s+)?((?:(?!\bon\s)[^,;]){1,60}?)\s*,?\s+with\s+(?:an?\s+|the\s+)?(?:[\w@.-]+\s+){0,4}?(?:of\s+)?$/;

const OWN_ON_AFTER = /^[\d.,]+\s*(?:%|\\%)?\**\s*(?:(?!and\b)[\w@*-]+\s+){0,3}?on\s/;

/**
 * "sets a new state of the art on Kinetics-400 with 88.2% top-1 accuracy and on SSv2 with 75.1%":
 * a value right after "on B with" is on B, not on the next benchmark named after it.
 */
function onWithOwner(sc: SentenceContext, start: number): string | null {
  // "93.1% on MMLU with 88.4% on GSM8K": a value with a benchmark of its own right after it is on that.
  if (OWN_ON_AFTER.test(sc.text.slice(start, start + 60))) return null;
  const from = Math.max(0, start - 120);
  const m = ON_WITH.exec(sc.text.slice(from, start));
  if (!m?.[1]) return null;
  return benchmarkAt(sc, from + m.index + m[0].indexOf(m[1], 2));
}

/** "a DPG-Bench score of 84.1", "the Arena-Hard win rate to 41.3%": a benchmark naming the measure just before the value. */
const NAME_MEASURE_OF =
  /([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+(?:[a-z][\w@-]*\s+)?(?:score|accuracy|success rate|pass@\d+|win rate)\s+(?:of|=|:|to)\s+(?:up to\s+|only\s+|about\s+)?$/;

/** "AIME24 reaching 46.7%", "MMLU accuracy rises to 71.2%": a benchmark as the subject of the rise. */
// "68.2% on MMLU and reaches 74.5%": after a conjunction the model is the subject again, not MMLU.
const NAME_REACHING =
  /([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+(?:(?!(?:and|or|but|then|while|which|that)\s)[a-z][\w@-]*\s+)?(?:reach(?:es|ing)|(?:ris(?:es|ing)|climb(?:s|ing)|jump(?:s|ing)|improv(?:es|ing)) to)\s+(?:up to\s+|about\s+)?$/;

function namedBeforeMeasure(sc: SentenceContext, start: number): string | null {
  const before = sc.text.slice(Math.max(0, start - 80), start);
  // Most values follow neither "of"/"="/":" nor "reaching"/"to": the last characters spare the full patterns.
  const tail = before.slice(-14);
  const name = /(?:\bof|=|:|\bto)\s+(?:up to\s+|only\s+|about\s+)?$/.test(tail)
    ? (NAME_MEASURE_OF.exec(before)?.[1] ?? NAME_REACHING.exec(before)?.[1])
    : /reach(?:es|ing)\s+(?:up to\s+|about\s+)?$/.test(tail)
      ? NAME_REACHING.exec(before)?.[1]
      : undefined;
  return name && (BENCHMARK_HINT.test(name) || isKnownBenchmark(name)) ? name : null;
}

/** "on VQAv2 (85.2%), TextVQA (73.1%) and DocVQA (94.0%)": a value in parentheses right after a benchmark is on it. */
function parenOwner(sc: SentenceContext, start: number): string | null {
  // "ChartQA (relaxed accuracy 85.4)": a metric's name may stand between the parenthesis and the value.
  const label = /\(\s*((?:[A-Za-z][\w@.+-]*\s+){0,3})$/.exec(sc.text.slice(Math.max(0, start - 40), start));
  if (!label || (label[1] && !isMetricLabel(label[1].trim()))) return null;
  const open = sc.text.lastIndexOf("(", start);
  // "on Kvasir (91.2%)": a capitalised word right after "on" is what the value was measured on.
  const afterOn = /\b(?:on|across)\s+(?:the\s+)?([A-Z][\w.+-]*)\s*$/.exec(
    sc.text.slice(Math.max(0, open - 60), open),
  )?.[1];
  const name =
    sc.names.find((n) => n.end <= open && sc.text.slice(n.end, open).trim() === "")?.text ?? afterOn;
  if (!name || !isBenchmarkShaped(name)) return null;
  const known =
    name === afterOn ||
    BENCHMARK_HINT.test(name) ||
    isKnownBenchmark(name) ||
    sc.paper.benchmarks.includes(name);
  return known ? name : null;
}

/** "COCO detection (58.7 box AP …) and ADE20K segmentation (53.5 mIoU on val)": the parenthesis is on the name before it. */
const NAME_TASK_OPEN = /([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)(?:\s+[a-z][\w-]*){0,3}\s*\($/;

function enclosingParenBenchmark(sc: SentenceContext, start: number, end: number): string | null {
  const open = sc.text.lastIndexOf("(", start);
  const close = sc.text.indexOf(")", end);
  if (open < 0 || close < 0 || sc.text.slice(open, start).includes(")")) return null;
  // A benchmark named inside, after the value ("(53.5 mIoU on ADE20K)"), is the value's own.
  if (benchmarkBetween(sc, end, close)) return null;
  const name = NAME_TASK_OPEN.exec(sc.text.slice(Math.max(0, open - 60), open + 1))?.[1];
  return name && isBenchmarkShaped(name) && (BENCHMARK_HINT.test(name) || isKnownBenchmark(name))
    ? name
    : null;
}

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

/** "all labeled data of Librispeech achieve 1.8 WER": a plain word the gazetteer knows, anywhere in the sentence. */
function knownWordIn(sc: SentenceContext, limit = sc.text.length): string | null {
  for (const m of sc.text.matchAll(/\b[A-Z][A-Za-z]+[\w-]*/g)) {
    if (m.index >= limit) break;
    if (
      !STOP_CAPITALISED.has(m[0]) &&
      isKnownBenchmark(m[0]) &&
      !isModelName(m[0]) &&
      !isTrainingData(sc, m.index)
    ) {
      // "AIME 2024": the whole name when the word starts one the gazetteer also knows.
      const whole = sc.names.find((n) => n.start === m.index && n.text !== m[0]);
      return whole && isKnownBenchmark(whole.text) ? whole.text : m[0];
    }
  }
  return null;
}

/** Names in a sentence that are clearly benchmarks: by shape, by a following "dataset", or introduced by the paper. */
export function benchmarksNamed(sc: SentenceContext): string[] {
  const known = knownWordIn(sc);
  // A cheap look first: most sentences name no benchmark, and need not be searched for names.
  if (
    !BENCHMARK_HINT.test(sc.text) &&
    !SET_NOUN.test(sc.text) &&
    !sc.paper.benchmarks.some((b) => sc.text.includes(b))
  )
    return known ? [known] : [];
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
  return known && !named.includes(known) ? [...named, known] : named;
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
