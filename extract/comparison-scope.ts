/**
 * Where a sentence's comparison begins: names after it are targets, not subjects; a rival
 * described in plain words may own a value in brackets after it.
 */
import { COMPARISON_CUE } from "./lexicon";
import { isKnownBenchmark } from "./gazetteer";
import { isKnownMetric } from "./metric";
import type { SentenceContext } from "./sentence-context";
import { isSubjectCandidate } from "./subject-candidate";

/** Where the names compared against begin: the last comparison cue of the clause before `pos`. */
export function comparisonStart(sc: SentenceContext, pos: number): number {
  const clauseStart = sc.text.lastIndexOf(";", pos) + 1;
  // A comparison opening the clause ("Compared with VITS, FastSpeech-X is 5.3x faster", "For
  // instance, when compared to AWQ, X improves") ends at its comma; one inside it ("X, including
  // A, B and C, achieves") runs up to the value.
  const inScope = (c: { start: number; end: number }) =>
    (!opensClause(sc, clauseStart, c) || !sc.text.slice(c.end, pos).includes(", ")) &&
    !newSubjectAfter(sc, c.end, pos) &&
    !OWN_PARTICIPLE.test(sc.text.slice(c.end, pos));
  const last = cuePositions(sc).findLast((c) => c.start >= clauseStart && c.end <= pos && inScope(c));
  return last ? last.start : pos;
}

/**
 * "X outperforms EAGLE-3 in most settings, raising throughput up to 4.37x": a participle clause
 * after the compared names says what the subject does, so the comparison ends at its comma.
 */
const OWN_PARTICIPLE =
  /,\s+(?:while\s+|thereby\s+)?(?:raising|achieving|reaching|yielding|improving|reducing|delivering|setting|obtaining|attaining|boosting|increasing|lowering|cutting|providing|offering|enabling|establishing|scoring|gaining|running|speeding|using|requiring|consuming|maintaining|keeping|retaining|matching|rivaling|rivalling|surpassing|outperforming|exceeding|beating)\b/;

/** A cue after at most a few plain lead words and no name ("For instance, when compared to AWQ, …"). */
function opensClause(sc: SentenceContext, clauseStart: number, cue: { start: number }): boolean {
  return (
    /^\W*(?:[A-Za-z][a-z]*\W+){0,3}$/.test(sc.text.slice(clauseStart, cue.start)) &&
    !sc.names.some((n) => n.start >= clauseStart && n.end <= cue.start)
  );
}

/** "Compared to Mask R-CNN, X improves box AP from 41.0 to 44.3": the rival a clause opens with. */
export function openingRival(sc: SentenceContext, pos: number): string | null {
  const clauseStart = sc.text.lastIndexOf(";", pos) + 1;
  const cue = cuePositions(sc).find(
    (c) => c.start >= clauseStart && c.end <= pos && opensClause(sc, clauseStart, c),
  );
  const name =
    cue &&
    sc.names.find((n) => n.start > cue.end && /^\s+(?:the\s+)?$/.test(sc.text.slice(cue.end, n.start)));
  return name && /^\s*,/.test(sc.text.slice(name.end)) && !isKnownBenchmark(name.text) ? name.text : null;
}

/** Spans of compared names that a participle clause closed before `pos` (their names are no subjects). */
export function closedComparisons(sc: SentenceContext, pos: number): [number, number][] {
  const clauseStart = sc.text.lastIndexOf(";", pos) + 1;
  const spans: [number, number][] = [];
  for (const c of cuePositions(sc)) {
    // "…, surpassing Pi-0 and GR00T N1.5; 86.6% on LIBERO": a semicolon closes an earlier comparison.
    if (c.start < clauseStart) spans.push([c.start, clauseStart]);
    if (c.start < clauseStart || c.end > pos) continue;
    const m = OWN_PARTICIPLE.exec(sc.text.slice(c.end, pos));
    if (m) spans.push([c.start, c.end + m.index]);
  }
  return spans;
}

/** "preferred X over the baseline, and X-2 reached 88%": a clause with a subject of its own ends the comparison. */
function newSubjectAfter(sc: SentenceContext, from: number, pos: number): boolean {
  const between = sc.text.slice(from, pos);
  if (!between.includes(", ")) return false;
  // Only the first comma after the cue can open it: "including A, B, and C" is one list.
  const m = /,\s+(?:and|while|whereas|but)\s+(?:the\s+)?/.exec(between);
  if (!m || between.indexOf(",") !== m.index) return false;
  const at = from + m.index + m[0].length;
  return sc.names.some((n) => n.start === at && isSubjectCandidate(sc, n));
}

const cueMemo = new WeakMap<SentenceContext, { start: number; end: number }[]>();

function cuePositions(sc: SentenceContext): { start: number; end: number }[] {
  let cues = cueMemo.get(sc);
  if (!cues)
    cueMemo.set(
      sc,
      (cues = [...sc.text.matchAll(COMPARISON_CUE)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
      }))),
    );
  return cues;
}

// "surpassing both average clinician-clinician agreement (ICC = 0.43)": a value in brackets right
// after a rival described in plain words is that rival's; the sentence's subject did not obtain it.
const DESCRIBED_RIVAL_PAREN =
  /\b(?:surpass\w*|outperform\w*|than|beat\w*|exceed\w*|compared (?:to|with)|versus|vs\.?)\s+((?:both\s+|the\s+)?(?:[a-z][\w-]*\s+){1,4})\((?:[\w@-]+\s*[=:]\s*)?$/;

// "outperforming generalist agents, including Open Deep Research-smolagents(20.29% pass@1)": the
// first value in brackets right after a compared name, even one read as no name, is that rival's.
const NAMED_RIVAL_PAREN =
  /(?<!\b(?:on|in|across|of|at)\s+(?:the\s+)?)(?<![\w.-])([A-Z][\w.-]*|[A-Za-z]+-[a-z][\w-]*)\s*\($/;

/** Whether a value belongs to such a described rival rather than to `model`. */
export function isRivalsValue(sc: SentenceContext, pos: number, model: string): boolean {
  if (/[+−-]/.test(sc.text.charAt(pos))) return false;
  const before = sc.text.slice(Math.max(0, pos - 100), pos);
  const rival = DESCRIBED_RIVAL_PAREN.exec(before)?.[1];
  if (rival !== undefined) return !rival.includes(model);
  // Every value of the bracket: "(20.29% pass@1 and 25.12% pass@2)".
  const open = before.lastIndexOf("(");
  if (open < 0 || before.includes(")", open)) return false;
  const named = NAMED_RIVAL_PAREN.exec(before.slice(0, open + 1));
  const name = named?.[1];
  // "over sequential LLMs (12.3% for 1.5B …)", "superior SSIM (97.25%)": a group or a metric is no rival.
  if (
    !name ||
    isKnownBenchmark(name) ||
    isKnownMetric(name) ||
    /^[A-Z]+s$/.test(name) ||
    model.endsWith(name)
  )
    return false;
  const cue = comparisonStart(sc, pos);
  // "better-than-chance performance on Path-X (…) and Path-256 (…)" compares with nothing named.
  return (
    sc.text.charAt(cue - 1) !== "-" &&
    cue < pos - (before.length - named!.index) &&
    !sc.text.slice(cue, pos).includes(model)
  );
}
