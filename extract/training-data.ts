/**
 * Data a model learned from rather than is scored on: "pre-training with Objects365", "fine-tuned
 * on ImageNet-21K", "training on label-free AIME24". A name right after such words is no benchmark
 * of the value.
 */
import type { SentenceContext } from "./sentence-context";

export const TRAINING_DATA_BEFORE =
  /\b(?:pre-?train\w*|train\w*|fine-?tun\w*|distill\w*)\s+(?:\w+\s+)?(?:with|on|using|from)\s+(?:the\s+)?(?:extra\s+|additional\s+|[a-z]+-(?:free|labell?ed|annotated|generated)\s+|(?:unlabell?ed|synthetic|augmented)\s+)?$/i;

/**
 * "98.2% from GAN to Diffusion", "a drop when moving from general benchmarks (BIRD) to CricBench":
 * the source of a transfer is where a model came from, not what the value is scored on.
 */
const TRANSFER_FROM = /\b[Ff]rom\s+(?:[a-z][\w-]*\s+){0,3}\(?$/;
const TRANSFER_TO = /^(?:[\w.+-]+\s+){0,3}?\(?[\w.+-]+\)?\s+to\s+[A-Z]/;

/** "in distinguishing AD from HC": the class a value tells apart from another is no data set either. */
const CONTRASTED_FROM =
  /\b(?:distinguish|differentiat|discriminat|separat|tell)\w*\s+(?:[\w-]+\s+){1,4}?from\s+(?:the\s+)?$/i;

export function isTrainingData(sc: SentenceContext, start: number): boolean {
  const before = sc.text.slice(Math.max(0, start - 50), start);
  return (
    TRAINING_DATA_BEFORE.test(before) ||
    CONTRASTED_FROM.test(before) ||
    (TRANSFER_FROM.test(before) && TRANSFER_TO.test(sc.text.slice(start, start + 60)))
  );
}
