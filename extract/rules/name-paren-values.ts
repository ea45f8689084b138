/**
 * "YOLOv7-E6 (56 FPS V100, 55.9% AP) outperforms SWIN-L Cascade-Mask R-CNN (9.2 FPS A100, 53.9% AP)":
 * measures in parentheses right after a model's name are that model's, even past a comparison
 * cue that would otherwise hand them to the sentence's subject. One bare value counts too
 * ("outperforming OpenVLA (76.5%)"): it takes the metric the sentence named before it.
 */
import { followsKnownBenchmark } from "../gazetteer";
import { metricAfter } from "../metric";
import { metricsIn } from "../metric-spans";
import { isSelf } from "../resolve-model";
import { isValuedListItem } from "../non-subject";
import { SET_NOUN } from "../resolve-benchmark";
import { draftFor } from "./draft";
import { ownerOfParen } from "./paren-owner";
import { mirroredList } from "./mirrored-list";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";

export const nameParenValues: Rule = {
  name: "name-paren-values",
  requires: "(",
  pattern: /\(\s*(?=(?:[A-Za-z][\w@-]*\s+)?[+~]?\d)/g,
  extract(match, sc) {
    const owner = ownerOfParen(sc, match.index);
    const close = sc.text.indexOf(")", match.index);
    if (!owner || close < 0) return null;
    const inside = sc.numbers.filter((n) => n.start >= match.index && n.end <= close);
    // Several measures separated by commas, or one bare value ("outperforming OpenVLA (76.5%)").
    const content = sc.text.slice(match.index, close + 1);
    // "(76.5%)", "(WER 5.9%)", "(55.7% mAP@0.7)", "(15/22, 68.2%)", "(671B, 57.4%)": one value, at most
    // a metric word or the count (or size) it comes from beside it, and maybe a remark without numbers
    // ("(46.5 AP at a lower speed)", "(0.077 AbsRel on NYUv2)"). A signed value ("outperforms Y (+3.2 AP)")
    // is the subject's margin over Y, not Y's score.
    const single =
      inside.length === 1 &&
      /^\(\s*(?:\d+\s?\/\s?\d+(?:\s+[a-z]+)?[,;]\s*|\d+(?:\.\d+)?[BM][,;]\s*)?(?:[A-Za-z][\w@-]*\s+)?~?[\d.,]+\s*(?:%|FPS)?(?:\s+[A-Za-z](?:[\w@-]|[.:](?=\d)|\[[\d.:]+\])*)?(?:\s+(?:at|with|using|under|but|in|on|for|is|was|as|when|reported)\s[^()]*)?\s*\)$/.test(
        content,
      );
    // "(73.1% mIoU at 170 FPS)", "(56 FPS V100, 55.9% AP)": several measures of one run.
    if (!single && (inside.length < 2 || !/,|;|\s(?:at|and|with)\s/.test(content))) return null;
    // "outperforming Cosmos (384) 4.57": a value right after the parenthesis is the name's result,
    // and the one inside qualifies the name.
    if (single && /^\s*[+~]?\d/.test(sc.text.slice(close + 1, close + 6))) return null;
    // "on the Easy-Level dataset (94.55)": a benchmark's score is paren-value's.
    const lead = sc.text.slice(Math.max(0, owner.start - 12), owner.start);
    // "on COCO FSOD (36.8% nAP), PASCAL VOC Few-Shot (71.2% nAP50)": a track of a known benchmark.
    if (
      /\b(?:on|in|across)\s+(?:both\s+|the\s+)?$/i.test(lead) ||
      isValuedListItem(
        sc.text.slice(Math.max(0, owner.start - 160), owner.start),
        sc.text.slice(owner.end, close),
      ) ||
      followsKnownBenchmark(sc.text, owner.start) ||
      SET_NOUN.test(sc.text.slice(owner.end, match.index))
    )
      return null;
    // "outperforming nnU-Net (87.9%, 7.9 mm)" after "a Dice of 89.4% and an HD95 of 6.2 mm": bare
    // values answering the subject's list take its metrics and benchmarks one by one.
    const bare = inside.length > 1 && inside.every((m) => metricAfter(sc.text, m.end) === null);
    const mirrored = bare ? mirroredList(sc, inside[0]!, inside.length) : null;
    const mirror = mirrored?.every((m) => m.metric !== null) ? mirrored : null;
    if (mirror)
      return inside.map((mention, i) => ({
        model: owner.text,
        self: isSelf(sc, owner.text),
        benchmark: mirror[i]!.benchmark,
        metric: mirror[i]!.metric,
        mention,
        kind: "score" as const,
        focusStart: owner.start,
        focusEnd: close + 1,
      }));
    const drafts: ClaimDraft[] = [];
    for (const mention of inside) {
      if (!mentionIn(sc, mention.start, mention.start + 2)) continue;
      // "on par with AutoGluon (0.940)": a bare value takes the metric the sentence named before.
      const requireSignal = !single || !metricsIn(sc.text.slice(0, owner.start)).length;
      const draft = draftFor(sc, mention, { clauseEnd: close, requireSignal });
      if (draft)
        drafts.push({
          ...draft,
          model: owner.text,
          self: isSelf(sc, owner.text),
          focusStart: owner.start,
          focusEnd: close + 1,
        });
    }
    return drafts.length ? drafts : null;
  },
};
