/**
 * Data a model learned from rather than is scored on: "pre-training with Objects365", "fine-tuned
 * on ImageNet-21K". A name right after such words is no benchmark of the value.
 */
import type { SentenceContext } from "./sentence-context";

export const TRAINING_DATA_BEFORE =
  /\b(?:pre-?train\w*|train\w*|fine-?tun\w*|distill\w*)\s+(?:\w+\s+)?(?:with|on|using|from)\s+(?:the\s+)?(?:extra\s+|additional\s+)?$/i;

export function isTrainingData(sc: SentenceContext, start: number): boolean {
  return TRAINING_DATA_BEFORE.test(sc.text.slice(Math.max(0, start - 50), start));
}
