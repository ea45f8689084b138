/** Reads the metric written next to a value: "53.1% AP", "an accuracy of 69.2", "top-1 accuracy". */
import { isKnownBenchmark } from "./gazetteer";
import { memoise } from "./memoise";
import { ACRONYM_METRIC, GENERIC_NAME, HARDWARE, METRICS } from "./lexicon";

const STOP_WORD =
  /^(?:on|in|at|for|with|and|or|of|over|than|compared|when|while|across|from|to|respectively|which|that|using|under|as|by|per|vs|versus|among|against|without|after|during|in|is|are|was|were|the|a|an|while|relative|whilst|but|above|below|behind|ahead)$/i;
/** Cue words around a value that name a change or a comparison, never part of the metric. */
export const LEADING_CUE =
  /^(?:higher|lower|better|worse|more|fewer|less|absolute|relative|average|improvement|improvements|gains?|increase|boost|reduction|decrease|drop|point|points|pp)$/i;

/** The metric words right after a value, without cue words ("higher", "gains"). */
export function metricAfter(text: string, end: number): string | null {
  // "word-error-rate (WER)": the defined acronym is the metric's name.
  const defined = /^\s*[\w-]+(?:\s[\w-]+){0,2}\s*\(([A-Z][\w@-]*)\)/.exec(text.slice(end, end + 80));
  if (defined?.[1] && isKnownMetric(defined[1])) return defined[1];
  // "45.6 AP on rare categories (APr)": the defined sub-metric, when it extends the metric's name.
  const sub =
    /^\s*([A-Za-z][\w@-]*)\s+(?:on|for)\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){1,3}\(([A-Za-z][\w@-]*)\)/.exec(
      text.slice(end, end + 70),
    );
  if (sub?.[1] && sub[2]?.startsWith(sub[1]) && sub[2] !== sub[1] && isKnownMetric(sub[1])) return sub[2];
  // "by 509% in speed and 2% in accuracy", "56.9% in terms of NDS metric": the quality measured.
  const quality = /^\s*in\s+(?:terms\s+of\s+)?(?:the\s+)?([a-z][\w-]*(?:\s[a-z][\w-]*)?|[A-Z][\w@-]*)/.exec(
    text.slice(end, end + 40),
  );
  if (quality?.[1] && isKnownMetric(quality[1])) return quality[1];
  const words: string[] = [];
  const rest = text.slice(end, end + 80);
  for (const m of rest.matchAll(/\(?([A-Za-z][\w@.+\-/^&]*)\)?|([,;:.()])/g)) {
    if (m[2] !== undefined) break;
    const word = (m[1] ?? "").replace(/[.]+$/, "");
    if (STOP_WORD.test(word)) break;
    words.push(word);
    if (words.length >= 4) break;
  }
  const kept = words.filter((w) => !LEADING_CUE.test(w));
  const phrase = kept.join(" ").trim();
  if (!phrase) return null;
  return isMetricPhrase(phrase) ? trimToMetric(phrase) : null;
}

/** "(FVD 700)", "(FID 9.8, IS 80.1)": a known metric as the label right before its value. */
function labelBefore(before: string): string | null {
  const label = /[(,;]\s*((?:[A-Za-z][\w@.+-]*\s){0,2}[A-Za-z][\w@.+-]*)\s+$/.exec(before)?.[1];
  // ", compared with FVD 242": the words of the clause before the label are no qualifier of it.
  const bare = label?.replace(
    /^(?:[a-z]+\s+)*(?:compared|with|to|than|versus|vs|against|and|or|while|whereas|but)\s+/,
    "",
  );
  if (bare && isMetricLabel(bare)) return bare;
  // "achieves FID 1.73 and IS 350.2": a known metric written as a label after a verb or "and".
  const afterVerb = VERB_LABEL.exec(before)?.[1];
  return afterVerb && isMetricLabel(afterVerb) ? afterVerb : null;
}

const VERB_LABEL =
  /\b(?:achiev\w*|reach\w*|obtain\w*|attain\w*|scor\w*|record\w*|yield\w*|with|and)\s+((?:[a-z][\w-]*\s)?[A-Za-z][\w@.+-]*)\s+$/;

/** A metric's name as a label: "ANLS", "relaxed accuracy" (a known metric, maybe qualified). */
export function isMetricLabel(label: string): boolean {
  return isKnownMetric(label) || isQualifiedMetric(label);
}

/** "relaxed accuracy", "box AP": lower-case qualifiers, then a metric the lexicon knows. */
function isQualifiedMetric(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const head = words.pop() ?? "";
  return words.length > 0 && words.every((w) => /^[a-z][a-z-]*$/.test(w)) && isKnownMetric(head);
}

const ON_NAME_END = /\s+(?:on|in)\s+(?:the\s+)?[A-Z0-9][\w.+-]*[A-Za-z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?$/;

/** "reduces RMSE by 8%", "improves the mIoU on ADE20K by 2.1": the metric a change by N is in. */
const CHANGED_BY =
  /\b(?:reduc|lower|improv|increas|boost|rais|cut|decreas|enhanc)\w*\s+(?:the\s+|its\s+|their\s+)?((?:[\w@.+-]+\s){0,2}?[\w@.+-]+)\s+(?:(?:on|in|over|for)\s+[^,;()]{1,40}?\s+)?by\s+(?:up to\s+|about\s+|around\s+|nearly\s+|over\s+)?$/i;

export function metricChangedBy(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 90), start);
  if (!/\bby\s+(?:\w+\s+)?$/.test(before)) return null;
  const phrase = CHANGED_BY.exec(before)?.[1];
  return phrase && isMetricPhrase(phrase) ? phrase : null;
}

const CHANGE_VERB_END =
  /\s+(?:drops|dropped|falls|fell|decreases|decreased|declines|declined|rises|rose|increases|increased|improves|improved|grows|grew|climbs|climbed|jumps|jumped)(?:\s+further)?$/i;
const ABBREVIATION_END = /\s+\(([A-Z][\w@.-]{1,12})\)$/;

/** The metric named just before a value: "an accuracy of", "a zero-shot rFID of", "MFU of up to". */

export function metricBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  // The connector is checked first and cheaply; only then are the words before it read.
  // "an accuracy of 69.2", "perplexity below 8.5", "cuts the FAD to 1.42": a connector, then the value.
  const connector =
    /\s(?:of|reaching|reach(?:es|ed)|=|:|below|above|under|over|beyond|(?<!\bup\s)to)\s+(?:up to\s+|only\s+|about\s+|around\s+|over\s+|nearly\s+)?$/i.exec(
      before,
    );
  if (!connector) return labelBefore(before) ?? possessedMetric(text, start);
  // "lowers the MPJPE on Human3.6M to 35.1": the benchmark between the metric and "to" is no metric.
  // "the PA-MPJPE drops to 35.6": the verb of change between the metric and "to" is no metric word.
  const cut = before.slice(0, connector.index);
  const changed = /to\s/i.test(connector[0]) && CHANGE_VERB_END.test(cut);
  const head = cut.replace(changed ? CHANGE_VERB_END : /$^/, "").replace(ON_NAME_END, "");
  // "an average end-point error (AEPE) of 1.02": the abbreviation is the metric's short name.
  const abbreviation = ABBREVIATION_END.exec(head)?.[1];
  if (abbreviation !== undefined) return isMetricPhrase(abbreviation) ? abbreviation : null;
  // Letters of any script: "Fréchet Inception Distance" is one phrase, not "chet Inception Distance".
  const m = /((?:[\p{L}\p{N}_@.+\-/]+\s){0,3}[\p{L}\p{N}_@.+\-/]+)$/u.exec(head);
  if (!m?.[1]) return null;
  // "WERs of 2.1/4.5": an acronym's plural is read as the metric itself.
  const tail = m[1].split(/\s+/).map((w) => (PLURAL_ACRONYM.test(w) ? w.slice(0, -1) : w));
  // "an IS of 82.6": an acronym in capitals is a metric, not the word "is".
  const lastStop = tail.findLastIndex((w) => STOP_WORD.test(w) && !/^[A-Z]{2,}$/.test(w));
  const words = tail
    .slice(lastStop + 1)
    .filter(
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
    // "a Mean IoU score": a metric named by its first two words keeps them.
    !isKnownMetric(words.slice(0, 2).join(" ")) &&
    // "image-level AUROC" and "pixel-level AUROC" are two metrics, not one.
    !/-level$/i.test(words[0]!) &&
    // "DINO score", "CLIP-T score": a model's name before "score" names whose embedding scores it.
    !(
      words.length === 2 &&
      /^[A-Z][A-Z0-9-]+$/.test(words[0]!) &&
      /^(?:score|similarity)$/i.test(words[1]!)
    ) &&
    isMetricPhrase(words.slice(1).join(" "))
  )
    words.shift();
  const phrase = words.join(" ");
  if (/\bout$/i.test(m[1]) || words.some((w) => /^\d/.test(w))) return null;
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

export const isMetricPhrase = memoise(function isMetricPhrase(phrase: string): boolean {
  if (METRICS.some((m) => m.pattern.test(phrase))) return true;
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
    if (METRICS.some((m) => m.pattern.test(last)) || ACRONYM_METRIC.test(last)) return head;
  }
  return phrase;
}

export function metricDirection(metric: string | null): boolean | null {
  return metric ? directionOf(metric) : null;
}

const directionOf = memoise(
  (metric: string) => METRICS.find((m) => m.pattern.test(metric))?.higherIsBetter ?? null,
);

// Compiled once: whole-name forms of the metric patterns, and one pattern finding any metric.
const WHOLE_METRICS = METRICS.map(
  ({ pattern }) => new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace("g", "")),
);
// Each entry keeps its own case rule ("IS" is a metric, "is" is not).
const METRIC_PATTERNS = METRICS.map(({ pattern }) => new RegExp(pattern.source, pattern.flags + "g"));

/** A name that is wholly a metric from the lexicon ("AP", "FPS", "WER"), never a benchmark or model. */
const PLURAL_ACRONYM = /^[A-Z][A-Za-z0-9-]*[A-Z0-9]s$/;

export const isKnownMetric = memoise(function isKnownMetric(name: string): boolean {
  // "WERs", "FIDs": an acronym's plural names the same metric.
  const singular = PLURAL_ACRONYM.test(name) ? name.slice(0, -1) : name;
  return WHOLE_METRICS.some((pattern) => pattern.test(singular));
});

/** The last metric named in a text ("the pass@1 accuracy of X on Y" gives "pass@1 accuracy"). */
export function lastMetric(text: string): string | null {
  return metricsIn(text).at(-1)?.text ?? null;
}

export interface MetricSpan {
  text: string;
  start: number;
  end: number;
}

/** Metric names in a text, in order, adjacent ones joined ("pass@1 accuracy", "top-1 accuracy"). */
export function metricsIn(text: string): MetricSpan[] {
  const found: MetricSpan[] = [];
  const matches = METRIC_PATTERNS.flatMap((p) => [...text.matchAll(p)]).sort(
    (a, b) => a.index - b.index || b[0].length - a[0].length,
  );
  for (const m of matches) {
    const end = m.index + m[0].length;
    if (found.some((f) => m.index < f.end && f.start < end)) continue;
    const last = found.at(-1);
    if (last && m.index - last.end === 1 && text.charAt(last.end) === " ") {
      last.text = text.slice(last.start, end);
      last.end = end;
    } else found.push({ text: m[0], start: m.index, end });
  }
  return found;
}

/** Plural spellings a paper writes ("accuracies of", "WERs of") and the metric's one name. */
const PLURALS: readonly (readonly [RegExp, string])[] = [
  [/\baccuracies\b/g, "accuracy"],
  [/\b(WER|CER|FID|AP|BLEU|F1)s\b/g, "$1"],
  [/\b(score|rate|error)s\b/g, "$1"],
];

export function singularMetric(metric: string): string {
  return PLURALS.reduce((m, [pattern, one]) => m.replace(pattern, one), metric);
}
