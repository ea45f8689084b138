/** Where a value's own clause ends: the next clause that states a score of its own starts there. */
import { RESULT_VERB } from "./lexicon";
import type { SentenceContext } from "./sentence-context";

/** ", and keeps 93.1% on", ", and on B it reaches 63.4": a later clause stating a score of its own. */
// ", on ogbg-molpcba an AP of 31.2": a comma and "on" open the next value's clause too.
// "83.28% and 98.25% F1 and on Web Queries dataset produced 76.23%": with no comma, "and on X"
// opens a clause of its own when a verb of scoring follows the set (a regex source).
export const AND_ON_CLAUSE = String.raw`\s+and\s+on\s+(?:the\s+)?(?=[A-Z][^,;.()]{0,40}?\s(?:it\s+|they\s+)?(?:produc|achiev|reach|obtain|scor|yield|attain|record)\w*\s)`;
const NEXT_SCORE_CLAUSE = new RegExp(
  String.raw`(?:,\s+(?:and|while|whereas)\s|,\s+on\s+(?!par\b)|;\s|${AND_ON_CLAUSE})[^.;]*?(?:\d(?:\.\d+)?\s*%|\d\.\d)`,
);

/**
 * "100% accuracy … and scores 78.4 on RULER": a verb of result starts the next value's clause,
 * comma or not; so does a standing ("…, and ranks first on the Middlebury leaderboard", "…, and also
 * achieves SOTA performance on X").
 */
const NEXT_RESULT_VERB = new RegExp(
  String.raw`\s(?:and|while|whereas)\s+(?:it\s+|also\s+)?(?:${RESULT_VERB}\s+(?:an?\s+|up to\s+)?[\w@.-]*\s*\d|(?:ranks?|ranking|tops?|topping|places?|placing|sets?|setting)\s+(?:first|1st|top|a new|new)\b|${RESULT_VERB}\s+(?:a\s+|new\s+)*(?:SOTA|state-of-the-art)\b)`,
);

/** "…, indicating strong generalization across different datasets": a remark on the results names no benchmark of theirs. */
const COMMENT_CLAUSE =
  /,\s+(?:thus\s+|thereby\s+)?(?:indicating|suggesting|showing|demonstrating|highlighting|confirming|underscoring|evidencing)\b/;

/** "reaches 5,120 tokens/s, and keeps 93.1% on MMLU": MMLU is the later score's, not this value's. */
export function ownClauseEnd(sc: SentenceContext, end: number, limit: number): number {
  // Inside "64.1 HOTA, 79.8 MOTA, and 78.2 IDF1 on MOT17" the ", and" joins items, not clauses.
  const from = Math.max(end, metricValueListAround(sc, end));
  const window = sc.text.slice(from, limit);
  const next = NEXT_SCORE_CLAUSE.exec(window)?.index ?? window.length;
  const verb = NEXT_RESULT_VERB.exec(window)?.index ?? window.length;
  const comment = COMMENT_CLAUSE.exec(window)?.index ?? window.length;
  // "…by 1.82% and 1.12%, respectively; 2) it spends …": a semicolon ends the clause outright.
  const semicolon = window.indexOf(";");
  return from + Math.min(next, verb, comment, semicolon < 0 ? window.length : semicolon);
}

const VALUE_METRIC = String.raw`[+~]?\d[\d.,]*\s*%?\s*[A-Za-z][\w@.-]*`;
const METRIC_VALUE_LIST = new RegExp(
  String.raw`${VALUE_METRIC}(?:,\s+${VALUE_METRIC})+,?\s+and\s+${VALUE_METRIC}(?=\s+on\s)`,
  "g",
);
const valueLists = new WeakMap<SentenceContext, { start: number; end: number }[]>();

/** The end of a list of three or more "value metric" items ending before "on" that holds `pos`, else -1. */
function metricValueListAround(sc: SentenceContext, pos: number): number {
  let lists = valueLists.get(sc);
  if (lists === undefined) {
    lists = / and /.test(sc.text)
      ? [...sc.text.matchAll(METRIC_VALUE_LIST)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
      : [];
    valueLists.set(sc, lists);
  }
  return lists.find((l) => l.start < pos && pos <= l.end)?.end ?? -1;
}
