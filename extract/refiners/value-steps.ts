/**
 * How many sampling steps a generated value took ("1-step inference attaining 89.1 PDMS and
 * 5-step inference reaching 90.3 PDMS"): a one-step run is not ranked against a fifty-step one.
 * The sentence table reads one count; when a sentence gives several, each value takes its own.
 */
import { nextValueStart, type SentenceContext } from "../sentence-context";

// "1-NFE", "4 NFEs"; "1-step inference", "a 4-step sampler", "with 50 sampling steps".
export const STEP_COUNT =
  /\b(\d+|one|a single)(?:[- ]?(NFE)s?\b|[- ]steps?\s+(?:inference|sampling|sampler|generation|denoising)\b|\s+(?:sampling|inference|denoising)\s+steps?\b)/i;
const EVERY_STEP_COUNT = new RegExp(STEP_COUNT.source, "gi");
// "2.31 with 1-step sampling": after a value, the count is its own only as its "with"; "89.1 and
// 5-step inference reaching 90.3" opens the next value's phrase.
const SAID_OF_VALUE = /^[^,;\d]*?\b(?:with|using|at|under|in|via)\s+(?:a\s+|an\s+|only\s+|just\s+|one\s+)?$/;
const STEP_PART = /^\d+ (?:NFE|steps?)$/;

/** The count as a setting part: "1 NFE", "1 step", "50 steps". */
export function describeSteps(m: RegExpExecArray): string {
  const n = /^\d/.test(m[1]!) ? m[1]! : "1";
  return m[2] ? `${n} NFE` : `${n} step${n === "1" ? "" : "s"}`;
}

/** The setting with this value's own step count, when the sentence states more than one. */
export function withOwnSteps(
  said: string | null,
  sc: SentenceContext,
  start: number,
  end: number,
): string | null {
  if (!said || !/\d[- ]?(?:NFE|step|sampl|infer|denois)/i.test(sc.text)) return said;
  const all = [...sc.text.matchAll(EVERY_STEP_COUNT)];
  if (new Set(all.map(describeSteps)).size < 2) return said;
  // Said right after the value ("2.31 with 1-step sampling") or, else, the last said before it.
  const next = nextValueStart(sc, end);
  const own =
    all.find(
      (m) =>
        m.index >= end &&
        m.index < Math.min(next, end + 50) &&
        SAID_OF_VALUE.test(sc.text.slice(end, m.index)),
    ) ?? all.findLast((m) => m.index + m[0].length <= start);
  if (!own) return said;
  const parts = said.split(", ").filter((p) => !STEP_PART.test(p));
  return [...parts, describeSteps(own)].join(", ");
}
