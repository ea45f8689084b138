/**
 * When a value with no unit and no metric of its own is still a result: its sentence has already
 * named what is measured, and the words around the value say whose it is or what it is on.
 */
import { isKnownBenchmark } from "../gazetteer";
import { BENCHMARK_HINT, RESULT_VERB } from "../lexicon";
import { metricAfter } from "../metric";
import { metricsIn } from "../metric-spans";
import { isNameLike } from "../names";
import type { NumberMention } from "../numbers";
import { possessorBefore } from "../resolve-model";
import type { SentenceContext } from "../sentence-context";

export function isBareResult(sc: SentenceContext, mention: NumberMention, compared: boolean): boolean {
  // A length ("74.8 mm") names no measure of its own, like a bare number.
  if (mention.unit !== "" && mention.unit !== "mm") return false;
  if (scoreOnKnownBenchmark(sc, mention)) return true;
  const before = sc.text.slice(Math.max(0, mention.start - 70), mention.start);
  const after = sc.text.slice(mention.end, mention.end + 40);
  const cued =
    // "8.43 perplexity …, compared to 12.23 with GPTQ", "compared with WHAM's 79.7": a named rival's.
    compared ||
    possessorBefore(sc, mention.start) !== null ||
    // "86.1 ANLS on DocVQA and 68.3 on InfographicVQA": a named set, after a value with a metric.
    (BARE_ON_SET.test(after) && LISTED_AFTER_VALUE.test(before)) ||
    // "lowers the MPJPE on A to 35.1 and on B to 42.7": the second change of the metric named before.
    CHANGED_ON_SET.test(before.slice(-50)) ||
    // "…, while PatchTST attains 0.413 and iTransformer 0.454": a named rival's result, or the
    // next name's in the same list.
    RIVAL_VERB.test(before) ||
    // "reduces the EPE on Sintel by 12%, reaching 2.31": where a change of a named metric lands.
    LANDS_AT.test(before) ||
    // "an NDS of 73.9 without TTA and 74.5 with TTA": one measure under two conditions.
    (CONDITION_AFTER.test(after) && CONDITION_PAIR.test(before)) ||
    isGappedName(sc, mention);
  return cued && namesMetricBefore(sc, mention.start);
}

/** "… and 68.3 on InfographicVQA", "… and 1.98 on the final pass": a named set or a part of one. */
const BARE_ON_SET =
  /^\s+on\s+(?:the\s+)?(?:[A-Z][\w.+-]*[A-Za-z0-9]|[a-z][\w-]*\s+(?:pass|split|subset|track|partition)\b)/;
const LISTED_AFTER_VALUE =
  /\d\s*%?(?:\s*[A-Za-z@-]+){0,3}(?:\s+on\s+[^,;]{1,40}?)?(?:,\s*(?:and\s+)?|\s+and\s+)$/;
const CHANGED_ON_SET = /\bon\s+(?:the\s+)?[A-Z0-9][\w.+-]*[A-Za-z][\w.+-]*\s+to\s+$/;
const RIVAL_VERB = new RegExp(
  String.raw`\b(?:while|whereas)\s+[A-Za-z][\w.+-]*[A-Za-z0-9](?:[ -][A-Z0-9][\w.+-]*)?\s+(?:only\s+)?${RESULT_VERB}\s+(?:only\s+)?$`,
);
const LANDS_AT = /\d\s*%?,\s+(?:reaching|to reach|landing at|ending at)\s+$/;
const CONDITION = String.raw`(?:with|without|w\/o|using|under|at)\s`;
const CONDITION_AFTER = new RegExp(String.raw`^\s+${CONDITION}`);
const CONDITION_PAIR = new RegExp(String.raw`\d\s*%?\s+${CONDITION}[^,;\d]{1,40}?\s+and\s+$`);
const GAP_BEFORE_NAME = /\d\s*%?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/;

/** "0.413 and iTransformer 0.454": a name right before the value, right after the previous value. */
function isGappedName(sc: SentenceContext, mention: NumberMention): boolean {
  const name = sc.names.find(
    (n) => n.end < mention.start && /^\s$/.test(sc.text.slice(n.end, mention.start)),
  );
  return (
    name !== undefined &&
    !isKnownBenchmark(name.text) &&
    GAP_BEFORE_NAME.test(sc.text.slice(Math.max(0, name.start - 20), name.start))
  );
}

/** The sentence named a metric before `pos`, in words or as a unit right after an earlier value ("67.2 AJ"). */
export function namesMetricBefore(sc: SentenceContext, pos: number): boolean {
  if (metricsIn(sc.text.slice(0, pos)).length > 0) return true;
  return sc.numbers.some((n) => n.end <= pos && metricAfter(sc.text, n.end) !== null);
}

/** "achieves 0.74 on GenEval": a bare number scored on a benchmark the gazetteer knows. */
function scoreOnKnownBenchmark(sc: SentenceContext, mention: NumberMention): boolean {
  const on = /^\s+on\s+(?:the\s+)?([A-Za-z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)/.exec(
    sc.text.slice(mention.end, mention.end + 60),
  );
  const name = on?.[1];
  if (name === undefined) return false;
  if (isKnownBenchmark(name) || isKnownBenchmark(name.split(" ")[0] ?? "")) return true;
  // A benchmark no list knows yet ("scores 45.3 on NovaBench-2"): a name shaped like one, right
  // after a verb of result, so "a batch of 256 on ImageNet" stays no claim.
  const shaped = isNameLike(name.split(" ")[0] ?? "") || BENCHMARK_HINT.test(name);
  return shaped && RESULT_VERB_BEFORE.test(sc.text.slice(Math.max(0, mention.start - 40), mention.start));
}

const RESULT_VERB_BEFORE = new RegExp(
  String.raw`\b${RESULT_VERB}\s+(?:an?\s+)?(?:(?:average|overall)\s+(?:score\s+)?of\s+)?$`,
  "i",
);
