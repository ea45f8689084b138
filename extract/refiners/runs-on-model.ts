/**
 * The model a system runs on, said beside one value: "With Claude 3.5 Sonnet, SWE-agent resolves
 * 49.0%" is SWE-agent's score with Claude, not SWE-agent's alone.
 */
import { isModelName } from "../gazetteer";
import { GENERIC_NAME } from "../lexicon";
import { isKnownMetric } from "../metric";
import type { NameSpan } from "../names";
import { nextValueStart, type SentenceContext } from "../sentence-context";

/**
 * "With Claude 3.5 Sonnet, SWE-agent resolves 49.0%; with GPT-4o it resolves 38.8%": the model a
 * system runs on changes what its score means. Said in the value's clause, before it or right after.
 */
// "comparable performance with X", "similar FLOPs with X": a comparison, not what the system runs on.
const WITH_BEFORE =
  /(?<!\b(?:compared|comparable|similar|together|along|par|competitive|consistent|agree\w*)(?:\s+[\w-]+)?)\s+with\s+(?:the\s+)?$|^With\s+(?:the\s+)?$/i;

// "… of 79.9 with ViTPose-H, a vision transformer model for pose estimation": a name its apposition calls a model.
const APPOSED_MODEL = /^,\s+an?\s+(?:[\w-]+\s+){0,3}(?:model|backbone|network|transformer|LLM|VLM)\b/;

export function runsOnModel(sc: SentenceContext, model: string, start: number, end: number): string | null {
  // The whole clause before the value: "On COCO with Mask R-CNN, X obtains 49.6 box AP and 43.9 mask AP".
  const from = sc.text.lastIndexOf(";", start) + 1;
  const next = nextValueStart(sc, end);
  const near = (n: NameSpan) =>
    ((n.start >= from && n.end <= start) ||
      // "58.3 mIoU on ADE20K; with ConvNeXt-XL it reaches 59.1": a semicolon ends the value's clause.
      (n.start >= end &&
        n.start - end <= 25 &&
        n.end <= next &&
        !sc.text.slice(end, n.start).includes(";"))) &&
    n.text !== model &&
    !model.includes(n.text) &&
    // "(96%→96% with Claude, 91%→92% with Gemini)": a model said right after an earlier value is that value's.
    !(n.end <= start && afterValue(sc, n.start)) &&
    WITH_BEFORE.test(sc.text.slice(Math.max(0, n.start - 45), n.start)) &&
    // "GPT-4V with MMD-Agent": what the model itself is said to run with, model or agent.
    (isModelName(n.text) || APPOSED_MODEL.test(sc.text.slice(n.end, n.end + 60))
      ? !otherModelsPart(sc, n, model)
      : ownerBefore(sc, n) === model && !GENERIC_NAME.test(n.text) && !/-[a-z]+ed$/.test(n.text));
  const name = sc.names.findLast(near)?.text ?? baseNamedFor(sc, end, next, model);
  return name ? `with ${name}` : null;
}

// "UniRL on top of Show-o and Janus … 0.77 for Show-o and 0.65 for Janus": the base a value is for.
const FOR_AFTER = /^\s*%?\s*(?:[\w-]+\s+){0,2}?for\s+(?:the\s+)?([A-Z][\w.-]*\w)/;
const BASE_BEFORE =
  /\b(?:on top of|built (?:up)?on|based on|applied to|plugged into)\s+(?:the\s+)?(?:[\w.-]+\s*(?:,|and)\s*)*$/i;

function baseNamedFor(sc: SentenceContext, end: number, next: number, model: string): string | null {
  const base = FOR_AFTER.exec(sc.text.slice(end, next))?.[1];
  if (!base || base === model) return null;
  const first = sc.text.indexOf(base);
  return first < end && BASE_BEFORE.test(sc.text.slice(Math.max(0, first - 60), first)) ? base : null;
}

/** "MIRAGE with GPT-4o-mini achieves 81.7%, beating GPT-4V (74.0%)": the backbone of another model named before it. */
function otherModelsPart(sc: SentenceContext, backbone: NameSpan, model: string): boolean {
  const owner = ownerBefore(sc, backbone);
  const modelLike = owner !== undefined && (isModelName(owner) || sc.paper.systems.includes(owner));
  return modelLike && owner !== model && !model.includes(owner);
}

/**
 * The name right before "with" a backbone: "MIRAGE" in "MIRAGE with GPT-4o-mini". Not a name after
 * "on": "On HumanEval with Qwen3-30B, DEER attains" runs DEER on Qwen3-30B.
 */
function ownerBefore(sc: SentenceContext, backbone: NameSpan): string | undefined {
  const owner = sc.names.findLast((m) => m.end < backbone.start && backbone.start - m.end <= 7);
  // "90% passItr@25, with Claude-3.5", "10.1x with Gemma-2B": a metric or an amount runs on nothing.
  if (
    !owner ||
    GENERIC_NAME.test(owner.text) ||
    isKnownMetric(owner.text) ||
    /\b(?:on|in|at|for|across)\s+(?:the\s+)?$/i.test(
      sc.text.slice(Math.max(0, owner.start - 12), owner.start),
    )
  )
    return undefined;
  return owner.text;
}

/** "91%→92% with Gemini": a name right after a value and "with" qualifies that value. */
function afterValue(sc: SentenceContext, at: number): boolean {
  return sc.numbers.some((v) => v.end < at && /^\s*with\s+(?:the\s+)?$/.test(sc.text.slice(v.end, at)));
}
