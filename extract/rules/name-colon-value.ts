/** "(WeTok: 0.12 vs. FLUX-VAE: 0.18)": each name is paired with the value right after its colon. */
import { metricBefore } from "../metric";
import { isSelf } from "../resolve-model";
import { resolveBenchmark } from "../resolve-benchmark";
import { mentionIn, type Rule } from "./rule";

const METRIC_IN_SENTENCE = /\b((?:zero-shot\s+)?(?:r?FID|accuracy|AP|mAP|F1|BLEU|WER|score|IoU|PSNR|SSIM))\b/;

export const nameColonValue: Rule = {
  name: "name-colon-value",
  requires: ": ",
  pattern: /(?<=[(\s]|^)([A-Z][\w.+-]*(?:\s[\w.+-]+)?):\s(?=[+-]?\d[\d.]*\s*(?:vs\.?|,|\)|;|and\b))/g,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const mention = mentionIn(sc, at, at + 2);
    const name = match[1];
    if (!mention || !name || !/\bvs\.?\s|versus/.test(sc.text)) return null;
    const metric = metricBefore(sc.text, match.index) ?? METRIC_IN_SENTENCE.exec(sc.text)?.[1] ?? null;
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
