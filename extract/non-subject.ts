/** Words before a name that make it an object ("on X", "than X", "using X") rather than a subject. */
import { NON_SUBJECT_CUE } from "./lexicon";
import { isKnownBenchmark } from "./gazetteer";

const COMPARED_RIGHT_BEFORE = /\b(?:than|versus|vs\.?|against|compared (?:to|with)|relative to)\s+$/i;

const BUILT_ON =
  /\b(?:agents?|assistants?|scaffolds?|harness(?:es)?)\s+(?:built|based|running)\s+on\s+(?:top\s+of\s+)?$/i;

const SAMPLED_FROM = /\b(?:samples|generations|outputs|responses|solutions|completions)\s+from\s+$/i;

/** "results validate the superiority of MFT over …, achieving": what is shown superior is the subject. */
const SHOWN_OF =
  /\b(?:superiority|effectiveness|efficacy|advantages?)\s+of\s+(?:the\s+proposed\s+|our\s+)?$/i;

// "Evaluations on LIVE-C, SPAQ-11k, and X demonstrate": the last of a listed set is a set too.
const SET_ITEM = String.raw`[A-Z0-9][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?`;
const LISTED_AFTER_ON = new RegExp(
  String.raw`\b(?:on|across)\s+(?:the\s+)?(?:${SET_ITEM},\s+){2,6}(?:[A-Z0-9][\w.+-]*\s+)?(?:and|or)\s+$`,
);
const OPENED_AFTER_ON = new RegExp(String.raw`\b(?:on|across)\s+(?:the\s+)?(?:${SET_ITEM},\s+){1,6}$`);

/**
 * "on both AndroidWorld (80.2%) and AndroidLab (53.6%)": a name with its values in parentheses,
 * after a list of such items opened by "on", is one more set, as the first one is.
 */
const VALUED_ITEM = String.raw`${SET_ITEM}\s*\([^()]*\d[^()]*\)`;
const VALUED_LIST_BEFORE = new RegExp(
  String.raw`\b(?:on|in|across)\s+(?:both\s+|the\s+)?(?:${VALUED_ITEM}\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+))+$`,
);
export function isValuedListItem(before: string, after: string): boolean {
  return /^\s*\([^()]*\d/.test(after) && VALUED_LIST_BEFORE.test(before);
}

// "the best overall model (Gemini 2.5 Pro) achieves": the parenthesis names the ranked one.
const RANKED_NOUN_OPEN =
  /\bthe\s(?:best|strongest|top|leading|best-performing|top-performing|highest-scoring)\s(?:[a-z-]+\s)?(?:model|system|agent|LLM|MLLM|VLM|method)\s\($/;

/**
 * "(GPT-4)", "(I3 instruction)": a name alone in parentheses, or with lower-case words, qualifies
 * what comes before it; after "the best model" it is the one so described.
 */
export function isParenQualifier(before: string, after: string): boolean {
  return (
    before.endsWith("(") && !RANKED_NOUN_OPEN.test(before) && /^(?:\s+[a-z][\w-]*){0,3}\s*\)/.test(after)
  );
}

/** "on LIVE-C, X, and CGIQA-6k": a name between listed sets, the list going on after it, is one. */
export function isMidListAfterOn(before: string, after: string): boolean {
  return /^(?:,\s|\s+(?:and|or)\s)/.test(after) && OPENED_AFTER_ON.test(before);
}

/**
 * A cue, then up to two words of any kind ("on FLUX and X") or three lower-case ones ("using a
 * 24-layer self-attentive X"); "on ModelNet40 show that X" keeps X a subject.
 */
export function isNonSubjectBefore(before: string): boolean {
  // "higher mAP on MS COCO than YOLOv3u": a comparison word right before wins over an earlier cue.
  if (COMPARED_RIGHT_BEFORE.test(before) || LISTED_AFTER_ON.test(before)) return true;
  const m = lastCue(before);
  if (m === null) return false;
  // "self-consistency over 64 samples from X achieves": the samples are X's, and so is the value.
  // "an agent built on X reaches": the agent is X at work.
  if (SAMPLED_FROM.test(before) || BUILT_ON.test(before) || SHOWN_OF.test(before)) return false;
  // "on VerilogEval v2 and X": a version token is part of the name before it, not a word of its own.
  const words = (m[1] ?? "")
    .replace(/\s+v\d+(?:\.\d+)*(?=\s|$)/g, "")
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "On COCO Co-DETR achieves", "On ogbn-arxiv NodeMix reaches": a benchmark filled the preposition;
  // the name after it is free to be the subject.
  // "on SimplerEnv and ManiSkill3 demonstrate": a name that continues the list is on it too.
  const listed = /^(?:and|or)$/i.test(words.at(-1) ?? "") || /,\s*$/.test(before);
  if (/^on$/i.test(m[0].trim().split(/\s+/)[0] ?? "") && !listed && words.some((w) => isKnownBenchmark(w)))
    return false;
  // "on nuScenes show that X": a word with a capital inside is a name, not a lower-case word.
  return words.length <= 2 || words.every((w) => /^[a-z0-9][a-z0-9_-]*$/.test(w));
}

/** "on COCO with a ResNet-50": the cue nearest the name governs it, not an earlier one. */
function lastCue(before: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  for (let at = 0, m = NON_SUBJECT_CUE.exec(before); m !== null; m = NON_SUBJECT_CUE.exec(before.slice(at))) {
    last = m;
    at += m.index + 1;
  }
  return last;
}
