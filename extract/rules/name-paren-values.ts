/**
 * "YOLOv7-E6 (56 FPS V100, 55.9% AP) outperforms SWIN-L Cascade-Mask R-CNN (9.2 FPS A100, 53.9% AP)":
 * measures in parentheses right after a model's name are that model's, even past a comparison
 * cue that would otherwise hand them to the sentence's subject.
 */
import { isKnownBenchmark } from "../gazetteer";
import { GENERIC_NAME, HARDWARE } from "../lexicon";
import { isKnownMetric } from "../metric";
import { isSelf } from "../resolve-model";
import { draftFor } from "./draft";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";

export const nameParenValues: Rule = {
  name: "name-paren-values",
  requires: "(",
  pattern: /\(\s*(?=[+~]?\d)/g,
  extract(match, sc) {
    // The name, then at most two lower-case words ("YOLOv7-E6 object detector (").
    const owner = sc.names.find((n) => n.end <= match.index && /^(?:\s+[a-z][\w-]*){0,2}\s*$/.test(sc.text.slice(n.end, match.index)));
    const close = sc.text.indexOf(")", match.index);
    if (!owner || close < 0 || !isModelShaped(owner.text)) return null;
    const inside = sc.numbers.filter((n) => n.start >= match.index && n.end <= close);
    // Several measures separated by commas; a single value is left to paren-value and paren-versus.
    if (inside.length < 2 || !/,/.test(sc.text.slice(match.index, close))) return null;
    const drafts: ClaimDraft[] = [];
    for (const mention of inside) {
      if (!mentionIn(sc, mention.start, mention.start + 2)) continue;
      const draft = draftFor(sc, mention, { clauseEnd: close });
      if (draft) drafts.push({ ...draft, model: owner.text, self: isSelf(sc, owner.text), focusStart: owner.start, focusEnd: close + 1 });
    }
    return drafts.length ? drafts : null;
  },
};

/** A compared model is no subject where it stands, so it is typed by what it is not. */
function isModelShaped(name: string): boolean {
  return !isKnownBenchmark(name) && !isKnownMetric(name) && !HARDWARE.test(name) && !GENERIC_NAME.test(name);
}
