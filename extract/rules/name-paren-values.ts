/**
 * "YOLOv7-E6 (56 FPS V100, 55.9% AP) outperforms SWIN-L Cascade-Mask R-CNN (9.2 FPS A100, 53.9% AP)":
 * measures in parentheses right after a model's name are that model's, even past a comparison
 * cue that would otherwise hand them to the sentence's subject. One bare value counts too
 * ("outperforming OpenVLA (76.5%)"): it takes the metric the sentence named before it.
 */
import { followsKnownBenchmark, isKnownBenchmark } from "../gazetteer";
import { DESCRIBED_RUN_NOUN, GENERIC_NAME, HARDWARE, STOP_CAPITALISED } from "../lexicon";
import type { NameSpan } from "../names";
import { metricAfter } from "../metric";
import { endsInMetric } from "../metric-label";
import { metricsIn } from "../metric-spans";
import { isSelf } from "../resolve-model";
import { isValuedListItem } from "../non-subject";
import { SET_NOUN } from "../resolve-benchmark";
import { draftFor } from "./draft";
import { mirroredList } from "./mirrored-list";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";
import type { SentenceContext } from "../sentence-context";

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
    // "(76.5%)", "(WER 5.9%)", "(15/22, 68.2%)": one value, at most a metric word or the count it
    // comes from beside it, and maybe a remark without numbers ("(46.5 AP at a lower speed)",
    // "(0.077 AbsRel on NYUv2)"). A signed value ("outperforms Y (+3.2 AP)") is the subject's
    // margin over Y, not Y's score.
    const single =
      inside.length === 1 &&
      /^\(\s*(?:\d+\s?\/\s?\d+(?:\s+[a-z]+)?[,;]\s*)?(?:[A-Za-z][\w@-]*\s+)?~?[\d.,]+\s*(?:%|FPS)?(?:\s+[A-Za-z][\w@-]*)?(?:\s+(?:at|with|using|under|but|in|on|for|is|was|as|when|reported)\s[^()]*)?\s*\)$/.test(
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
      : COMPARED_PLAIN_PHRASE.exec(before);
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

const COMPARED_CUE = /\b(?:outperform\w*|surpass\w*|beat\w*|than|vs\.?|versus|compared (?:to|with))\s/g;
// "and our Reflexion reproduction (": a re-run of a rival, named by its plain name, is the rival.
const COMPARED_WORD =
  /(?:\b(?:and|or|than|vs\.?|versus|outperform\w*|surpass\w*|beat\w*|including|such as)\s+|,\s*)(?:our\s+|the\s+)?([A-Z][a-z]+)(?:\s+(?:reproduction|re-?implementation|implementation|baseline|agent))?\s*$/;

/** A compared model is no subject where it stands, so it is typed by what it is not. */
// "BERTScore-F1 (0.44)": a name ending in a metric is that metric, as in subject-candidate.ts.
export function isModelShaped(name: string): boolean {
  return !isKnownBenchmark(name) && !endsInMetric(name) && !HARDWARE.test(name) && !GENERIC_NAME.test(name);
}
