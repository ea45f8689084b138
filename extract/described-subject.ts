/**
 * Described subjects ("human experts", "the strongest model") that own a value in place of a name:
 * unless they are only compared with, judges of, or described by the names around them.
 */
import { GENERIC_SUBJECT } from "./lexicon";
import type { SentenceContext } from "./sentence-context";

/** "the human performance of 78.24%": a described subject between the last name and the value. */
export function genericSubject(
  sc: SentenceContext,
  from: number,
  pos: number,
): { name: string; end: number } | null {
  const clauseStart = Math.max(from, sc.text.lastIndexOf(";", pos) + 1);
  if (!GENERIC_HEAD.test(sc.text)) return null;
  let last: { name: string; end: number } | null = null;
  for (const m of sc.text.slice(clauseStart, pos).matchAll(GENERIC_SUBJECT)) {
    const at = clauseStart + m.index;
    const between = sc.text.slice(at + m[0].length, pos);
    if (/\bby\b/.test(between) || INSIDE_OR_BEHIND.test(between)) continue;
    // "Gemini-1.5-Pro, the strongest model, achieves", "Claude 3.5 Sonnet is the best model with":
    // an apposition or a predicate describes the name before it.
    const describes = (re: RegExp) => sc.names.some((n) => re.test(sc.text.slice(n.end, at)));
    if ((/^\s*,/.test(between) && describes(APPOSED)) || describes(PREDICATED)) continue;
    // "human listeners rate its naturalness at 4.21 MOS": raters judge the system; the value is its.
    if (RATER.test(m[0]) && /\bits?\b/.test(between)) continue;
    // "Quality assessments by three domain experts demonstrate an accuracy of 90%": the judges.
    if (JUDGED_BY.test(sc.text.slice(Math.max(0, at - 60), at))) continue;
    // "outperforms existing methods" names a comparison; "than the human performance of N" names N's owner.
    const compared = COMPARED_BEFORE.test(sc.text.slice(Math.max(0, at - 40), at));
    if (!compared || OWNED_VALUE.test(between)) last = { name: m[0], end: at + m[0].length };
  }
  return last;
}

const JUDGED_BY =
  /\b(?:assessments?|evaluations?|ratings?|judge?ments?|reviews?|annotations?|assessed|evaluated|rated|judged|reviewed|verified|validated)\s+by\s+(?:[\w-]+\s+){0,6}$/i;

/**
 * "(nearly doubling other methods), and 79.2% pass@1": a group in a closed parenthesis; "outperforms
 * other methods, achieving a PSNR of 41.9": a participle after the comma tells what the subject did.
 */
const INSIDE_OR_BEHIND = /^[^()]*\)|^\s*,\s*(?:achieving|reaching|attaining|obtaining|yielding|delivering)\b/;
const APPOSED = /^\s*,\s*(?:the\s+|a\s+|an\s+)?$/;
const PREDICATED =
  /^\s+(?:is|was|remains|becomes|emerges\s+as|ranks\s+as|stands\s+out\s+as)\s+(?:the\s+|a\s+|an\s+)$/;
const RATER = /\b(?:human|expert|annotator|rater|listener|judge|user|participant|evaluator)s?\b/i;
/** The head words GENERIC_SUBJECT needs: most sentences have none and skip its slower scan. */
const GENERIC_HEAD =
  /human|expert|LLMs|VLMs|model|method|system|approach|baseline|agent|detector|ologist|clinician|physician|doctor|annotator|evaluator|rater|participant|worker/i;
/**
 * Only a comparison makes a described subject a target ("resulting in human experts achieving" does
 * not); "ranking first among open-source models" names the group compared with.
 */
const COMPARED_BEFORE =
  /\b(?:than|over|with|versus|vs\.?|against|compared (?:to|with)|relative to|outperform\w*|surpass\w*|beat\w*|exceed\w*|such as|including|among)\s+(?:the\s+|a\s+|an\s+|all\s+)?(?:[a-z-]+\s+){0,2}$/i;
// "compared to human readers (best radiology resident: 77.27%)": a parenthesis on the compared group.
// "with most models scoring below 40%": what the group is then said to score is its own value.
const OWNED_VALUE =
  /^\s+(?:(?:performance|accuracy|score|results?)\s+(?:of|is|at)\s+(?:only\s+|about\s+|around\s+)?|\((?:[\w-]+\s+){0,3}[\w-]+:\s*|(?:scoring|achieving|reaching|attaining|obtaining)\s+(?:only\s+|below\s+|under\s+|above\s+|over\s+|about\s+|around\s+|(?:less|more|fewer)\s+than\s+)?)$/i;
