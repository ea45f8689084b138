/**
 * "OREAL-32B surpasses previous 32B models trained by distillation with 95.0": how the models a
 * claim is compared with were made is their setting, not the claim's. Such descriptions are
 * blanked (offsets kept) before a clause is read for its setting.
 */
import { settingOf } from "./setting-table";

const RIVAL_MADE = new RegExp(
  [
    String.raw`\b(?:than|outperform\w*|surpass\w*|beat\w*|over|versus|vs\.?|compared (?:to|with)|against)\s+`,
    String.raw`(?:the\s+|all\s+)?(?:[\w.-]+\s+){0,4}?(?:models?|methods?|baselines?|LLMs|systems|approaches|counterparts)\s+`,
    String.raw`(?:that\s+(?:are|were)\s+)?(?:trained|distilled|fine-?tuned|pruned|quantized|pre-?trained)\s+`,
    String.raw`(?:by|with|on|from|via|using|through)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+`,
  ].join(""),
  "gi",
);

/** "improves over the zero-shot baseline by 12.9 points": the shots are the rival's, not the claim's. */
// "exceeding direct zero-shot VLM localization": a name after the shots is the rival they describe;
// "far below zero-shot and prompt-tuned baselines": so is a pair of descriptions.
// ("surpasses baselines on zero-shot COCO" is where the claim was measured: no preposition between).
const RIVAL_SHOTS =
  /\b(?:than|over|versus|vs\.?|against|compared (?:to|with)|ahead of|below|behind|outperform\w*|surpass\w*|beat\w*|exceed\w*|trail\w*)\s+(?:the\s+|its\s+|a\s+)?(?:(?!(?:on|in|at|for|across|under)\s)[\w.-]+\s+){0,2}?(?:zero|one|few|\d+)[- ]shot\s+(?:(?:and|or)\s+[\w-]+\s+)?([\w-]+(?:\.\w[\w-]*)*)/gi;
const RIVAL_NOUN = /^(?:baselines?|models?|counterparts?|methods?|prompting|performance|[A-Z][\w.-]*)$/;

/** "versus 68.5% for zero-shot Gemini": the shots of the model a value is given to (value-setting.ts). */
const OWNER_SHOTS = /\d\s*%?\s+for\s+(?:zero|one|few|\d+)[- ]shot\b/gi;

export function withoutRivalDescriptions(clause: string): string {
  if (!/train|distill|tun|prun|quantiz|shot/i.test(clause)) return clause;
  return clause
    .replace(RIVAL_MADE, (m) => " ".repeat(m.length))
    .replace(RIVAL_SHOTS, (m, noun: string) => (RIVAL_NOUN.test(noun) ? " ".repeat(m.length) : m))
    .replace(OWNER_SHOTS, (m) => " ".repeat(m.length));
}

const RIVAL_CUE = /\b(?:than|outperform\w*|surpass\w*|beat\w*|versus|vs\.?|compared (?:to|with)|against)\s/gi;

/**
 * "with this geometry distillation mechanism, GLaD achieves 94.1%, outperforming UniVLA (92.5%)":
 * how the subject was made is no setting of a rival's value, unless the rival's own words say it.
 * (Pruned and quantized stay: rivals of a 2-bit method are compared at 2 bits too.)
 */
export function withoutSubjectsMaking(
  said: string | null,
  text: string,
  valueStart: number,
  model: string,
): string | null {
  if (!said?.includes("distilled")) return said;
  const cue = [...text.slice(0, valueStart).matchAll(RIVAL_CUE)].at(-1);
  // Only a rival named after the cue, before its value: "outperforming UniVLA (92.5%)".
  if (!cue || !text.slice(cue.index, valueStart).includes(model)) return said;
  const rivals = settingOf(text.slice(cue.index, valueStart + 30))?.split(", ") ?? [];
  const kept = said.split(", ").filter((p) => p !== "distilled" || rivals.includes(p));
  return kept.join(", ") || null;
}
