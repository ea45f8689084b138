/** Who the start value of a change "from A to B" belongs to, read from the words after it too. */
import { isKnownBenchmark, isModelName } from "../gazetteer";
import type { SentenceContext } from "../sentence-context";
import { findBaseline } from "./from-to-owner";

/** "… from 78.0% to 84.6% when reranking Qwen2.5-7B-Instruct outputs": the model the method works on. */
function reworkedAfter(sc: SentenceContext, end: number): string | null {
  const cue =
    /^\s*%?\s*(?:(?:on|in)\s+[\w.+-]+\s*)?,?\s*(?:when|by|while)\s+(?:re-?rank(?:ing)?|verifying|scoring|guiding|applied to)\s+(?:the\s+)?(?:outputs?\s+of\s+)?/i.exec(
      sc.text.slice(end, end + 80),
    );
  if (!cue) return null;
  const name = sc.names.find((n) => n.start === end + cue[0].length);
  return name && !isKnownBenchmark(name.text) ? name.text : null;
}

const FOR_A_MODEL = /^\s*%?\s*(?:[a-z][\w@-]*\s+)?,?\s*for\s+(?:an?|the)\s+/;

/** "… from 12.0% to 24.7% for a Qwen 3 8B model": the model named as the changed run's base. */
function baseModelAfter(sc: SentenceContext, end: number): string | null {
  const cue = FOR_A_MODEL.exec(sc.text.slice(end, end + 60));
  const name = cue && sc.names.find((n) => n.start === end + cue[0].length);
  if (!name || isKnownBenchmark(name.text)) return null;
  return /^(?:\s+[a-z][\w-]*)?\s+(?:model|backbone)\b/.test(sc.text.slice(name.end, name.end + 24))
    ? name.text
    : null;
}

/** "On the Qwen2.5-7B-Instruct model, our method boosts accuracy from 30% to 80%": the base a clause opens on. */
function baseModelOpening(sc: SentenceContext, at: number): string | null {
  const name = sc.names.find(
    (n) => n.end < at && /^(?:On|For|With|Using)\s+(?:the\s+)?$/.test(sc.text.slice(0, n.start)),
  );
  if (!name || isKnownBenchmark(name.text)) return null;
  // "On Gemma-2B, SparseKV raises …": a subject named after the opening owns the change itself.
  if (sc.names.some((n) => n.start > name.end && n.end <= at && !isKnownBenchmark(n.text))) return null;
  const after = /^(?:\s+(?:base\s+)?(?:model|backbone|LLM))?\s*,/.exec(
    sc.text.slice(name.end, name.end + 24),
  );
  return after && (isModelName(name.text) || after[0].length > 2) ? name.text : null;
}

/**
 * Who the start value of a change belongs to: a base model named right after the change ("… to
 * 24.7% for a Qwen 3 8B model") outranks a baseline named before it; "… when reranking X outputs"
 * makes the end value X run the paper's way, whoever the subject is.
 */
export function startOwner(sc: SentenceContext, at: number, end: number, ownerOfA: string | null) {
  const base = baseModelAfter(sc, end) ?? baseModelOpening(sc, at);
  const found = ownerOfA ?? (base ? null : findBaseline(sc, at));
  return { found, reworked: found === null ? (base ?? reworkedAfter(sc, end)) : null };
}
