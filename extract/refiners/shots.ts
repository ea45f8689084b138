/**
 * Shot counts ("zero-shot", "5-shot", "with 16 shots"): whose they are. A sentence's shots are
 * every value's unless words pair them with one value, another value owns them, or the sentence
 * names several counts.
 */
import { SHOT_COUNT } from "../lexicon";
import type { SentenceContext } from "../sentence-context";

const SHOT_WORD = new RegExp(String.raw`\b${SHOT_COUNT}\b`, "i");
const SHOT_BEFORE = new RegExp(String.raw`\b${SHOT_COUNT}\s+$`, "i");

/** "55.1 on GSM8K (8-shot, chain-of-thought)": the shots said in the value's own parentheses. */
const OWN_SHOTS = /^\s*%?\s*(?:on\s+[^(),;]{1,40}?\s*)?\(([^()]*)\)/;
/** "73.9% with 16 shots and 65.2% with a single shot": the shots said right after a value are its own. */
// "61.2% in the 1-shot setting": the same said as a setting.
const SHOTS_AFTER = new RegExp(
  String.raw`^[^,;]{0,30}?\b(?:with\s+(\d+|a single|one)\s+shots?\b|(?:in|under)\s+the\s+${SHOT_COUNT}\s+(?:setting|regime|scenario|case)s?\b)`,
  "i",
);

/** The shots of the value ending at `end`; `next` is where the next value starts. */
export function ownShots(text: string, end: number, next: number): string | null {
  const said = SHOTS_AFTER.exec(text.slice(end, Math.min(next, end + 60)));
  const after = said?.[1] ?? said?.[2]?.toLowerCase();
  if (after) return `${/^(?:\d+|zero|one|few)$/.test(after) ? after : "one"}-shot`;
  const inside = OWN_SHOTS.exec(text.slice(end, end + 80))?.[1];
  const m = inside ? SHOT_WORD.exec(inside) : null;
  return m ? `${m[1]!.toLowerCase()}-shot` : null;
}
/** "and zero-shot 71.5% on Kinetics-400": shots written right before a value are its own. */
export function shotsBefore(text: string, start: number): string | null {
  const m = SHOT_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  return m ? `${m[1]!.toLowerCase()}-shot` : null;
}

export function replaceShots(said: string | null, shots: string | null): string | null {
  const kept = said?.split(", ").filter((p) => !/-shot$/.test(p)) ?? [];
  const parts = shots ? [shots, ...kept] : kept;
  return parts.length ? parts.join(", ") : null;
}
export const SHOTS_OUTSIDE_PARENS = new RegExp(
  String.raw`\b${SHOT_COUNT}\b|\bwith\s+(?:\d+|a single|one)\s+shots?\b`,
  "i",
);

/**
 * The shots of one value: its own when the words pair it with some; else the sentence's, unless
 * they sit only inside other values' parentheses, the sentence names two shot counts ("71.5% and
 * 75.2% under the 1-shot and 5-shot settings" leaves an unpaired value neither), or another value
 * owns them.
 */
export function settleShots(
  sc: SentenceContext,
  mention: { start: number; end: number },
  base: string | null,
  split: string | null,
): string | null {
  // The next value bounds this one's own words; the count of "16 shots" is no value.
  const next =
    sc.numbers.find((n) => n.start >= mention.end && !/^\s*shots?\b/.test(sc.text.slice(n.end)))?.start ??
    sc.text.length;
  const shots = ownShots(sc.text, mention.end, next) ?? shotsBefore(sc.text, mention.start);
  if (shots) return replaceShots(base, shots);
  const keep =
    !base?.includes("-shot") ||
    split?.endsWith("-shot") === true ||
    (SHOTS_OUTSIDE_PARENS.test(sc.text.replace(VALUE_PARENS, "")) &&
      !hasSeveralShots(clauseOf(sc.text, mention.start)) &&
      !shotsOwnedByAnother(sc, mention.start) &&
      !shotsOfLaterPredicate(sc.text, mention.end));
  return keep ? base : replaceShots(base, null);
}

/** "in the 1-shot setting, …; in the 5-shot setting, …": a semicolon ends the clause a count is said in. */
function clauseOf(text: string, at: number): string {
  const end = text.indexOf(";", at);
  return text.slice(text.lastIndexOf(";", at) + 1, end < 0 ? text.length : end);
}

function hasSeveralShots(text: string): boolean {
  const counts = [...text.matchAll(/\b(zero|one|\d+)[- ]shot\b/gi)].map((m) => m[1]!.toLowerCase());
  return new Set(counts).size > 1;
}

/** Parentheses holding a value ("(71.2% 5-shot)"): shots inside are that value's; "(5-way 10-shot)" are not. */
const VALUE_PARENS = /\([^()]*(?:\d\s*%|\d\.\d)[^()]*\)/g;

/**
 * "zero-shot 71.5%", "… while SAM lags behind at 71.3% in the zero-shot setting": shots written
 * against another value are that value's alone. Said after a list ("0.043 on NYUv2 and 0.046 on
 * KITTI in the zero-shot setting") they are the whole list's, unless a new clause stands between.
 */
function shotsOwnedByAnother(sc: SentenceContext, start: number): boolean {
  return sc.numbers.some((n, i) => {
    if (n.start === start) return false;
    if (shotsBefore(sc.text, n.start) !== null) return true;
    if (ownShots(sc.text, n.end, sc.numbers[i + 1]?.start ?? sc.text.length) === null) return false;
    const [from, to] = n.start < start ? [n.end, start] : [start, n.start];
    return /,\s*(?:while|whereas|but)\b|;/.test(sc.text.slice(from, to));
  });
}

/**
 * "achieves 84.0% mIoU on Cityscapes and shows excellent zero-shot robustness on Cityscapes-C":
 * shots said only in a later predicate of the subject describe that other result, not this value.
 */
function shotsOfLaterPredicate(text: string, end: number): boolean {
  const shots = [...text.matchAll(SHOT_WORDS)];
  return (
    shots.length > 0 && shots.every((m) => m.index >= end && LATER_PREDICATE.test(text.slice(end, m.index)))
  );
}

const SHOT_WORDS = new RegExp(SHOT_WORD.source, "gi");
const LATER_PREDICATE =
  /\band\s+(?:also\s+)?(?:shows?|demonstrates?|exhibits?|displays?|generali[sz]es?|transfers?|enables?|offers?|provides?|supports?)\b/;
