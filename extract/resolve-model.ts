/** Finds who obtained a value: the nearest name before it that is not a baseline or a setting. */
import {
  BENCHMARK_HINT,
  COMPARISON_CUE,
  GENERIC_NAME,
  GENERIC_SUBJECT,
  HARDWARE,
  NON_SUBJECT_CUE,
  SELF_REFERENCE,
  STOP_CAPITALISED,
} from "./lexicon";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { isKnownMetric } from "./metric";
import type { NameSpan } from "./names";
import { SET_NOUN_AFTER } from "./resolve-benchmark";
import type { SentenceContext } from "./sentence-context";

export interface ResolvedModel {
  name: string;
  self: boolean;
  /** False when the name came from the paper context rather than this sentence. */
  inSentence: boolean;
}

// "our X", "our model X", "our largest 38B model X": a few lowercase or size words between.
const OWNED_BEFORE = /\b[Oo]ur\s+(?:(?:[a-z][\w-]*|\d[\w.]*)\s+){0,3}$/;

const METRIC_HEAD_AFTER = /^[\s-](?:score|similarity|distance|alignment)\b(?!s)/;
const ARTICLE_BEFORE = /\b(?:a|an|the|its|their|our|higher|lower|better|best)\s$/i;

const SYSTEM_NOUN_AFTER = /^\s(?:agents?|models?|systems?|methods?|approach|pipeline|baselines?)\b/;
const ADJECTIVE_SUFFIX = /-(?:based|like|style|guided|driven|aware|free|initiali[sz]ed|pretrained)$/i;

const REPORTING_WORDS =
  /\b(?:results?|experiments?|evaluations?|analys[ie]s|findings|study|studies|benchmarks?|shows?|showed|demonstrates?|reveals?|indicates?|suggests?|finds?|confirms?)\b/i;

const subjectMemo = new WeakMap<NameSpan, boolean>();

/** Whether a name can be the subject of a claim (independent of where the value is; memoised). */
export function isSubjectCandidate(sc: SentenceContext, name: NameSpan): boolean {
  let known = subjectMemo.get(name);
  if (known === undefined) subjectMemo.set(name, (known = checkSubject(sc, name)));
  return known;
}

/** "410B FLOPs", "77M parameters": an amount, shaped like a name. */
const AMOUNT =
  /^\d[\d.,]*\s?[KMBT]?\s+(?:FLOPs|GFLOPs|TFLOPs|MACs|GMACs|params|parameters|tokens|GPUs|TPUs)$/;

function checkSubject(sc: SentenceContext, name: NameSpan): boolean {
  if (AMOUNT.test(name.text)) return false;
  if (HARDWARE.test(name.text) || BENCHMARK_HINT.test(name.text) || GENERIC_NAME.test(name.text))
    return false;
  if (sc.paper.benchmarks.includes(name.text) || SET_NOUN_AFTER.test(sc.text.slice(name.end))) return false;
  if (isKnownMetric(name.text) || (isKnownBenchmark(name.text) && !isModelName(name.text))) return false;
  // "CLIP R-Precision", "DINO score": a name that ends in a metric is that metric.
  const lastWord = name.text.slice(name.text.lastIndexOf(" ") + 1);
  if (lastWord !== name.text && isKnownMetric(lastWord)) return false;
  // "the DINOv2-based variant of X": a name made an adjective describes the subject, it is not
  // one, unless a system noun follows ("our GPT-4-based agent").
  if (ADJECTIVE_SUFFIX.test(name.text) && !SYSTEM_NOUN_AFTER.test(sc.text.slice(name.end, name.end + 12)))
    return false;
  // A name right after a value, or overlapping its unit ("31.2 dB PSNR"), is what the value measures.
  if (
    sc.numbers.some(
      (n) => (n.end <= name.start && name.start - n.end <= 1) || (name.start < n.end && name.end > n.start),
    )
  )
    return false;
  if (sc.text.charAt(name.start - 1) === "(" && sc.text.charAt(name.end) === ")") return false;
  // "a CLIP score of 0.32", "higher DINO similarity": the name qualifies a metric here.
  if (
    METRIC_HEAD_AFTER.test(sc.text.slice(name.end, name.end + 14)) &&
    ARTICLE_BEFORE.test(sc.text.slice(Math.max(0, name.start - 10), name.start))
  )
    return false;
  if (/^\s+of\s+(?:up to\s+|about\s+|only\s+)?[+~]?\d/.test(sc.text.slice(name.end, name.end + 20)))
    return false;
  // "(e.g., LAA's attack success rate drops …)": an example's possessive owns what follows; after a
  // verb ("improves ViT's accuracy") it is the object.
  const before = sc.text.slice(Math.max(0, name.start - 60), name.start);
  if (/^['’]s\s/.test(sc.text.slice(name.end, name.end + 3)) && EXAMPLE_BEFORE.test(before)) return true;
  return !isNonSubjectBefore(before);
}

const EXAMPLE_BEFORE = /(?:\b(?:e\.g\.|i\.e\.|for example|for instance),?|^|[(;:])\s*$/i;

const SAMPLED_FROM = /\b(?:samples|generations|outputs|responses|solutions|completions)\s+from\s+$/i;

/**
 * A cue, then up to two words of any kind ("on FLUX and X") or three lower-case ones ("using a
 * 24-layer self-attentive X"); "on ModelNet40 show that X" keeps X a subject.
 */
function isNonSubjectBefore(before: string): boolean {
  const m = NON_SUBJECT_CUE.exec(before);
  if (m === null) return false;
  // "self-consistency over 64 samples from X achieves": the samples are X's, and so is the value.
  if (SAMPLED_FROM.test(before)) return false;
  const words = (m[1] ?? "").trim().split(/\s+/).filter(Boolean);
  // "on nuScenes show that X": a word with a capital inside is a name, not a lower-case word.
  return words.length <= 2 || words.every((w) => /^[a-z0-9][a-z0-9_-]*$/.test(w));
}

export function isSelf(sc: SentenceContext, model: string): boolean {
  const key = model.toLowerCase().replace(/[^a-z0-9]/g, "");
  return sc.paper.systems.some((s) => {
    // A plural acronym ("DiTs") names the family its sized variants ("DiT-XL/2") belong to.
    const sk = s
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .replace(/(?<=[a-z0-9]{3})s$/, "");
    // A short name ("s1") must open the model's name ("s1-32B"), not merely occur in it.
    if (sk.length === 2) return /\d/.test(sk) && key.startsWith(sk);
    // A shorter name opening the system's ("Vim" of "Vim-S") is its family; one inside it ("SAM" in
    // "HQ-SAM") is the model the system improves on.
    return sk.length >= 3 && (key.includes(sk) || sk.startsWith(key));
  });
}

/** The subject of a value at `pos` within the sentence. */
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

export function resolveModel(sc: SentenceContext, pos: number): ResolvedModel | null {
  const previous = PREVIOUS_BEST.exec(sc.text.slice(Math.max(0, pos - 50), pos))?.[1];
  if (previous) return { name: previous, self: false, inSentence: true };
  const combined = combinedSubject(sc, pos);
  if (combined) return combined;
  const relative = relativeClauseOwner(sc, pos) ?? contrastSubject(sc, pos);
  if (relative) return relative;
  const scopeEnd = comparisonStart(sc, pos);
  const candidates = sc.names.filter((n) => n.end <= scopeEnd && isSubjectCandidate(sc, n));
  const nearest = candidates.at(-1);
  const system = sc.paper.systems[0];
  const selfAfterNearest = SELF_REFERENCE.test(sc.text.slice(nearest?.end ?? 0, pos));
  const generic = genericSubject(sc, nearest?.end ?? 0, pos);
  if (generic && !SELF_REFERENCE.test(sc.text.slice(generic.end, pos)))
    return { name: generic.name, self: false, inSentence: true };
  if (nearest && !(system && selfAfterNearest && !isSelf(sc, nearest.text))) {
    const name = nearest.text;
    // "our X" is the paper's; "our results show X" names someone else's X.
    const owned = OWNED_BEFORE.exec(sc.text.slice(Math.max(0, nearest.start - 50), nearest.start));
    const ownedBy = owned !== null && !REPORTING_WORDS.test(owned[0]);
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
  return null;
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
    // "outperforms existing methods" names a comparison; "than the human performance of N" names N's owner.
    const compared = COMPARED_BEFORE.test(sc.text.slice(Math.max(0, at - 40), at));
    if (!compared || OWNED_VALUE.test(between)) last = { name: m[0], end: at + m[0].length };
  }
  return last;
}

/** The head words GENERIC_SUBJECT needs: most sentences have none and skip its slower scan. */
const GENERIC_HEAD = /human|expert|LLMs|VLMs|model|method|system|approach|baseline|agent|detector/i;
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
    !opensClause(c) || !sc.text.slice(c.end, pos).includes(", ");
  const last = cuePositions(sc).findLast((c) => c.start >= clauseStart && c.end <= pos && inScope(c));
  return last ? last.start : pos;
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

const VERSUS_BEFORE = /\b(?:vs\.?|versus|compared (?:to|with)|against)\s[^;()]{0,60}$/i;
// "38.1% / 41.0% for", "43.0 AP for": the values, at most two words of metric, then "for".
// "40.2 mAP of the strongest baseline" too, but "of"/"by" only before a name or such a qualifier.
const FOR_AFTER =
  /^\s*%?(?:\s*\/\s*[\d.]+\s*%?)*\s+(?:[A-Za-z][\w@-]*\s+){0,2}?(for|of|by)\s+(?:the\s+|a\s+)?((?:vanilla|original|base|baseline|previous|prior|strongest|best|standard|default)\s+)?/;

// "a top-1 accuracy of 86.5% is achieved by AlphaNet-L": the owner named after a passive verb.
const PASSIVE_AFTER =
  /^\s*%?(?:\s+[A-Za-z][\w@^-]*){0,3}?\s+(?:is|are|was|were)\s+(?:achieved|obtained|attained|reached|set|recorded)\s+by\s+(?:the\s+|our\s+)?/;

/** The model named after "is achieved by" right after a value, or null. */
export function passiveOwnerAfter(sc: SentenceContext, end: number): ResolvedModel | null {
  const m = PASSIVE_AFTER.exec(sc.text.slice(end, end + 80));
  if (!m) return null;
  const name = sc.names.find((n) => n.start === end + m[0].length);
  if (!name || !isSubjectCandidate(sc, name)) return null;
  return { name: name.text, self: /our\s+$/.test(m[0]) || isSelf(sc, name.text), inSentence: true };
}

const DESCRIBED_NOUN = /^\s(?:baselines?|models?|methods?|approach|detectors?|systems?)\b/;

// "for the same performance", "of similar size": a condition of the comparison, not a method.
const PLAIN_METHOD =
  /^(?!(?:the|a|an|all|each|both|this|that|these|those|it|them|comparison|reference|example|instance|same|similar|comparable|equal|identical|matched)\b)([a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2}?)(?=\s+(?:with|on|in|at|under|using|and)\b|\s*[,;.)]|$)/;

/**
 * "(vs. 38.1% / 41.0% for YOLOv8)": after a comparison cue, values followed by "for <model>" are
 * that model's, not the sentence subject's. `end` is where the last of the values ends.
 */
export function comparedOwnerAfter(sc: SentenceContext, start: number, end: number): ResolvedModel | null {
  if (!VERSUS_BEFORE.test(sc.text.slice(Math.max(0, start - 80), start))) return null;
  const forWord = FOR_AFTER.exec(sc.text.slice(end));
  if (!forWord) return null;
  const at = end + forWord[0].length;
  if (forWord[1] !== "for" && !forWord[2] && !sc.names.some((n) => n.start === at)) return null;
  // A name by its shape, or plain capitalised words ("for Diffusion Policy").
  // Or a method in plain words ("versus 58.2% for experience replay"): never the sentence's subject.
  const text =
    sc.names.find((n) => n.start === at)?.text ??
    /^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\b/.exec(sc.text.slice(at, at + 60))?.[0] ??
    PLAIN_METHOD.exec(sc.text.slice(at, at + 60))?.[1];
  if (!text || STOP_CAPITALISED.has(text) || isKnownBenchmark(text) || isKnownMetric(text)) return null;
  // "410B FLOPs": an amount is what a value is counted in, never whose it is.
  if (/^\d/.test(text)) return null;
  // "for the best GAN baseline": a described baseline, not the GAN family.
  const noun = forWord[2]
    ? DESCRIBED_NOUN.exec(sc.text.slice(at + text.length, at + text.length + 12))
    : null;
  if (noun) return { name: `${forWord[2]}${text}${noun[0]}`, self: false, inSentence: true };
  return { name: text, self: isSelf(sc, text), inSentence: true };
}
