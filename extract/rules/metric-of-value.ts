/**
 * "an accuracy of 69.2", "a decoding throughput of up to 4,039 tokens per second", "an average
 * consumption of 2.98 GB": the metric precedes the value, which may have no unit of its own.
 */
import { benchmarkInfo } from "../gazetteer";
import { metricAfter } from "../metric";
import { metricBefore } from "../metric-before";
import { namesMetricBefore } from "./bare-value";
import { draftFor } from "./draft";
import { mentionIn, type Rule } from "./rule";
import type { NumberMention } from "../numbers";
import type { SentenceContext } from "../sentence-context";

export const metricOfValue: Rule = {
  name: "metric-of-value",
  pattern:
    /\b(?:of|reaching|reaches|scores|scoring|scored)\s+(?:up to\s+|only\s+|about\s+|around\s+|over\s+|nearly\s+|an?\s+average\s+of\s+)?(?=[+~$]?\d)/g,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const mention = mentionIn(sc, at, at + 2);
    if (!mention) return null;
    const scores = /^scor/i.test(match[0]);
    const named = scores ? null : (metricBefore(sc.text, mention.start) ?? averageScore(sc, mention));
    if (!scores && !named) return null;
    const draft = draftFor(sc, mention, { requireSignal: false });
    if (!draft) return null;
    // "it scores 31.4": the verb names a score; on a benchmark with a usual metric (MMLU), that one
    // is filled in later (refiners/metric-context.ts), else the metric is "score".
    const usual = draft.benchmark !== null && benchmarkInfo(draft.benchmark)?.metric;
    // "a score of 59.0 nDCG@10": a metric written right after the value says which score it is.
    const after = named === "score" ? metricAfter(sc.text, mention.end) : null;
    // "X reaches 91.2% accuracy, while Y scores 63.5%": a metric the sentence named before is carried.
    const metric =
      after ?? named ?? draft.metric ?? (usual || namesMetricBefore(sc, mention.start) ? null : "score");
    const first = { ...draft, metric, focusStart: Math.max(0, match.index - (metric?.length ?? 0) - 4) };
    const next = pairedValue(sc, mention);
    // Only scores: a list of changes is read by the rules for changes.
    const paired = next && metric !== null && draft.kind === "score";
    const second = paired ? draftFor(sc, next, { requireSignal: false }) : null;
    return second ? [first, { ...second, metric }] : [first];
  },
};

/**
 * "an FID of 2.05 at 256×256 resolution and 2.53 at 512×512": a bare value joined by "and", after
 * words that only say where the first was measured, is the same measure of the same subject.
 */
function pairedValue(sc: SentenceContext, mention: NumberMention): NumberMention | null {
  const next = sc.numbers.find((n) => n.start >= mention.end);
  if (!next || next.unit !== mention.unit || !PAIRED_AFTER.test(sc.text.slice(mention.end, next.start)))
    return null;
  const own = metricAfter(sc.text, next.end) ?? metricBefore(sc.text, next.start);
  return own === null ? next : null;
}

// "for Emu3 and": a digit glued to a letter is part of a name, not another value.
const PAIRED_AFTER =
  /^\s*(?:(?:at|on|in|with|for)\s+(?:[^,;()\d]|(?<=[A-Za-z])\d){0,30}?(?:\d{2,4}\s?[×x]\s?\d{2,4}[^,;()\d]{0,20}?)?\s*)?,?\s+and\s+$/;

/**
 * "GPT-4o leads with an average of 72.4": an average that names no measure is the average score,
 * unless a word after the value says what is counted ("an average of 4.6 tokens").
 */
function averageScore(sc: SentenceContext, mention: NumberMention): string | null {
  const before = sc.text.slice(Math.max(0, mention.start - 20), mention.start);
  if (!/\ban?\s+average\s+of\s+$/i.test(before)) return null;
  return /^\s*%?\s*(?:[,;.)]|on\b|across\b|over\b|$)/.test(sc.text.slice(mention.end, mention.end + 12))
    ? "average score"
    : null;
}
