/**
 * People measured on a benchmark ("human experts reach 53.7%", "radiologists achieve 84.5%") are a
 * reference row, not a model: their setting says so, so leaderboards rank them apart and the
 * home page's leaders (models) leave them out.
 */
import { HUMAN_SUBJECT } from "../lexicon";
import type { Refiner } from "./refiner";

export const HUMAN_BASELINE = "human baseline";

export const humanBaseline: Refiner = {
  name: "human-baseline",
  refine(draft) {
    if (!HUMAN_SUBJECT.test(draft.model)) return draft;
    const setting = draft.setting ? `${HUMAN_BASELINE}, ${draft.setting}` : HUMAN_BASELINE;
    return { ...draft, setting };
  },
};
