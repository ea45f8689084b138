/**
 * What the ends of a change hold beyond its pair: further ends listed after it, the setting each
 * end was measured in, and changes that move a setting rather than a result.
 */
import { SHOT_COUNT } from "../lexicon";
import type { NumberMention } from "../numbers";
import type { SentenceContext } from "../sentence-context";
import { isSetting } from "./is-setting";
import type { ClaimDraft } from "./rule";

/**
 * "raises X from 6.2% to 52.0% via SFT, 55.0% with RL, and 68.2% with both": values listed on
 * after the end value, each with its own way of getting there, are further ends of the same
 * change: the same owner, benchmark and metric. A benchmark or a comparison between them ends it.
 */
const CONTINUES = /^\s*(?:(?:via|with|after|using|through|by)\s+[^,;()]{1,60})?,\s+(?:and\s+)?$/;
const ENDS_LIST = /\b(?:on|in|than|over|versus|vs)\b/;

export function continuedAfter(sc: SentenceContext, b: NumberMention, end: ClaimDraft): ClaimDraft[] {
  const more: ClaimDraft[] = [];
  let last = b;
  for (const next of sc.numbers.slice(sc.numbers.indexOf(b) + 1)) {
    const between = sc.text.slice(last.end, next.start);
    if (next.unit !== b.unit || !CONTINUES.test(between) || ENDS_LIST.test(between)) break;
    if (isSetting(sc, next)) break;
    more.push({ ...end, mention: next, focusEnd: next.end });
    last = next;
  }
  return more;
}

/** "from 53.2% zero-shot to 73.6% one-shot": one system in two settings, each value its own. */
export function shotsOf(sc: SentenceContext, value: NumberMention, until: number): string | null {
  const m = SHOTS_RIGHT_AFTER.exec(sc.text.slice(value.end, until));
  return m ? `${m[1]!.toLowerCase()}-shot` : null;
}

const SHOTS_RIGHT_AFTER = new RegExp(String.raw`^\s*${SHOT_COUNT}\b`, "i");

export const SETTING_CHANGED =
  /\b(?:ratio|budget|threshold|temperature|size|length|window|steps|epochs)\s+(?:(?:only|just|slightly)\s+)?$/i;
