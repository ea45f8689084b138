/** Finds who obtained a value: the nearest name before it that is not a baseline or a setting. */
import {
  COMPARISON_CUE,
  DESCRIBED_OWN_PHRASE,
  GENERIC_NAME,
  GENERIC_SUBJECT,
  HARDWARE,
  SELF_REFERENCE,
} from "./lexicon";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { isKnownMetric } from "./metric";
import type { NameSpan } from "./names";
import type { SentenceContext } from "./sentence-context";
import { isSelf, isSubjectCandidate, referredSystem } from "./subject-candidate";

export { isSelf, isSubjectCandidate };

export interface ResolvedModel {
  name: string;
  self: boolean;
  /** False when the name came from the paper context rather than this sentence. */
  inSentence: boolean;
}

// "our X", "our model X", "our largest 38B model X": a few lowercase or size words between.
const OWNED_BEFORE = /\b[Oo]ur\s+(?:(?:[a-z][\w-]*|\d[\w.]*)\s+){0,3}$/;

/** Architectures papers build on and size their own models by ("our ViT-L model", "our ResNet-50 variant"). */
const BACKBONE_ARCHITECTURE =
  /^(?:ViT|DeiT|Swin|ConvNeXt|ResNet|ResNeXt|Wide-ResNet|EfficientNet|MobileNet(?:V\d)?|RegNet\w?|BEiT|Hiera|DINOv2|U-Net)(?:[- ][\w/.-]+)?$/;
const OWN_MODEL_NOUN = /^\s+(?:model|variant|version|backbone|encoder)\b/;

const REPORTING_WORDS =
  /\b(?:results?|experiments?|evaluations?|analys[ie]s|findings|study|studies|benchmarks?|shows?|showed|demonstrates?|reveals?|indicates?|suggests?|finds?|confirms?)\b/i;

/** "comparable to Zip-NeRF (28.5 dB), which renders at 0.2 FPS": the relative clause is the name's. */
// "GPT-4 that achieves 80%": "that" right after a name opens its relative clause too.
const RELATIVE_AFTER = /^\s*(?:\([^()]*\)\s*)?(?:,?\s*(?:which|who|whose)|\s*that)\s[^,;()]*$/;

function relativeClauseOwner(sc: SentenceContext, pos: number): ResolvedModel | null {
  const name = sc.names.findLast((n) => n.end <= pos);
  if (!name || !RELATIVE_AFTER.test(sc.text.slice(name.end, pos))) return null;
  // "GShard 2.9B, which has 1.5 times the parameters": a ratio there is the subject's advantage.
  if (/^[\d.,]+\s*(?:x|×|times|-fold)/i.test(sc.text.slice(pos, pos + 20))) return null;
  const t = name.text;
  if (HARDWARE.test(t) || GENERIC_NAME.test(t) || isKnownMetric(t) || isKnownBenchmark(t)) return null;
  return { name: t, self: isSelf(sc, t), inSentence: true };
}

/** "…, while the ground-truth recordings have a WER of 1.6%": a contrast clause with a subject of its own. */
const CONTRAST_SUBJECT =
  /(?:,\s*(?:while|whereas|but)\s+|;\s*)(?:(?:the|its|their)\s+([a-z][\w-]*(?:\s+[\w-]+){0,6}?)|([A-Z][\w-]*\s+(?:alone|only)))\s+(?:has|have|had|is|are|was|were|achieves?|achieved|reach(?:es)?|reached|scores?|scored|gets?|got|obtains?|obtained|attains?|attained|yields?)\b[^,;]*$/;

const CONTRAST_WORD = /\b(?:while|whereas|but)\b|;/;

function contrastSubject(sc: SentenceContext, pos: number): ResolvedModel | null {
  // Runs for every value: most sentences have no contrast word and skip the full pattern.
  if (!CONTRAST_WORD.test(sc.text)) return null;
  const m = CONTRAST_SUBJECT.exec(sc.text.slice(0, pos));
  const subject = m?.[1] ?? m?.[2];
  // A model named inside the clause is its subject after all ("while the baseline Y reaches …").
  if (!m || !subject || sc.names.some((n) => n.start >= m.index && n.end <= pos && isSubjectCandidate(sc, n)))
    return null;
  return { name: subject, self: false, inSentence: true };
}

/** "exceeding the previous best of 3.8%": a record held before, by no one named. */
const PREVIOUS_BEST =
  /\b((?:previous|prior|former|earlier)\s+(?:best|state[- ]of[- ]the[- ]art|SOTA|record))\s+(?:result\s+|score\s+)?(?:of\s+)?$/i;

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
  const name = /([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)['’]s\s+$/.exec(
    sc.text.slice(Math.max(0, pos - 60), pos),
  )?.[1];
  return name && sc.names.some((n) => n.text === name) && !isKnownBenchmark(name) ? name : null;
}

export function resolveModel(sc: SentenceContext, pos: number): ResolvedModel | null {
  const previous = PREVIOUS_BEST.exec(sc.text.slice(Math.max(0, pos - 50), pos))?.[1];
  if (previous) return { name: previous, self: false, inSentence: true };
  const possessor = possessorBefore(sc, pos);
  if (possessor) return { name: possessor, self: isSelf(sc, possessor), inSentence: true };
  const combined = combinedSubject(sc, pos);
  if (combined) return combined;
  const relative = relativeClauseOwner(sc, pos) ?? contrastSubject(sc, pos);
  if (relative) return relative;
  const scopeEnd = comparisonStart(sc, pos);
  const candidates = sc.names.filter((n) => n.end <= scopeEnd && isSubjectCandidate(sc, n));
  const nearest = candidates.at(-1);
  const system = referredSystem(sc.paper.systems);
  const selfAfterNearest = SELF_REFERENCE.test(sc.text.slice(nearest?.end ?? 0, pos));
  const generic = genericSubject(sc, nearest?.end ?? 0, pos);
  if (generic && !SELF_REFERENCE.test(sc.text.slice(generic.end, pos)))
    return { name: generic.name, self: false, inSentence: true };
  if (nearest && !(system && selfAfterNearest && !isSelf(sc, nearest.text))) {
    const name = nearest.text;
    // "our X" is the paper's; "our results show X" names someone else's X.
    const owned = OWNED_BEFORE.exec(sc.text.slice(Math.max(0, nearest.start - 50), nearest.start));
    const ownedBy = owned !== null && !REPORTING_WORDS.test(owned[0]);
    // "our ViT-L model attains": the paper's system at that backbone size, not the ViT-L of others.
    if (
      ownedBy &&
      system &&
      BACKBONE_ARCHITECTURE.test(name) &&
      OWN_MODEL_NOUN.test(sc.text.slice(nearest.end))
    )
      return { name: `${system} (${name})`, self: true, inSentence: true };
    const unknownOwn = sc.paper.ownsUnknownModels && !isModelName(name);
    return { name, self: ownedBy || unknownOwn || isSelf(sc, name), inSentence: true };
  }
  if (
    system &&
    !isKnownBenchmark(system) &&
    (selfAfterNearest || sc.names.every((n) => !isSubjectCandidate(sc, n) || isModifierAfter(sc, n, pos)))
  ) {
    return { name: system, self: true, inSentence: false };
  }
  return system ? null : describedOwn(sc, pos);
}

/** "Our method achieves 45.2 mIoU": in a paper that names no system, its own described one. */
function describedOwn(sc: SentenceContext, pos: number): ResolvedModel | null {
  let last: RegExpExecArray | null = null;
  DESCRIBED_OWN_PHRASE.lastIndex = 0;
  for (let m = DESCRIBED_OWN_PHRASE.exec(sc.text); m && m.index < pos; m = DESCRIBED_OWN_PHRASE.exec(sc.text))
    last = m;
  // "our method outperforms X, which reaches 50%": a value after a comparison is not the subject's.
  if (!last || COMPARISON_CUE.test(sc.text.slice(last.index + last[0].length, pos))) return null;
  return { name: last[0], self: true, inSentence: true };
}

/** "an NDS of 73.9 without TTA", "62.1% using CoT": a name after the value that only qualifies it. */
function isModifierAfter(sc: SentenceContext, name: NameSpan, pos: number): boolean {
  return (
    name.start > pos &&
    /\b(?:with|without|w\/o|using|via|under)\s+(?:the\s+)?$/.test(
      sc.text.slice(Math.max(0, name.start - 12), name.start),
    )
  );
}

/** "the human performance of 78.24%": a described subject between the last name and the value. */
function genericSubject(
  sc: SentenceContext,
  from: number,
  pos: number,
): { name: string; end: number } | null {
  const clauseStart = Math.max(from, sc.text.lastIndexOf(";", pos) + 1);
  if (!GENERIC_HEAD.test(sc.text)) return null;
  let last: { name: string; end: number } | null = null;
  for (const m of sc.text.slice(clauseStart, pos).matchAll(GENERIC_SUBJECT)) {
    const at = clauseStart + m.index;
    const between = sc.text.slice(at + m[0].length, pos);
    if (/\bby\b/.test(between)) continue;
    // "Gemini-1.5-Pro, the strongest model, achieves": an apposition describes the name before it.
    if (
      /^\s*,/.test(between) &&
      sc.names.some((n) => /^\s*,\s*(?:the\s+|a\s+|an\s+)?$/.test(sc.text.slice(n.end, at)))
    )
      continue;
    // "human listeners rate its naturalness at 4.21 MOS": raters judge the system; the value is its.
    if (RATER.test(m[0]) && /\bits?\b/.test(between)) continue;
    // "outperforms existing methods" names a comparison; "than the human performance of N" names N's owner.
    const compared = COMPARED_BEFORE.test(sc.text.slice(Math.max(0, at - 40), at));
    if (!compared || OWNED_VALUE.test(between)) last = { name: m[0], end: at + m[0].length };
  }
  return last;
}

const RATER = /\b(?:human|expert|annotator|rater|listener|judge|user|participant|evaluator)s?\b/i;
/** The head words GENERIC_SUBJECT needs: most sentences have none and skip its slower scan. */
const GENERIC_HEAD =
  /human|expert|LLMs|VLMs|model|method|system|approach|baseline|agent|detector|ologist|clinician|physician|doctor|annotator|worker/i;
/** Only a comparison makes a described subject a target ("resulting in human experts achieving" does not). */
const COMPARED_BEFORE =
  /\b(?:than|over|with|versus|vs\.?|against|compared (?:to|with)|relative to|outperform\w*|surpass\w*|beat\w*|exceed\w*|such as|including)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$/i;
const OWNED_VALUE =
  /^\s+(?:performance|accuracy|score|results?)\s+(?:of|is|at)\s+(?:only\s+|about\s+|around\s+)?$/i;

/** Where the names compared against begin: the last comparison cue of the clause before `pos`. */
function comparisonStart(sc: SentenceContext, pos: number): number {
  const clauseStart = sc.text.lastIndexOf(";", pos) + 1;
  // A comparison opening the clause ("Compared with VITS, FastSpeech-X is 5.3x faster", "For
  // instance, when compared to AWQ, X improves") ends at its comma; one inside it ("X, including
  // A, B and C, achieves") runs up to the value.
  const opensClause = (c: { start: number }) =>
    /^\W*(?:[A-Za-z][a-z]*\W+){0,3}$/.test(sc.text.slice(clauseStart, c.start)) &&
    !sc.names.some((n) => n.start >= clauseStart && n.end <= c.start);
  const inScope = (c: { start: number; end: number }) =>
    (!opensClause(c) || !sc.text.slice(c.end, pos).includes(", ")) && !newSubjectAfter(sc, c.end, pos);
  const last = cuePositions(sc).findLast((c) => c.start >= clauseStart && c.end <= pos && inScope(c));
  return last ? last.start : pos;
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
