/** Turns one value into a draft claim with the shared resolvers; rules override what they know. */
import { classifyKind } from "../classify";
import { metricAfter } from "../metric";
import { metricBefore } from "../metric-before";
import { metricChangedBy } from "../metric-changed-by";
import type { NumberMention } from "../numbers";
import { resolveBenchmark } from "../resolve-benchmark";
import { benchmarkRightAfterValue } from "../benchmark-after-value";
import {
  baselineAfter,
  byOwnerAfter,
  comparedOwnerAfter,
  forModelAfter,
  passiveOwnerAfter,
} from "../owner-after";
import { resolveModel, type ResolvedModel } from "../resolve-model";
import { referredSystem } from "../subject-candidate";
import { isBareResult } from "./bare-value";
import { isSetting } from "./is-setting";
import { isUnreached } from "./unreached";
import type { SentenceContext } from "../sentence-context";
import type { ClaimDraft } from "./rule";

export { isSetting } from "./is-setting";

/** Units that carry a result on their own; others (ms, GB, hours) need a metric or a bound. */
const RESULT_UNITS = new Set(["%", "x", "FPS", "tokens/s", "points", "dB"]);
/** "answers only 61.3% correctly", "solves 42% of the questions correctly": a share right is accuracy. */
const CORRECTLY_AFTER =
  /^\s*(?:of\s+(?:them\s+|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:questions|problems|items|cases|samples|tasks)\s+))?correctly\b/;
// "solves an average of 53.3% (8/15) of problems": the share of problems solved is the measure.
const SOLVES_BEFORE =
  /\bsolv(?:es|ed|ing|e)\s+(?:an?\s+average\s+of\s+|only\s+|about\s+|nearly\s+|up\s+to\s+)?$/;
// Only plain problems or questions: "of LiveCodeBench problems" keeps the set's usual metric (pass@1),
// and "of tasks" an agent's success rate.
const SHARE_OF_AFTER = /^\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+|all\s+)?(problems|questions|puzzles)\b/;

function solvedShare(text: string, n: NumberMention): string | null {
  if (n.unit !== "%" || !SOLVES_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start))) return null;
  const noun = SHARE_OF_AFTER.exec(text.slice(n.end, n.end + 60))?.[1];
  return noun ? `share of ${noun} solved` : null;
}
/** "95.18% in object classification": a share in a classification task is its accuracy. */
const CLASSIFIED_AFTER = /^\s*in\s+(?:[a-z][\w-]*\s+){0,3}(?:classification|recognition)\b/;
/** Units that name their metric when the text names none ("at 495 FPS"). */
export const UNIT_METRIC: Record<string, string> = { FPS: "FPS", "tokens/s": "throughput" };
/** Units of resources that name results only with a metric before them ("a consumption of 2.98 GB"). */
const MEASURE_UNITS = new Set(["KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "ms"]);

export interface DraftOptions {
  /** Where the benchmark search after the value stops. */
  clauseEnd?: number;
  requireSignal?: boolean;
}

/** The next value's start, or the clause end: a value's benchmark is named before the next value. */
export function clauseEndAfter(sc: SentenceContext, mention: NumberMention): number {
  // "by 7.7% mIoU (from 38.8% to 46.5%) on ADE20K": values in the value's own parenthesis end nothing.
  const own = OWN_PARENTHESIS.exec(sc.text.slice(mention.end, mention.end + 24));
  const close = own ? sc.text.indexOf(")", mention.end + own[0].length) : -1;
  const next = sc.numbers.find(
    (n) => n.start >= mention.end && !(n.start < close) && !isCountOfThings(sc.text, n),
  );
  const semicolon = sc.text.indexOf(";", mention.end);
  const ends = [next?.start ?? sc.text.length, semicolon < 0 ? sc.text.length : semicolon];
  return Math.min(...ends);
}

const OWN_PARENTHESIS = /^\s*(?:[\w@^-]+\s*)?\(/;

/** "across 25 organs on TotalSegmentator": a count of what a value is averaged over ends no clause. */
function isCountOfThings(text: string, n: NumberMention): boolean {
  return (
    n.unit === "" &&
    /\b(?:across|over|on|for|in|of)\s+(?:all\s+)?$/.test(text.slice(Math.max(0, n.start - 12), n.start)) &&
    /^\s+(?:[a-z][\w-]*\s+)?[a-z]+s\b/.test(text.slice(n.end, n.end + 30))
  );
}

export function draftFor(
  sc: SentenceContext,
  mention: NumberMention,
  options: DraftOptions = {},
): ClaimDraft | null {
  const metric =
    metricAfter(sc.text, mention.end) ??
    metricBefore(sc.text, mention.start) ??
    metricChangedBy(sc.text, mention.start) ??
    solvedShare(sc.text, mention) ??
    UNIT_METRIC[mention.unit] ??
    (mention.unit === "%" &&
    (CORRECTLY_AFTER.test(sc.text.slice(mention.end, mention.end + 50)) ||
      CLASSIFIED_AFTER.test(sc.text.slice(mention.end, mention.end + 60)))
      ? "accuracy"
      : null);
  const kind = classifyKind(sc.text, mention);
  const compared = comparedOwnerAfter(sc, mention.start, mention.end);
  const hasSignal =
    RESULT_UNITS.has(mention.unit) ||
    metric !== null ||
    kind === "delta" ||
    (kind === "bound" && mention.unit === "hours") ||
    isBareResult(sc, mention, compared !== null);
  // "1.2 ms latency": a time in milliseconds is a result when a word of time says what it measures
  // (a latency budget is a setting, is-setting.ts).
  const timed = mention.unit === "ms" && metric !== null && /latency|time|delay/i.test(metric);
  if (options.requireSignal !== false && (!hasSignal || (MEASURE_UNITS.has(mention.unit) && !timed)))
    return null;
  if (isSetting(sc, mention) || isUnreached(sc, mention)) return null;
  const subject =
    compared ??
    baselineAfter(sc, mention.start, mention.end) ??
    passiveOwnerAfter(sc, mention.end) ??
    (kind === "delta" ? null : byOwnerAfter(sc, mention.start, mention.end)) ??
    resolveModel(sc, mention.start);
  // "76.3% for GPT-4o": a model named after the value owns it, unless the paper's own system ran it.
  const owner = subject?.self ? subject : (forModelAfter(sc, mention.end) ?? subject);
  // "improving the H-Score to 0.624": a name that is the value's own metric never owns it.
  const model =
    owner && metric !== null && owner.name.toLowerCase() === metric.toLowerCase() ? systemOf(sc) : owner;
  if (!model) return null;
  const clauseEnd = options.clauseEnd ?? clauseEndAfter(sc, mention);
  const resolved = resolveBenchmark(sc, mention.start, mention.end, clauseEnd);
  // "62.6% ScreenSpot-Pro" in a list of benchmarks: the word read as a metric named the benchmark;
  // "a 14% improvement in AUC-ROC": the metric's name, read after "in", names no benchmark.
  const named = resolved !== null && resolved === metric;
  const listed = named && benchmarkRightAfterValue(sc, mention.end) === resolved;
  const benchmark = named && !listed ? null : resolved;
  return {
    model: model.name,
    self: model.self,
    benchmark,
    metric: listed ? null : metric,
    mention,
    kind,
    focusStart: mention.start,
    focusEnd: mention.end,
  };
}

/** The paper's own system, when a sentence's only name turned out to be no model. */
function systemOf(sc: SentenceContext): ResolvedModel | null {
  const system = referredSystem(sc.paper.systems);
  return system ? { name: system, self: true, inSentence: false } : null;
}
