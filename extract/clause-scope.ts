/**
 * Which benchmark a clause is scoped to when the words right after a value name none: a sentence
 * that opens on a data set, a compared value answering an earlier one, a clause that opens anew.
 */
import { STOP_CAPITALISED } from "./lexicon";
import type { SentenceContext } from "./sentence-context";
import { AND_ON_CLAUSE } from "./own-clause";
import { benchmarkAt, isTrainingData, lastBenchmarkBetween, setWordAt } from "./benchmark-phrase";
import { isKnownBenchmark } from "./gazetteer";
import { benchmarkListAfter } from "./benchmark-list";

/**
 * "On Opencpop, X reaches …", "On Polyglot it reaches …": a sentence that opens on a plain
 * capitalised word names its data set (a comma or a pronoun subject ends the phrase).
 */
// "In COLOSSEUM, it demonstrates": after "In" only a name shaped as one (capitals or a capital inside).
// "With the CIC_DDoS2019 dataset, the model achieves": with the set noun, "With"/"Using" open one too.
const OPENING_ON =
  /^(?:On\s+(?:the\s+)?([A-Z][A-Za-z0-9-]*[a-z0-9])|In\s+(?:the\s+)?([A-Z][A-Z0-9-]{2,}|[A-Z][a-z]+[A-Z0-9][\w-]*)|(?:With|Using)\s+the\s+([A-Z][\w-]*[A-Za-z0-9])(?=\s+(?:dataset|benchmark|corpus)\s*,))(?:\s+(?:dataset|benchmark|corpus))?(?:\s*,|\s+(?=(?:it|we|our|they|this)\s))/;
const NOT_A_SET = /^(?:Average|Top|Balance|Contrary|Purpose|Closer|Inspection|Paper|Reflection|Release)$/;

export function openingOn(sc: SentenceContext): string | null {
  const m = OPENING_ON.exec(sc.text);
  const word = m?.[1] ?? m?.[2] ?? m?.[3];
  return word && !NOT_A_SET.test(word) && !STOP_CAPITALISED.has(word) ? word : null;
}

/** "58.8% on MLVU, compared with 52.3% for Y": a compared value is on the benchmark of the value it answers. */
const COMPARED_LEAD =
  /^[^;]*?(?:\bcompared\s+(?:with|to)\b|\bvs\.?(?=\s)|\bversus\b|\brelative\s+to\b|,\s*(?:while|whereas)\b)[^;]*$/;

const ON_AFTER_VALUE = /^\s*%?\s*(?:[A-Za-z@-]+\s+)?on\s+(?:the\s+)?(?=[A-Z])/;

export function comparedOnPrevious(sc: SentenceContext, start: number): string | null {
  const previous = sc.numbers.findLast((n) => n.end <= start);
  if (!previous) return null;
  // "0.68 on the Monash archive, versus 0.75 for Y": the name right after the answered value counts
  // even when no list knows it.
  const on = ON_AFTER_VALUE.exec(sc.text.slice(previous.end, start));
  const bench =
    lastBenchmarkBetween(sc, previous.end, start) ??
    (on
      ? (benchmarkAt(sc, previous.end + on[0].length) ?? setWordAt(sc, previous.end + on[0].length))
      : null);
  if (!bench) return null;
  const at = sc.text.indexOf(bench, previous.end);
  return at >= 0 && COMPARED_LEAD.test(sc.text.slice(at + bench.length, start)) ? bench : null;
}

/**
 * ", and on DanceTrack it reaches 63.4 HOTA", ", and for glaucoma detection on REFUGE an AUC of",
 * ", on ogbg-molpcba an AP of 31.2", ", and on the semantically complex OSWorld-G benchmark it reaches":
 * a clause that opens on a benchmark (after at most a task phrase) sets the scope anew.
 */
const SCOPE_OPENER =
  /(?:,\s*(?:(?:and|while|whereas|but)\s+)?|;\s*)(?:(?:for|in)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+)?on\s+(?:the\s+(?:[a-z][\w-]*\s+){0,3}?)?(?=[A-Z0-9]|[a-z]+-[a-z])/g;

export function reopenedScope(sc: SentenceContext, start: number): string | null {
  const first = sc.numbers[0];
  if (!first || first.start >= start || !sc.text.includes(" on ")) return null;
  let scope: string | null = null;
  SCOPE_OPENER.lastIndex = first.end;
  for (let m = SCOPE_OPENER.exec(sc.text); m && m.index < start; m = SCOPE_OPENER.exec(sc.text))
    scope = benchmarkAt(sc, m.index + m[0].length) ?? scope;
  return scope;
}

/** Where the next clause that opens on a benchmark starts after `from`, or the sentence's end. */
export function nextScopeOpener(sc: SentenceContext, from: number): number {
  SCOPE_OPENER.lastIndex = from;
  AND_ON_OPENER.lastIndex = from;
  return Math.min(
    SCOPE_OPENER.exec(sc.text)?.index ?? sc.text.length,
    AND_ON_OPENER.exec(sc.text)?.index ?? sc.text.length,
  );
}

const AND_ON_OPENER = new RegExp(AND_ON_CLAUSE, "g");

/**
 * "ranks first on Spring with 3.289, leads Sintel with an EPE of 0.963, and achieves the best Fl-all
 * on KITTI at 2.94%": each clause after an earlier value that names a benchmark of its own is on it,
 * whatever the sentence opened on. Named after a preposition, or a known benchmark as the verb's object.
 */
export function ownClauseBenchmark(sc: SentenceContext, start: number): string | null {
  const previous = sc.numbers.findLast((n) => n.end <= start);
  if (!previous) return null;
  const clause = CLAUSE_AFTER_VALUE.exec(sc.text.slice(previous.end, start));
  if (!clause) return null;
  const from = previous.end + clause.index;
  const named = lastBenchmarkBetween(sc, from, start);
  if (named) return named;
  const object = sc.names.find((n) => n.start > from && n.end <= start && isKnownBenchmark(n.text));
  return object && !isTrainingData(sc, object.start) ? object.text : null;
}

// ", leads", ", and achieves": a comma clause opening on a verb (not "compared to", "while Y").
const CLAUSE_AFTER_VALUE =
  /,\s+(?:and\s+)?(?!compared\b|while\b|whereas\b|respectively\b)[a-z]+(?:s|ed)\s[^,;]*$/;

/**
 * "on math (GSM8K, 58% → 67%) and code infilling (52% → 65%)": a benchmark named inside an earlier
 * closed bracket is the scope of that bracket's values only, not of a value in a bracket of its own.
 */
export function onlyInEarlierBracket(sc: SentenceContext, start: number): boolean {
  const open = sc.text.lastIndexOf("(", start);
  if (open < 0 || sc.text.lastIndexOf(")", start) > open) return false;
  const named = sc.names.filter(
    (n) => n.end <= open && (isKnownBenchmark(n.text) || sc.paper.benchmarks.includes(n.text)),
  );
  const bracketed = (at: number) =>
    sc.text.lastIndexOf("(", at) > sc.text.lastIndexOf(")", at) && sc.text.indexOf(")", at) < open;
  return named.length > 0 && named.every((n) => bracketed(n.start));
}

/** "On GSM8K, SVAMP, and Math500, X reaches 91.2%": one value said of a list is on none of its sets. */
export function opensOnList(sc: SentenceContext, start: number): boolean {
  const from = /^(?:On|Across)\s+(?:the\s+)?/.exec(sc.text)?.[0].length;
  if (from === undefined) return false;
  const list = benchmarkListAfter(sc, 0, start);
  const last =
    list.length > 1 && sc.text.startsWith(list[0]!, from) ? sc.text.indexOf(list.at(-1)!, from) : -1;
  return last > 0 && /\s(?:and|or)\s/.test(sc.text.slice(from, last));
}
