/**
 * In a paper whose method prunes, quantizes or distils models (its title says so), a model's row
 * in that setting is the method's result: "DeepSeek-R1 keeps 97.2% on MATH500 when pruned to 8/128"
 * is self-reported, though DeepSeek-R1 is not the paper's own model.
 */
import type { Refiner } from "./refiner";

export const appliedMethod: Refiner = {
  name: "applied-method",
  refine(draft, sc) {
    const operation = sc.paper.operation;
    if (draft.self || operation === null || !draft.setting?.includes(operation)) return draft;
    return { ...draft, self: true };
  },
};
