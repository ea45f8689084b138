/**
 * Owners named after a value rather than before it: "(vs. 38.1% for YOLOv8)", "40.2 mAP of the
 * strongest baseline", "86.5% is achieved by AlphaNet-L". Each wins over the sentence's subject.
 */
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { STOP_CAPITALISED } from "./lexicon";
import { isKnownMetric } from "./metric";
import type { ResolvedModel } from "./resolve-model";
import { isSelf, isSubjectCandidate } from "./subject-candidate";
import type { SentenceContext } from "./sentence-context";

const VERSUS_BEFORE = /\b(?:vs\.?|versus|compared (?:to|with)|against|(?:up|down) from)\s[^;()]{0,60}$/i;
// "well above the 64.2% of GaitBase": a comparative right before the value.
const ABOVE_BEFORE =
  /\b(?:above|below|over|beyond|exceed(?:s|ing)?|surpass(?:es|ing)?|outperform(?:s|ing)?|beat(?:s|ing)?|than)\s+(?:the\s+)?$/i;
// "38.1% / 41.0% for", "43.0 AP for": the values, at most two words of metric, then "for"
// (and the owner's setting: "for zero-shot Gemini").
// "40.2 mAP of the strongest baseline" too, but "of"/"by" only before a name or such a qualifier.
const FOR_AFTER =
  /^\s*%?(?:\s*\/\s*[\d.]+\s*%?)*\s+(?:[A-Za-z][\w@-]*\s+){0,2}?(for|of|by)\s+(?:the\s+|a\s+)?(?:(?:zero|few|one)-shot\s+|supervised\s+|fine-tuned\s+)?((?:vanilla|original|base|baseline|previous|prior|strongest|best|best-performing|top-performing|standard|default)\s+)?/;

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

/**
 * "success rates at most 40.0% by Browser-Use Openai-o3": a score followed by "by" and a name is
 * that name's ("improves by 5% by X", "raises it to 85% by X" say how, not whose).
 */
const BY_AFTER = /^\s*%?\s+by\s+(?:the\s+)?/;
const CHANGED_BEFORE = /\b(?:by|to|from)\s+(?:[\w.~-]+\s+){0,2}$/i;

export function byOwnerAfter(sc: SentenceContext, start: number, end: number): ResolvedModel | null {
  const m = BY_AFTER.exec(sc.text.slice(end, end + 20));
  if (!m || CHANGED_BEFORE.test(sc.text.slice(Math.max(0, start - 30), start))) return null;
  const name = sc.names.find((n) => n.start === end + m[0].length);
  if (!name || !isSubjectCandidate(sc, name)) return null;
  return { name: name.text, self: isSelf(sc, name.text), inSentence: true };
}

const DESCRIBED_THEN_NAME =
  /^(?:(?:state-of-the-art|SOTA|strongest|best|leading|previous|prior|competing|existing)\s+)*(?:model|method|baseline|approach|detector|system|tracker),?\s+(?=[A-Z])/;
const DESCRIBED_NOUN = /^\s(?:baselines?|models?|methods?|approach|detectors?|systems?)\b/;

// "for the same performance", "of similar size": a condition of the comparison, not a method.
const PLAIN_METHOD =
  /^(?!(?:the|a|an|all|each|both|this|that|these|those|it|them|comparison|reference|example|instance|same|similar|comparable|equal|identical|matched)\b)([a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2}?)(?=\s+(?:with|on|in|at|under|using|and)\b|\s*[,;.)]|$)/;

/**
 * "(vs. 38.1% / 41.0% for YOLOv8)": after a comparison cue, values followed by "for <model>" are
 * that model's, not the sentence subject's. `end` is where the last of the values ends.
 */
export function comparedOwnerAfter(sc: SentenceContext, start: number, end: number): ResolvedModel | null {
  const before = sc.text.slice(Math.max(0, start - 80), start);
  const versus = VERSUS_BEFORE.test(before);
  if (!versus && !ABOVE_BEFORE.test(before)) return null;
  const forWord = FOR_AFTER.exec(sc.text.slice(end));
  if (!forWord) return null;
  const at = end + forWord[0].length;
  const named = sc.names.some((n) => n.start === at);
  if (forWord[1] !== "for" && !forWord[2] && !named) return null;
  // After "above" only a name or a described rival owns the value: "above 80% for the Chinese
  // subset" is about part of the set.
  if (!versus && !named && !forWord[2]) return null;
  // "compared to 63.4% for the state-of-the-art model C2P-CLIP": the name after a described rival is it.
  const apposed = versus && !named ? DESCRIBED_THEN_NAME.exec(sc.text.slice(at, at + 60)) : null;
  const rival = apposed && sc.names.find((n) => n.start === at + apposed[0].length);
  if (rival && !isKnownBenchmark(rival.text) && !isKnownMetric(rival.text))
    return { name: rival.text, self: isSelf(sc, rival.text), inSentence: true };
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
  // "for the best-performing VLM": a described rival, never the bare family ("the vanilla GPT-4o" is GPT-4o).
  if (forWord[2] && !isModelName(text))
    return { name: `${forWord[2]}${text}`, self: false, inSentence: true };
  return { name: text, self: isSelf(sc, text), inSentence: true };
}

/** "accuracy was 76.3% (334/706 kept) for GPT-4o": a known model named by "for" right after the value. */
const FOR_MODEL_AFTER = /^\s*%?(?:\s*\([^()]{0,50}\))?\s+for\s+(?:the\s+)?/;

export function forModelAfter(sc: SentenceContext, end: number): ResolvedModel | null {
  const m = FOR_MODEL_AFTER.exec(sc.text.slice(end, end + 70));
  const name = m && sc.names.find((n) => n.start === end + m[0].length);
  if (!name || !isModelName(name.text) || isKnownBenchmark(name.text)) return null;
  return { name: name.text, self: isSelf(sc, name.text), inSentence: true };
}

/** "improving over the 55.4% zero-shot baseline": a value that a described baseline follows is the baseline's. */
const ARTICLE_BEFORE = /\b(?:the|a|an)\s+$/i;
const BASELINE_AFTER = /^\s*((?:[a-z][\w-]*\s+){0,2})baselines?\b/;

// "close to the random baseline of 50%": a described baseline named right before "of" owns it too.
// "surpassing the conventional baseline score of 0.385": a measure word may follow "baseline".
const BASELINE_OF_BEFORE =
  /\b(?:the|a)\s+(?!new\s)((?:[a-z][\w-]*\s+){0,2})baseline\s+(?:(?:score|performance|accuracy|result)\s+)?(?:of|at)\s+$/;

export function baselineAfter(sc: SentenceContext, start: number, end: number): ResolvedModel | null {
  const of = BASELINE_OF_BEFORE.exec(sc.text.slice(Math.max(0, start - 50), start));
  if (of) return { name: `${of[1] ?? ""}baseline`, self: false, inSentence: true };
  if (!ARTICLE_BEFORE.test(sc.text.slice(Math.max(0, start - 6), start))) return null;
  const m = BASELINE_AFTER.exec(sc.text.slice(end, end + 50));
  return m ? { name: `${m[1] ?? ""}baseline`, self: false, inSentence: true } : null;
}
