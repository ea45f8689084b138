/**
 * Reads the metric written before a value: "an accuracy of 69.2", "(FID 9.8", "achieves FID 1.73",
 * "its FID is 6.02" (a change "by N" is read in metric-changed-by.ts).
 */
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { CHANGE_VERB, TOP_K } from "./lexicon";
import { RAISE_OR_CUT_STEM } from "./change-words";
import { isKnownMetric, isMetricPhrase, PLURAL_ACRONYM, STOP_WORD } from "./metric";
import { labelBefore } from "./metric-label";

// "nuScenes", "ogbn-arxiv": a name may start in lower case when a capital or digit follows.
const ON_NAME_END =
  /\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z0-9][\w.+-]*[A-Za-z][\w.+-]*|[a-z][\w.+-]*[A-Z0-9][\w.+-]*)(?:[ -][A-Z0-9][\w.+-]*)?$/;

const AT_K_END = /([\w@.+\-/]+)\s+\(((?:[Tt]op-|@)\d+|k\s?=\s?\d+)\)$/;
const OF_NAME_END = /\s+of\s+[A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?$/;
// "increases the TPF of D2F-Dream to 10.1": what a verb raises of a named model is the measure.
const RAISED_OF_NAME = new RegExp(
  String.raw`\b${RAISE_OR_CUT_STEM}\w*\s+(?:the|its|their)\s+[\w@.+-]+(?:\s[\w@.+-]+)?\s+of\s+[A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?$`,
  "i",
);
const CHANGE_VERB_END = new RegExp(String.raw`\s+${CHANGE_VERB}(?:\s+further)?$`, "i");
const STATE_VERB_END =
  /\s+(?:remains?|remained|stays?|stayed|is|are|was|were|lies|lay|sits|hovers?)(?:\s+at)?$/;
const ABBREVIATION_END = /\s+\(([A-Z][\w@.-]{1,12})\)$/;
// "X provides over 4.4 million trajectories": what a thing holds is counted too.
const MADE_OF =
  /\b(?:(?:consists?|consisting|composed|comprised|made\s+up|compris(?:es|ing))\s+of|(?:provid|contain|includ|compris|span|cover|featur|offer)(?:es|s|ed|ing)?\s+(?:over|about|around|nearly|more than))\s+(?:\w+\s+)?$/i;

/** The longest run of 3 to 7 last words that the lexicon knows whole as a metric's name. */
function knownMetricEnding(head: string): string | null {
  const words = head.trimEnd().split(/\s+/).slice(-7);
  for (let n = words.length; n >= 3; n--) {
    const tail = words.slice(-n).join(" ");
    if (isKnownMetric(tail)) return tail;
  }
  return null;
}

/** The metric named just before a value: "an accuracy of", "a zero-shot rFID of", "MFU of up to". */

export function metricBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  // The connector is checked first and cheaply; only then are the words before it read.
  // "an accuracy of 69.2", "perplexity below 8.5", "cuts the FAD to 1.42", "AUC=0.91": a connector, then the value;
  // "increases of no more than 0.1": a bound's words may stand between them.
  const connector =
    /(?:\s(?:of|reaching|reach(?:es|ed)|:|below|above|under|over|beyond|(?<!\bup\s)to)\s+|\s?=\s?)(?:up to\s+|only\s+|about\s+|around\s+|over\s+|nearly\s+|(?:no more|less) than\s+|at most\s+)?$/i.exec(
      before,
    );
  if (!connector) return labelBefore(before) ?? possessedMetric(text, start);
  // "SciVideoBench consists of 1,000 questions": what a thing is made of is counted, not measured.
  // "CHMs enabled over 90% success": a verb before a bound is no metric's name ("speed over" is one).
  if (MADE_OF.test(before) || /\b[a-z]{2,}[^\We]ed\s+(?:over|above|below|under|beyond)\s+$/.test(before))
    return null;
  // "lowers the MPJPE on Human3.6M to 35.1": the benchmark between the metric and "to" is no metric.
  // "the PA-MPJPE drops to 35.6": the verb of change between the metric and "to" is no metric word.
  const cut = before.slice(0, connector.index);
  const changed = /to\s/i.test(connector[0]) && CHANGE_VERB_END.test(cut);
  // "the PA-MPJPE of HandFormer-2 drops to": the owner named after the metric is no part of it.
  const head = cut
    .replace(changed ? CHANGE_VERB_END : /$^/, "")
    // "baselines whose success rates remain below 50%": the verb before the bound is no metric word.
    .replace(STATE_VERB_END, "")
    .replace(ON_NAME_END, "")
    .replace(changed || RAISED_OF_NAME.test(cut) ? OF_NAME_END : /$^/, "");
  // "an R-Precision (top-3) of 0.821": the k in parentheses is part of the metric.
  const atK = AT_K_END.exec(head);
  if (atK?.[1] && isKnownMetric(atK[1])) return `${atK[1]} (${atK[2]})`;
  // "an average end-point error (AEPE) of 1.02": the abbreviation is the metric's short name.
  const abbreviation = ABBREVIATION_END.exec(head)?.[1];
  if (abbreviation !== undefined) return isMetricPhrase(abbreviation) ? abbreviation : null;
  // "an area under the ROC curve of 0.93": a full name the lexicon knows, stop words and all.
  const full = knownMetricEnding(head);
  if (full) return full;
  // Letters of any script: "Fréchet Inception Distance" is one phrase, not "chet Inception Distance".
  // "AP^box of 54.6": a superscript qualifier is part of the metric's name; "J&F score" an ampersand.
  const m = /((?:[\p{L}\p{N}_@.+\-/^&]+\s){0,3}[\p{L}\p{N}_@.+\-/^&]+)$/u.exec(head);
  if (!m?.[1]) return null;
  // "WERs of 2.1/4.5": an acronym's plural is read as the metric itself.
  const tail = m[1].split(/\s+/).map((w) => (PLURAL_ACRONYM.test(w) ? w.slice(0, -1) : w));
  // "an IS of 82.6": an acronym in capitals is a metric, not the word "is".
  const lastStop = tail.findLastIndex((w) => STOP_WORD.test(w) && !/^[A-Z]{2,}$/.test(w));
  const kept = tail.slice(lastStop + 1);
  // "an average return of 812": a metric the lexicon knows whole keeps its first word.
  const words = isKnownMetric(kept.join(" "))
    ? kept
    : kept.filter(
        (w) =>
          !/^(?:a|an|the|its|their|our|record-\w+|best|highest|lowest|new|average|overall|score)$/i.test(w) ||
          /score/i.test(w),
      );
  // "keeping perplexity below": drop leading words while what is left still names a metric.
  // A name the lexicon knows whole ("Dice score", "normalized score") keeps all its words.
  // A first word that is itself a metric stays: "delta1 accuracy" is not plain "accuracy".
  while (
    words.length > 1 &&
    !isKnownMetric(words.join(" ")) &&
    !isKnownMetric(words[0]!) &&
    // "Top-1/Top-5 accuracy": metrics joined by a slash, one per value, keep the word they share.
    !words[0]!.split("/").every((part) => isKnownMetric(part) || TOP_K.test(part)) &&
    // "a Mean IoU score": a metric named by its first two words keeps them.
    !isKnownMetric(words.slice(0, 2).join(" ")) &&
    // "image-level AUROC" and "pixel-level AUROC" are two metrics, not one.
    !/-level$/i.test(words[0]!) &&
    // "DINO score", "CLIP-T score": a model's name before "score" names whose embedding scores it;
    // "a Content Personalization score", "Table Recall": capitalised plain words are the name's own.
    !(
      (/^(?:score|similarity)$/i.test(words.at(-1)!) || /^[A-Z]/.test(words.at(-1)!)) &&
      ((words.length === 2 && /^[A-Z][A-Z0-9-]+$/.test(words[0]!) && !/^[A-Z]/.test(words[1]!)) ||
        words.slice(0, -1).every((w) => /^[A-Z][a-z]+$/.test(w) && !isKnownBenchmark(w)))
    ) &&
    isMetricPhrase(words.slice(1).join(" "))
  )
    words.shift();
  const phrase = words.join(" ");
  if (/\bout$/i.test(m[1]) || words.some((w) => /^\d/.test(w))) return null;
  // "(13% for GPT-5 to 43%": a model's name before a value is whose it is, never what it measures.
  if (words.length === 1 && isModelName(phrase) && !isKnownMetric(phrase)) return null;
  // "raises accuracy to 0.61" names a metric; "extends LLaMA models to 32768" does not: after "to"
  // the word right before must itself be a metric word.
  if (/to\s/i.test(connector[0]) && !isKnownMetric(phrase) && !isMetricPhrase(words.at(-1) ?? ""))
    return null;
  // "the PA-MPJPE of HandFormer-2 drops to", "X reaches": after a verb, only a metric the lexicon knows.
  if ((changed || /reach/i.test(connector[0])) && !isKnownMetric(phrase)) return null;
  return phrase && isMetricPhrase(phrase) ? phrase : null;
}

/**
 * "its FID is 6.02", "Its HD95 on BTCV is 6.8 mm": a metric owned by a possessive, then a copula.
 * Only after a possessive, or "the" before a metric the lexicon knows: "the batch size is 256" or
 * "the gap is 3" name no result.
 */
const POSSESSED_IS =
  /\b([Ii]ts|[Tt]heir|[Tt]he|[A-Z][\w.+-]*['’]s)\s+((?:[\w@.+-]+\s){0,3}?[\w@.+-]+)(?:\s+(?:on|in|over|across)\s+[^,;()]{1,40}?)?\s+(?:is|was|are|were|remains|stands at)\s+(?:only\s+|about\s+|around\s+|just\s+)?$/;

function possessedMetric(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 90), start);
  if (!/\b(?:is|was|are|were|remains|at)\s+(?:\w+\s+)?$/.test(before)) return null;
  const [, owner, phrase] = POSSESSED_IS.exec(before) ?? [];
  if (!owner || !phrase) return null;
  const words = phrase.split(" ").filter((w) => !/^(?:average|overall|mean|best|final)$/i.test(w));
  const metric = words.join(" ");
  // "the FID is 8.61" only for a metric the lexicon knows: "the gap is 3" names no result.
  if (/^the$/i.test(owner)) return isKnownMetric(metric) ? metric : null;
  return metric && isMetricPhrase(metric) ? metric : null;
}
