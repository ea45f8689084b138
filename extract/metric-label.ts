/** A metric written as a label right before its value: "(FVD 700)", "achieves FID 1.73 and IS 350.2". */
import { RESULT_VERB } from "./lexicon";
import { isKnownMetric } from "./metric";

/** "(FVD 700)", "(FID 9.8, IS 80.1)": a known metric as the label right before its value. */
export function labelBefore(before: string): string | null {
  const label = /[(,;]\s*((?:[A-Za-z][\w@.+-]*\s){0,2}[A-Za-z][\w@.+-]*)\s+$/.exec(before)?.[1];
  // ", compared with FVD 242": the words of the clause before the label are no qualifier of it.
  const bare = label?.replace(
    /^(?:[a-z]+\s+)*(?:compared|with|to|than|versus|vs|against|and|or|while|whereas|but)\s+/,
    "",
  );
  if (bare && isMetricLabel(bare)) return bare;
  // "achieves FID 1.73 and IS 350.2": a known metric written as a label after a verb or "and".
  const afterVerb = VERB_LABEL.exec(before)?.[1];
  if (afterVerb && isMetricLabel(afterVerb)) return afterVerb;
  return parallelLabel(before);
}

/** "FID 3.49 and KDD 0.319": an acronym in the place of a known metric just given with its value. */
export function parallelLabel(before: string): string | null {
  const parallel = PARALLEL_LABEL.exec(before);
  return parallel?.[1] && parallel[2] && isKnownMetric(parallel[1]) ? parallel[2] : null;
}

const PARALLEL_LABEL =
  /\b([A-Za-z][\w@-]*)\s+[+~]?\d[\d.]*\s*%?\s*(?:,\s*and|,|and)\s+([A-Z][A-Za-z0-9@-]{1,11})\s+$/;

// "… in MSE and in MAE 52.3%": the preposition of a list of measures is no word of the label.
const VERB_LABEL = new RegExp(
  String.raw`\b(?:${RESULT_VERB}|with|and)\s+(?:in\s+)?((?:(?!in\s)[a-z][\w-]*\s)?[A-Za-z][\w@.+-]*)\s+$`,
);

/** A metric's name as a label: "ANLS", "relaxed accuracy" (a known metric, maybe qualified). */
export function isMetricLabel(label: string): boolean {
  return isKnownMetric(label) || isQualifiedMetric(label);
}

/** "relaxed accuracy", "box AP": lower-case qualifiers, then a metric the lexicon knows. */
function isQualifiedMetric(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const head = words.pop() ?? "";
  // "while humans score 97%": after a plural noun, "score" is the verb of the noun's own result.
  if (/^scores?$/.test(head) && /[^s]s$/.test(words.at(-1) ?? "")) return false;
  return words.length > 0 && words.every((w) => /^[a-z][a-z-]*$/.test(w)) && isKnownMetric(head);
}

/** "on the PESQ metric": a phrase that calls itself a metric names no benchmark. */
export function callsItselfMetric(phrase: string): boolean {
  return /\s(?:metrics?|measures?)$/i.test(phrase);
}

/** "NTL-IoU", "BERTScore-F1": a name whose last hyphenated part is a metric names that metric. */
export function endsInMetric(name: string): boolean {
  return isKnownMetric(name.split("-").at(-1)!);
}
