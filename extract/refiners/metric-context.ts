/**
 * A value with no metric next to it takes the metric the sentence names before it ("96.2% pass@1 on
 * HumanEval but only 76.2% on HumanEval Pro": both are pass@1), else the usual metric of its
 * benchmark from the gazetteer ("48.1% on MMLU" is accuracy). Generic words ("score", "cost")
 * are never carried over, and a metric carried to a percentage must be one measured in percent.
 */
import { ACRONYM_METRIC, CHANGE_VERB } from "../lexicon";
import { isKnownBenchmark, usualMetric } from "../gazetteer";
import { LEADING_CUE, metricAfter, STOP_WORD } from "../metric";
import { metricsIn, singularMetric, type MetricSpan } from "../metric-spans";
import type { SentenceContext } from "../sentence-context";
import type { ClaimDraft } from "../rules/rule";
import type { Refiner } from "./refiner";
import { isDiscardedShare, measuresSomethingElse, shareOf } from "./share-of";
import { namesOwnMeasure, saysSuccess } from "./own-measure";
import { withHardware } from "./setting-metric";

/** Too generic to carry from one value to another. */
const NOT_CARRIED =
  /^(?:score|errors?|error rates?|memory|storage|consumption|variation|deviation|loss|cost|speed|coverage|latency|sparsity|throughput|rating)$/i;
/** Metrics that are never a percentage. */
const NOT_PERCENT =
  /^(?:r?FID|gFID|FVD|KID|LPIPS|PPL|perplexity|RMSE|MAE|MSE|FPS|Elo|MOS|rating|PSNR|SSIM|BLEU|CIDEr|NDS|IS|Inception Score|Chamfer distance|MRR.*|average length|return)$/i;

/** Metrics measured in decibels. */
const DECIBEL_METRIC = /^(?:PSNR|SNR|SI-?S[DN]R|SDR|SIR|SAR)i?\b/i;

const CHANGE_AFTER =
  /^\s+(?:improvements?|gains?|drops?|degradation|loss|increases?|decreases?|reductions?)\b/;
const OWN_MEASURE =
  /\b(?:a|an|the)\s+((?:[a-z][\w-]*\s){0,2}(?:similarity|fidelity|consistency|quality|agreement|correlation|alignment|naturalness|intelligibility|diversity|fluency|faithfulness|robustness|utilization|efficiency))\s+(?:score\s+)?of\s+(?:up to\s+|about\s+|only\s+)?$/;
const NOT_A_MEASURE = /^(?:total|margin|average|factor|number|ratio|size|length|budget)\b/;

/** "66.9% overall accuracy but only 51.7% on Perception": a value on a part no registry knows is no overall one. */
function onPart(sc: SentenceContext, draft: ClaimDraft): boolean {
  const on = /^\s*on\s/.test(sc.text.slice(draft.mention.end, draft.mention.end + 8));
  return on && !(draft.benchmark !== null && isKnownBenchmark(draft.benchmark));
}
const withoutOverall = (metric: string) => metric.replace(/^overall\s+/i, "");

/** "79.4 relaxed accuracy …, and 61.2 on PlotQA": the carried metric keeps the qualifier a value gave it. */
function qualified(text: string, span: MetricSpan): string {
  const word = /\d\s*%?\s+([a-z][a-z-]+)\s+$/.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
  return word && !LEADING_CUE.test(word) && !STOP_WORD.test(word) ? `${word} ${span.text}` : span.text;
}

// Metrics of a sentence are found once, however many of its values need one.
const named = new WeakMap<object, MetricSpan[]>();
const metricsOf = (sc: { text: string }): MetricSpan[] =>
  named.get(sc) ?? named.set(sc, metricsIn(sc.text)).get(sc)!;

const OTHER_MEASURE_CHANGES = new RegExp(
  String.raw`\bthe\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+${CHANGE_VERB}\s+to\s+$`,
);
/** "a TAR of 97.4% at FAR=1e-4", "at 1% FPR": where a result is read off, not what it measures. */
function isOperatingPoint(text: string, span: MetricSpan): boolean {
  return (
    /^\s*[=@]\s*[\d.]/.test(text.slice(span.end, span.end + 8)) ||
    /\bat\s+(?:an?\s+|the\s+)?(?:[\d.]+\s*%?\s*)?$/.test(text.slice(Math.max(0, span.start - 16), span.start))
  );
}

function acronymAfterEarlier(sc: SentenceContext, mention: { start: number; end: number }): string | null {
  // "77.7% GPU hours": a value followed by its own noun is not on the earlier value's metric.
  const next = /^\s*%?\s*([A-Za-z][\w-]*)/.exec(sc.text.slice(mention.end, mention.end + 24))?.[1];
  if (next !== undefined && !STOP_WORD.test(next)) return null;
  const earlier = sc.numbers.filter((n) => n.end <= mention.start).at(-1);
  const written = earlier ? metricAfter(sc.text, earlier.end) : null;
  return written !== null && ACRONYM_METRIC.test(written) ? written : null;
}

/**
 * "WERs of 1.75% on test-clean and 4.46% on test-other": a value later in the list a metric opens
 * is stated with that metric, not carried to it from elsewhere in the sentence.
 */
const LIST_ITEM = String.raw`[+~]?[\d.,]+\s*%?(?:\s+on\s+(?:the\s+)?[\w.+-]+(?:\s[\w.+-]+)?)?`;
const LISTED_AFTER_METRIC = new RegExp(
  String.raw`^\s*(?:\([^()]*\)\s*)?(?:of|:|=)\s+(?:${LIST_ITEM}(?:,\s*(?:and\s+)?|\s+and\s+))+$`,
);

export const metricContext: Refiner = {
  name: "metric-context",
  refine(given, sc) {
    const share =
      given.mention.unit === "%" ? shareOf(sc.text, given.mention.start, given.mention.end) : null;
    // Named "% of …" so that it is never ranked beside the scores themselves (confidence.ts).
    if (share?.[1]) return { ...given, metric: `% of ${share[1]}`, metricFrom: "value" };
    // "in 91% of episodes", "Faster R-CNN retains only 60.4%", "reduces this to 12.4%": how often,
    // or how much of something else's result; no metric of its own to rank, and none carried to it.
    if (given.metric === null && measuresSomethingElse(sc.text, given.mention)) return given;
    // "despite 55% of voxels being filtered out": a share set aside takes no metric, even the sentence's.
    if (given.mention.unit === "%" && isDiscardedShare(sc.text, given.mention))
      return { ...given, metric: null };
    const draft =
      given.metric === null
        ? given
        : { ...given, metric: withHardware(singularMetric(given.metric), sc.text, given.mention.end) };
    if (draft.metric !== null || draft.kind === "speedup") return draft;
    // "a speaker similarity of 0.681": the value names its own measure, which no list knows.
    const own = OWN_MEASURE.exec(
      sc.text.slice(Math.max(0, draft.mention.start - 60), draft.mention.start),
    )?.[1];
    if (own && !NOT_A_MEASURE.test(own)) return { ...draft, metric: own, metricFrom: "value" };
    // "a 57.9% consistency rate", "identifies 74% of task failures": a measure of the value's own is
    // neither one the sentence named before nor the benchmark's usual one.
    if (namesOwnMeasure(sc.text, draft.mention)) return draft;
    if (saysSuccess(sc.text, draft.mention)) return { ...draft, metric: "success rate", metricFrom: "value" };
    const percent = draft.mention.unit === "%";
    // "a PSNR of 40.02 dB on SIDD and 32.92 dB on GoPro": a level in decibels takes a decibel metric.
    const fits = (m: string) =>
      draft.mention.unit === "dB"
        ? DECIBEL_METRIC.test(m)
        : !(percent && NOT_PERCENT.test(m)) &&
          (draft.mention.unit === "" || draft.mention.unit === "mm" || percent);
    // "slight accuracy improvement": a metric naming a change is not the measure of later values.
    const carried = metricsOf(sc).filter(
      (m) =>
        !NOT_CARRIED.test(m.text) &&
        fits(m.text) &&
        !CHANGE_AFTER.test(sc.text.slice(m.end, m.end + 20)) &&
        !isOperatingPoint(sc.text, m),
    );
    // Only a metric named before the value carries: one after it belongs to the values it follows.
    const inSentence = carried.filter((m) => m.end <= draft.mention.start).at(-1);
    if (inSentence) {
      const stated = LISTED_AFTER_METRIC.test(sc.text.slice(inSentence.end, draft.mention.start));
      const metric = singularMetric(qualified(sc.text, inSentence));
      return {
        ...draft,
        metric: onPart(sc, draft) ? withoutOverall(metric) : metric,
        metricFrom: stated ? "value" : "sentence",
      };
    }
    // "67.2 AJ versus 61.3 for CoTracker": an acronym no list knows, written after an earlier value.
    const written = acronymAfterEarlier(sc, draft.mention);
    if (written && fits(written) && !NOT_CARRIED.test(written))
      return { ...draft, metric: written, metricFrom: "sentence" };
    // A sentence about some other measure ("attention sparsity from 0% to 57%", "the relative
    // robustness rises to 81.2%") is not on the usual metric.
    if (metricsOf(sc).some((m) => m.end <= draft.mention.start)) return draft;
    if (OTHER_MEASURE_CHANGES.test(sc.text.slice(Math.max(0, draft.mention.start - 60), draft.mention.start)))
      return draft;
    const usual = draft.benchmark === null || draft.kind !== "score" ? null : usualMetric(draft.benchmark);
    return usual !== null && fits(usual) ? { ...draft, metric: usual, metricFrom: "gazetteer" } : draft;
  },
};
