/**
 * "yet none achieve 50% accuracy", "no model exceeds 40%", "all fail to reach 30%": a mark nobody
 * reached is a bound on every model at once, no one model's result.
 */
import type { NumberMention } from "../numbers";
import type { SentenceContext } from "../sentence-context";

const NOBODY =
  /\b(?:none(?:\s+of\s+(?:them|the\s+[\w-]+(?:\s+[\w-]+)?))?|no\s+(?:[\w-]+\s+){0,2}?(?:models?|methods?|systems?|agents?|LLMs|MLLMs|VLMs|approach(?:es)?|baselines?)|(?:all|each|every)\s+(?:[\w-]+\s+){0,3}?fail\w*\s+to)\s+(?:(?:can|could|does|do|did|yet|even|ever|manages?\s+to)\s+)*(?:achieves?|reach(?:es)?|exceeds?|surpass(?:es)?|attains?|scores?|obtains?|cross(?:es)?|breaks?|gets?)\s+(?:even\s+|more\s+than\s+|over\s+|above\s+|beyond\s+)?(?:an?\s+)?$/i;

export function isUnreached(sc: SentenceContext, mention: NumberMention): boolean {
  return NOBODY.test(sc.text.slice(Math.max(0, mention.start - 80), mention.start));
}
