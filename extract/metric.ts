/** Reads the metric written next to a value: "53.1% AP", "an accuracy of 69.2", "top-1 accuracy". */
import { isKnownBenchmark } from "./gazetteer";
import { memoise } from "./memoise";
import { ACRONYM_METRIC, COMPARED_COST, GENERIC_NAME, HARDWARE, METRICS } from "./lexicon";

import { namesRateAcronym } from "./metric-lexicon";

export { metricDirection, namesRateAcronym } from "./metric-lexicon";

export const STOP_WORD =
  /^(?:on|in|at|for|with|and|or|of|over|than|compared|when|while|across|from|to|respectively|which|that|using|under|as|by|per|vs|versus|among|against|without|after|during|in|is|are|was|were|the|a|an|while|relative|whilst|but|above|below|behind|ahead)$/i;
/** Cue words around a value that name a change or a comparison, never part of the metric. */
export const LEADING_CUE =
  /^(?:higher|lower|better|worse|more|fewer|less|absolute|relative|average|improvement|improvements|gains?|increase|boost|reduction|decrease|drop|point|points|pp|mm|cm|state-of-the-art|SOTA|record)$/i;

const OF_METRIC_SCORE = /^\s*%?\s*of\s+the\s+([A-Za-z][\w@.-]*)\s+score\b/;

/** The metric words right after a value, without cue words ("higher", "gains"). */
export function metricAfter(text: string, end: number): string | null {
  // "word-error-rate (WER)", "mean average precision (mAP)": the defined acronym the metric list vouches for.
  const defined = /^\s*([\w-]+(?:\s[\w-]+){0,3})\s*\(([A-Za-z][\w@-]*)\)/.exec(text.slice(end, end + 80));
  if (defined?.[2] && (isKnownMetric(defined[2]) || namesRateAcronym(defined[1]!, defined[2])))
    return defined[2];
  // "45.6 AP on rare categories (APr)": the defined sub-metric, when it extends the metric's name.
  const sub =
    /^\s*([A-Za-z][\w@-]*)\s+(?:on|for)\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){1,3}\(([A-Za-z][\w@-]*)\)/.exec(
      text.slice(end, end + 70),
    );
  if (sub?.[1] && sub[2]?.startsWith(sub[1]) && sub[2] !== sub[1] && isKnownMetric(sub[1])) return sub[2];
  // "73.0% of the AUC score and 96.3% of the DP@20 score": the score named is the metric.
  const ofScore = OF_METRIC_SCORE.exec(text.slice(end, end + 40))?.[1];
  if (ofScore && (isKnownMetric(ofScore) || ofScore.includes("@"))) return ofScore;
  // "by 509% in speed and 2% in accuracy", "56.9% in terms of NDS metric": the quality measured.
  // "by 29.7% on Rank1 on CSG": "on" a word only the metric list knows names the quality too.
  // "63.0% in overall mAP": a summary word before the metric's acronym is no part of its name.
  const quality =
    /^\s*(?:in|on)\s+(?:terms\s+of\s+)?(?:the\s+)?(?:(?:overall|average|mean)\s+(?=[a-z]?[A-Z]))?([a-z][\w-]*(?:\s[a-z][\w-]*)?|[A-Z][\w@-]*(?:\saccuracy)?)/.exec(
      text.slice(end, end + 40),
    );
  // "in overall mAP and 69.8% in NDS": the second word may be the list's "and".
  const measured = quality?.[1] && [quality[1], quality[1].split(" ")[0]!].find((q) => isKnownMetric(q));
  if (measured) return measured;
  // "a 14.7% improvement in retrieval Recall@1", "a 9.4% gain in end-to-end VQA accuracy".
  const changeIn = CHANGE_IN.exec(text.slice(end, end + 60))?.[1];
  if (changeIn && namesLexiconMetric(changeIn)) return changeIn;
  const cost = COMPARED_COST.exec(text.slice(end, end + 40));
  if (cost?.[1]) return cost[1];
  const onBenchmark = metricAfterBenchmark(text.slice(end, end + 60));
  if (onBenchmark) return onBenchmark;
  const words: string[] = [];
  // "63.1 / 54.4 box / mask AP": a spaced slash joins metric names as a bare one does (not
  // "85.0 MPJPE / 51.4 PA-MPJPE", where a value follows it).
  const rest = text.slice(end, end + 80).replace(/(?<=\w)\s\/\s(?=[A-Za-z])/g, "/");
  // "mAP@0.5:0.95": a colon or brackets between digits are part of the name; "a 92.1% success rate -
  // exceeding X": a spaced hyphen or a dash ends it as a comma does.
  for (const m of rest.matchAll(
    /\(?([A-Za-z](?:[\w@.+\-/^&]|:(?=[\d.])|\[(?=[\d.])|(?<=[\d.])\])*)\)?|([,;:.()–—]|(?<=\s)-(?=\s))/g,
  )) {
    if (m[2] !== undefined) break;
    // "41.8 AP (AP50:95)": a parenthesis after the metric qualifies it; it is not more of its name.
    if (m[0].startsWith("(") && words.some((w) => !LEADING_CUE.test(w))) break;
    const word = (m[1] ?? "").replace(/[.]+$/, "");
    if (STOP_WORD.test(word)) break;
    // "80.20% (ADNI), 71.91% (AIBL)": a parenthesis right after the value names a metric only when
    // the lexicon knows it; otherwise it names where the value was measured.
    if (m[0].startsWith("(") && words.length === 0 && !isKnownMetric(word)) break;
    // "F1=83.3(AUC=89.5)": a label with a value of its own names that value's metric.
    if (m[0].startsWith("(") && /^\s*[=:]\s*[\d.]/.test(rest.slice(m.index + m[0].length))) break;
    words.push(word);
    if (words.length >= 4 || (m[0].endsWith(")") && !m[0].startsWith("("))) break; // "(39.8% mAP) trail X"
  }
  // "mean average precision", "absolute relative error": cue words inside a metric's full name stay.
  // "box average precision": lower-case qualifiers before a full name keep it whole too.
  for (let n = words.length; n >= 2; n--) {
    for (let from = 0; from <= n - 2; from++) {
      const qualifiers = words.slice(0, from);
      if (qualifiers.some((w) => !/^[a-z][a-z-]*$/.test(w) || LEADING_CUE.test(w))) break;
      if (isKnownMetric(words.slice(from, n).join(" "))) return words.slice(0, n).join(" ");
    }
  }
  const kept = words.filter((w) => !LEADING_CUE.test(w));
  const phrase = kept.join(" ").trim();
  if (!phrase) return null;
  return isMetricPhrase(phrase) ? trimToMetric(phrase) : null;
}

// "21.0% reduction in MSE and 16.7% reduction in MAE": "and" ends the first metric's name;
// "improvement in AUC-ROC on TruthfulQA": so does the first "on" (the words are taken fewest first).
const CHANGE_IN =
  /^\s*(?:improvements?|gains?|increases?|boosts?|drops?|reductions?|decreases?)\s+in\s+(?:the\s+)?((?:(?!(?:and|or)\s)[\w@-]+\s){0,2}?[\w@-]+?)(?=\s*[,;.()]|\s+(?:and|on|over|than|compared|for|with|while)\b|$)/i;

/** "3.7% on SWE-Bench resolve rate": the metric after the benchmark, written out in full. */
function metricAfterBenchmark(rest: string): string | null {
  const m = /^\s*on\s+(?:the\s+)?([A-Z][\w+-]*(?:\s[\w@+-]+){1,3})/.exec(rest);
  if (!m?.[1]) return null;
  const words = m[1].split(" ");
  for (let cut = 1; cut < words.length; cut++) {
    // "on COLA and SST2": a list of benchmarks, not a benchmark and its metric.
    if (STOP_WORD.test(words[cut - 1]!)) return null;
    const tail = words.slice(cut).join(" ");
    if (isKnownMetric(tail) && !isKnownBenchmark(tail)) return tail;
  }
  return null;
}

/** A phrase naming a metric of the lexicon ("Word Error Rate"), not merely shaped like an acronym. */
export function namesLexiconMetric(phrase: string): boolean {
  return METRICS.some((m) => m.pattern.test(phrase));
}

export const isMetricPhrase = memoise(function isMetricPhrase(phrase: string): boolean {
  if (namesLexiconMetric(phrase)) return true;
  const words = phrase.split(" ");
  // An acronym names the metric only as the phrase's head ("53.1% AP", "+0.6 XCOMET").
  // "3090 GPU", "8 NPUs": hardware after a number is a setting, never a metric.
  // "FLORES-200 averaged": a benchmark the gazetteer knows is not an acronym metric.
  const acronym = (w: string) =>
    ACRONYM_METRIC.test(w) && !GENERIC_NAME.test(w) && !HARDWARE.test(w) && !isKnownBenchmark(w);
  return (
    words.length <= 2 && words.every((w) => acronym(w) || /^[a-z][\w-]*$/.test(w)) && words.some(acronym)
  );
});

/** Keep the words up to and including the last one that names a metric. */
function trimToMetric(phrase: string): string {
  const words = phrase.split(" ");
  for (let n = words.length; n > 0; n--) {
    const head = words.slice(0, n).join(" ");
    const last = words[n - 1] ?? "";
    if (!(METRICS.some((m) => m.pattern.test(last)) || ACRONYM_METRIC.test(last))) continue;
    // "58.9% error correction rate": a rate opened by a plain word is that rate, not the word
    // ("pass@1 solve rate" is still pass@1).
    return n === 1 && /^[a-z]+$/.test(head) && /\s(?:rate|ratio)$/i.test(phrase) ? phrase : head;
  }
  return phrase;
}

// Compiled once: whole-name forms of the metric patterns.
const WHOLE_METRICS = METRICS.map(
  ({ pattern }) => new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace("g", "")),
);
export const PLURAL_ACRONYM = /^[A-Z][A-Za-z0-9-]*[A-Z0-9]s$/;
/** A name that is wholly a metric from the lexicon ("AP", "FPS", "WER"), never a benchmark or model. */
export const isKnownMetric = memoise(function isKnownMetric(name: string): boolean {
  // "WERs", "FIDs": an acronym's plural names the same metric.
  const singular = PLURAL_ACRONYM.test(name) ? name.slice(0, -1) : name;
  return WHOLE_METRICS.some((pattern) => pattern.test(singular));
});
