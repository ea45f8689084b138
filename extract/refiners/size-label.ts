/**
 * "Step-GUI, a family of models (4B/8B) that achieves (8B: 80.2% AndroidWorld, 48.5% OSWorld)":
 * a size label opening the values' parenthesis says which member of the family obtained them.
 */
import type { Refiner } from "./refiner";

// The last "8B:" label in the parenthesis the value stands in, with no other parenthesis or label between.
const SIZE_LABEL = /(?:\(|[,;]\s*)(\d+(?:\.\d+)?[BM])\s*:\s*[^():]*$/;

export const sizeLabel: Refiner = {
  name: "size-label",
  refine(draft, sc) {
    const open = sc.text.lastIndexOf("(", draft.mention.numStart);
    if (open < 0 || sc.text.lastIndexOf(")", draft.mention.numStart) > open) return draft;
    const size = SIZE_LABEL.exec(sc.text.slice(open, draft.mention.numStart))?.[1];
    if (!size || draft.model.includes(size)) return draft;
    return { ...draft, model: `${draft.model} ${size}` };
  },
};
