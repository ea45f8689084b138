/** The shape of a refiner: a step every draft passes through after its rule, in the order refiners/index.ts gives. */
import type { ClaimDraft } from "../rules/rule";
import type { SentenceContext } from "../sentence-context";

export interface Refiner {
  name: string;
  /** The draft, corrected or completed; never null (a rule decides whether a value is a claim). */
  refine(draft: ClaimDraft, sc: SentenceContext): ClaimDraft;
}
