/** "(WeTok: 0.12 vs. FLUX-VAE: 0.18)": each name is paired with the value right after its colon. */
import { metricAfter } from "../metric";
import { metricBefore } from "../metric-before";
import { isMetricLabel } from "../metric-label";
import { isNameLike } from "../names";
import { isSelf } from "../resolve-model";
import { resolveBenchmark } from "../resolve-benchmark";
import { mentionIn, type Rule } from "./rule";

const METRIC_IN_SENTENCE = /\b((?:zero-shot\s+)?(?:r?FID|accuracy|AP|mAP|F1|BLEU|WER|score|IoU|PSNR|SSIM))\b/;

export const nameColonValue: Rule = {
  name: "name-colon-value",
  requires: ": ",
  // The value may carry its unit and metric ("YOLOv10-L: 53.2% AP)") before what ends it.
  pattern:
    /(?<=[(\s]|^)([A-Z][\w.+-]*(?:\s[\w.+-]+)?):\s(?=[+-]?\d[\d.]*\s*%?(?:\s+[A-Za-z][\w@-]*){0,2}\s*(?:vs\.?|,|\)|;|and\b))/g,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const mention = mentionIn(sc, at, at + 2);
    const name = match[1];
    // "(CLIP score: 85%)", "(ECE: 3.2%)": a metric's label, read by the rules that find owners.
    if (!mention || !name || isMetricLabel(name)) return null;
    // "(YOLOv10-L: 53.2% AP)" names its owner inside parentheses; elsewhere a "vs." must say it is a comparison.
    const inParen = sc.text.charAt(match.index - 1) === "(" && isNameLike(name.split(" ")[0]!);
    if (!inParen && !/\bvs\.?\s|versus/.test(sc.text)) return null;
    const metric =
      metricAfter(sc.text, mention.end) ??
      metricBefore(sc.text, match.index) ??
      METRIC_IN_SENTENCE.exec(sc.text)?.[1] ??
      null;
    return [
      {
        model: name,
        self: isSelf(sc, name),
        benchmark: resolveBenchmark(sc, mention.start, mention.end, mention.end),
        metric,
        mention,
        kind: "score",
        focusStart: match.index,
        focusEnd: mention.end,
      },
    ];
  },
};
