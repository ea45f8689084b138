/**
 * Whose values a parenthesis holds: the model-shaped name right before it, or a compared run
 * described in plain words ("outperforming the fully supervised baseline (77.8 mIoU)").
 */
import { isKnownBenchmark } from "../gazetteer";
import { DESCRIBED_RUN_NOUN, GENERIC_NAME, HARDWARE, STOP_CAPITALISED } from "../lexicon";
import type { NameSpan } from "../names";
import { endsInMetric } from "../metric-label";
import type { SentenceContext } from "../sentence-context";

/** The model-shaped name right before the parenthesis at `open`, then at most two lower-case words ("YOLOv7-E6 object detector ("). */
export function ownerOfParen(sc: SentenceContext, open: number): NameSpan | null {
  const owner = sc.names.find(
    // "FasterSeg [9] (73.1% mIoU)": a citation mark between the name and its values changes nothing.
    (n) =>
      n.end <= open && /^(?:\s+[a-z][\w-]*){0,2}(?:\s*\[[\d,\s–-]+\])?\s*$/.test(sc.text.slice(n.end, open)),
  );
  if (owner && /^[a-z]/.test(owner.text) && /[a-z]/.test(sc.text.slice(owner.end, open))) {
    // "a single-LLM baseline (0.48 F1)": a lower-case modifier and its noun describe a run.
    const text = sc.text.slice(owner.start, open).trimEnd();
    return { text, start: owner.start, end: owner.start + text.length };
  }
  if (owner && sc.paper.tasks.includes(owner.text)) return describedTaskRun(sc, owner);
  if (owner) return isModelShaped(owner.text) ? owner : null;
  // "surpassing OpenVLA (76.5%) and Octo (75.1%)": a plain capitalised word in a list of compared models.
  // Only after a comparison verb, and not in a list of datasets ("outperforms X on Kvasir (91.2%)").
  const before = sc.text.slice(Math.max(0, open - 80), open);
  // "approaching the fully supervised baseline (77.8 mIoU)": a described run, never the subject.
  // "exceeding board-certified dermatologists (72.6%)": so is any compared phrase of plain words.
  const described = DESCRIBED_BEFORE.exec(before);
  const phrase =
    described?.[1] && COMPARED_BEFORE.test(before.slice(0, described.index))
      ? described
      : (COMPARED_PLAIN_PHRASE.exec(before) ?? listedDescribedRun(before));
  if (phrase?.[1]) {
    const start = open - (before.length - phrase.index) + phrase[0].indexOf(phrase[1]);
    return { text: phrase[1], start, end: start + phrase[1].length };
  }
  const word = COMPARED_WORD.exec(before.slice(-40));
  if (!word?.[1] || STOP_CAPITALISED.has(word[1]) || !isModelShaped(word[1])) return null;
  const cue = [...before.matchAll(COMPARED_CUE)].at(-1);
  if (!cue) return null;
  // An earlier compared model's own parenthesis ("Y (0.077 on NYUv2) and Z (") is no dataset list.
  const between = before.slice(cue.index + cue[0].length).replace(/\([^()]*\)/g, "");
  if (/\b(?:on|in|across)\s/.test(between)) return null;
  const start = open - word[0].length + word[0].indexOf(word[1]);
  return { text: word[1], start, end: start + word[1].length };
}

const DESCRIBED_BEFORE = new RegExp(
  `\\b(?:the|its|their)\\s+((?:[a-z][\\w-]*\\s+){1,3}${DESCRIBED_RUN_NOUN})\\s*$`,
);
const COMPARED_WORDS = String.raw`\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|than|vs\.?|versus|against|compared (?:to|with)|approach\w*|match\w*|rival\w*|over)\s+`;
const COMPARED_BEFORE = new RegExp(`${COMPARED_WORDS}$`);
const COMPARED_PLAIN_PHRASE = new RegExp(
  String.raw`${COMPARED_WORDS}(?:the\s+|an?\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*$`,
);

// "outperforms baselines including ReAct (59%) and a monolithic agent (27%)": a run described in
// plain words, listed after a compared name's parenthesis, is one more compared run.
const LISTED_DESCRIBED_RUN =
  /\)\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:an?|the)\s+((?:[a-z][\w-]*\s+){0,3}(?:agent|baseline|model|system|method|pipeline|variant))\s*$/;
function listedDescribedRun(before: string): RegExpExecArray | null {
  const run = LISTED_DESCRIBED_RUN.exec(before);
  return run && COMPARED_CUE_ANYWHERE.test(before.slice(0, run.index)) ? run : null;
}

const COMPARED_CUE = /\b(?:outperform\w*|surpass\w*|beat\w*|than|vs\.?|versus|compared (?:to|with))\s/g;
// COMPARED_CUE is global (for matchAll); `test` on it would carry lastIndex from one call to the next.
const COMPARED_CUE_ANYWHERE = new RegExp(COMPARED_CUE.source);
// "and our Reflexion reproduction (": a re-run of a rival, named by its plain name, is the rival.
const COMPARED_WORD =
  /(?:\b(?:and|or|than|vs\.?|versus|outperform\w*|surpass\w*|beat\w*|including|such as)\s+|,\s*)(?:our\s+|the\s+)?([A-Z][a-z]+)(?:\s+(?:reproduction|re-?implementation|implementation|baseline|agent))?\s*$/;

/** A compared model is no subject where it stands, so it is typed by what it is not. */
// "BERTScore-F1 (0.44)": a name ending in a metric is that metric, as in subject-candidate.ts.
export function isModelShaped(name: string): boolean {
  return !isKnownBenchmark(name) && !endsInMetric(name) && !HARDWARE.test(name) && !GENERIC_NAME.test(name);
}

// "the best single-frame LPR (14.04%)": a task's initials with the words that describe a run are
// that described run (a description, so never listed), not a model named LPR.
function describedTaskRun(sc: SentenceContext, task: NameSpan): NameSpan | null {
  const m = /\b(?:the|a|an)\s+((?:[a-z][\w-]*\s+){1,3})$/.exec(
    sc.text.slice(Math.max(0, task.start - 50), task.start),
  );
  if (!m?.[1]) return null;
  const start = task.start - m[1].length;
  return { text: sc.text.slice(start, task.end), start, end: task.end };
}
