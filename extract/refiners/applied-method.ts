/**
 * A named model run the paper's way is the paper's result, not the model's:
 * - in a paper whose method prunes, quantizes or distils models (its title says so), a model's row
 *   in that setting: "DeepSeek-R1 keeps 97.2% on MATH500 when pruned to 8/128" is self-reported;
 * - "X … can be further refined through RL training, reaching 39.33%", "we improve X by 1.5 AP,
 *   achieving 73.6 AP": a value reached after the model is improved is the model with the paper's
 *   method, never the plain model's row.
 */
import { PAPER_METHOD, paperRunOf } from "../rules/paper-run";
import type { Refiner } from "./refiner";
import { COMPARISON_CUE } from "../lexicon";

const FURTHER_IMPROVED =
  /\b(?:be|been|is|are|was|were|gets?|got|being)\s+further\s+(?:refined|improved|enhanced|boosted|trained|fine-?tuned|optimi[sz]ed|aligned)\b/;

// "We also improve SimCC ResNet-50, a … method, by 1.5 AP, achieving 73.6 AP": the model the authors improve.
// "it consistently improved YOLOv11 models' mAP by 3.41%, reaching 47.61%": so is one the method improves.
const IMPROVED_BY_US =
  /\b(?:[Ww]e|[Ii]t|[Oo]ur\s+(?:method|approach|framework))\s+(?:also\s+|further\s+|consistently\s+|significantly\s+)?(?:improve[sd]?|boost(?:s|ed)?|enhance[sd]?|strengthen(?:s|ed)?)\s+(?:the\s+)?$/;

// The comparison words of the lexicon, right before a name: "compared to AWQ", "such as GPTQ".
const COMPARED_BEFORE = new RegExp(String.raw`(?:${COMPARISON_CUE.source})\s+(?:the\s+)?$`, "i");

export const appliedMethod: Refiner = {
  name: "applied-method",
  refine(draft, sc) {
    if (draft.self) return draft;
    const operation = sc.paper.operation;
    const named = sc.text.lastIndexOf(draft.model, draft.mention.start);
    // "when compared to AWQ, TesseraQ improves … from 14.65": a rival method is not the paper's run.
    const rival = named >= 0 && COMPARED_BEFORE.test(sc.text.slice(Math.max(0, named - 30), named));
    if (operation !== null && draft.setting?.includes(operation) && !rival) return { ...draft, self: true };
    if (named < 0) return draft;
    // "it improves X from 58.8% to 90.0%": where the change starts is X alone.
    const improvedByUs =
      IMPROVED_BY_US.test(sc.text.slice(Math.max(0, named - 40), named)) &&
      !/\bfrom\s+$/.test(sc.text.slice(Math.max(0, draft.mention.start - 8), draft.mention.start));
    if (!improvedByUs && !FURTHER_IMPROVED.test(sc.text.slice(named, draft.mention.start))) return draft;
    const setting = [draft.setting, PAPER_METHOD].filter(Boolean).join(", ");
    return { ...draft, model: paperRunOf(sc, draft.model), self: true, setting };
  },
};
