/**
 * Owners a clause names outright, before any search for the nearest subject: a previous record,
 * a possessive, two models combined, a relative clause or a contrast clause with its own subject.
 */
import { CHANGE_VERB, GENERIC_NAME, HARDWARE } from "./lexicon";
import { isKnownBenchmark } from "./gazetteer";
import { isKnownMetric } from "./metric";
import type { ResolvedModel } from "./resolve-model";
import type { SentenceContext } from "./sentence-context";
import { isSelf, isSubjectCandidate } from "./subject-candidate";

export function clauseOwner(sc: SentenceContext, pos: number): ResolvedModel | null {
  const previous = (PREVIOUS_BEST.exec(sc.text.slice(Math.max(0, pos - 50), pos)) ??
    BASELINE_POSSESSIVE.exec(sc.text.slice(Math.max(0, pos - 40), pos)))?.[1];
  if (previous) return { name: previous, self: false, inSentence: true };
  const possessor = possessorBefore(sc, pos) ?? metricOwnerBefore(sc, pos);
  if (possessor) return { name: possessor, self: isSelf(sc, possessor), inSentence: true };
  return combinedSubject(sc, pos) ?? relativeClauseOwner(sc, pos) ?? contrastSubject(sc, pos);
}

/** "comparable to Zip-NeRF (28.5 dB), which renders at 0.2 FPS": the relative clause is the name's. */
// "GPT-4 that achieves 80%": "that" right after a name opens its relative clause too.
const RELATIVE_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:,?\s*(?:which|who|whose)|\s*that)\s[^,;()]*$/;

const OF_NOUN_BEFORE =
  /\b(?!(?:ahead|instead|short|front|top|out|inside|outside|because)\s)[a-z][a-z-]+\s+of\s+(?:the\s+)?$/;

function relativeClauseOwner(sc: SentenceContext, pos: number): ResolvedModel | null {
  const name = sc.names.findLast((n) => n.end <= pos);
  if (!name || !RELATIVE_AFTER.test(sc.text.slice(name.end, pos))) return null;
  // "an IDE, developed using the principles of General Symbolics, which achieves": a name
  // governed by "of" qualifies a noun; the clause may be the noun's, so it names no owner.
  // ("well ahead of X, which scored" still names X.)
  if (OF_NOUN_BEFORE.test(sc.text.slice(Math.max(0, name.start - 30), name.start))) return null;
  // "GShard 2.9B, which has 1.5 times the parameters": a ratio there is the subject's advantage.
  if (/^[\d.,]+\s*(?:x|×|times|-fold)/i.test(sc.text.slice(pos, pos + 20))) return null;
  const t = name.text;
  if (HARDWARE.test(t) || GENERIC_NAME.test(t) || isKnownMetric(t) || isKnownBenchmark(t)) return null;
  return { name: t, self: isSelf(sc, t), inSentence: true };
}

/** "…, while the ground-truth recordings have a WER of 1.6%": a contrast clause with a subject of its own. */
const CONTRAST_SUBJECT =
  /(?:,\s*(?:while|whereas|but)\s+|;\s*)(?:an?\s+((?:[\w-]+\s+){0,3}(?:variant|version|counterpart))|(?:the|its|their)\s+([a-z][\w-]*(?:\s+[\w-]+){0,6}?)|([A-Z][\w-]*\s+(?:alone|only)|(?:M?LLMs|V?LMs|LVLMs|humans)))\s+(?:has|have|had|is|are|was|were|achieves?|achieved|reach(?:es)?|reached|scores?|scored|gets?|got|obtains?|obtained|attains?|attained|yields?|yielded)\b[^,;]*$/;

const CONTRAST_WORD = /\b(?:while|whereas|but)\b|;/;

function contrastSubject(sc: SentenceContext, pos: number): ResolvedModel | null {
  // Runs for every value: most sentences have no contrast word and skip the full pattern.
  if (!CONTRAST_WORD.test(sc.text)) return null;
  const m = CONTRAST_SUBJECT.exec(sc.text.slice(0, pos));
  const subject = m?.[1] ?? m?.[2] ?? m?.[3];
  // A model named inside the clause is its subject after all ("while the baseline Y reaches …").
  if (!m || !subject || sc.names.some((n) => n.start >= m.index && n.end <= pos && isSubjectCandidate(sc, n)))
    return null;
  return { name: subject, self: false, inSentence: true };
}

/** "exceeding the previous best of 3.8%": a record held before, by no one named. */
// "a 16% error reduction from the best published result (6.10%)": the record's value in parentheses.
const PREVIOUS_BEST =
  /\b((?:previous|prior|former|earlier)\s+(?:best|state[- ]of[- ]the[- ]art|SOTA|record)|best\s+(?:published|reported|previous|prior|existing)\s+(?:results?|scores?|methods?))\s+(?:results?\s+|scores?\s+)?(?:of\s+|\(\s*)?$/i;

/** "a 2.43× improvement over the baseline's 12.07%": the value a baseline's possessive names. */
const BASELINE_POSSESSIVE = /\b((?:(?:the|our|its|their)\s+)?(?:[a-z]+-[a-z-]+\s+)?baseline)['’]s\s+$/i;

/** "the synergy of LLaVA and GPT-4 achieves": two models working together are one subject. */
const COMBINATION = /\b(?:synergy|combination|ensemble|pairing)\s+of\s+$/i;

function combinedSubject(sc: SentenceContext, pos: number): ResolvedModel | null {
  if (!/synergy|combination|ensemble|pairing/i.test(sc.text)) return null;
  const names = sc.names.filter((n) => n.end <= pos);
  for (let i = 0; i + 1 < names.length; i++) {
    const [a, b] = [names[i]!, names[i + 1]!];
    if (!COMBINATION.test(sc.text.slice(Math.max(0, a.start - 30), a.start))) continue;
    if (!/^\s+(?:and|with|\+)\s+$/.test(sc.text.slice(a.end, b.start))) continue;
    const name = `${a.text} + ${b.text}`;
    return { name, self: isSelf(sc, a.text) || isSelf(sc, b.text), inSentence: true };
  }
  return null;
}

/** "compared with WHAM's 79.7 mm": the value a possessive names right before it is that model's. */
export function possessorBefore(sc: SentenceContext, pos: number): string | null {
  const before = sc.text.slice(Math.max(0, pos - 60), pos);
  // "surpassing pi0-FAST's 85.5%": a name may open in lower case when a capital or digit follows.
  const name = (/(?<![\w.+-])([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)['’]s\s+$/.exec(before) ??
    /\b([a-z][\w.+-]*[A-Z0-9][\w.+-]*)['’]s\s+$/.exec(before))?.[1];
  return name && sc.names.some((n) => n.text === name) && !isKnownBenchmark(name) ? name : null;
}

/** "the mIoU and mAcc of SegNext-B reach", "the PA-MPJPE of HandFormer-2 drops to": the metric's owner. */
const METRIC_OF_OWNER = new RegExp(
  String.raw`\bthe\s+((?:[\w@.+-]+\s+){0,4}?)of\s+([A-Za-z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+(?:reach(?:es|ed)?|is|are|was|were|stands? at|${CHANGE_VERB}\s+to)\s+(?:only\s+|about\s+)?$`,
);

function metricOwnerBefore(sc: SentenceContext, pos: number): string | null {
  const m = METRIC_OF_OWNER.exec(sc.text.slice(Math.max(0, pos - 90), pos));
  const [metrics = "", name = ""] = m ? [m[1], m[2]] : [];
  if (!m || !sc.names.some((n) => n.text === name) || isKnownBenchmark(name) || isKnownMetric(name))
    return null;
  return metrics.split(/\s+|,/).some((w) => w !== "" && isKnownMetric(w)) ? name : null;
}
