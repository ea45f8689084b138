/**
 * Percentages that are shares of something rather than scores on a benchmark: "97% of the teacher's
 * performance", "in 91% of episodes", "60% of its errors". They are never ranked beside scores.
 */
import { isKnownMetric, LEADING_CUE, STOP_WORD } from "../metric";

/** "97% of the teacher's performance", "95% of its original accuracy": a share of another run's result. */
// "roughly 60% of human-level performance": a share of people's (or an oracle's) result, article or not.
const SHARE_OF =
  /^\s+of\s+((?:(?:the|its|their)\s+|(?=(?:human|expert|oracle|teacher)))(?:[\w-]+\s+){0,3}?(?:[\w-]+'s?\s+)?(?:performance|accuracy|quality|capabilit(?:y|ies)|score))\b/i;
/** "95% of SAM's zero-shot mIoU": a percentage of something a named model owns is a share of it. */
const POSSESSIVE_SHARE =
  /^\s+of\s+((?:the\s+)?[A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?['’]s\s+[^,;.()]{1,50}?)(?=\s*[,;.()]|\s+(?:while|with|and|at|on|in|when)\b|$)/;
/** "succeeds in 100% of runs", "preferred 48% of the time": how often, not a score on the benchmark. */
const SHARE_OF_TRIES =
  /^\s+of\s+((?:the\s+|all\s+|its\s+)?(?:[a-z-]+\s+)?(?:runs|trials|episodes|attempts|games|seeds|cases|time))\b/;
/** "of its errors", "of the images": a share of things counted. After a result verb it is a score ("solves 24% of the problems"). */
const OF_THINGS = /^\s+of\s+(?:the|its|their|all|these|those)\s+[a-z]/;
const RESULT_VERB_BEFORE =
  /\b(?:solv|resolv|answer|pass|complet|succeed|achiev|reach|attain|scor|classif|detect|identif|recogni[sz]|correct|predict|retriev|find|finds|locat|segment|track)\w*\s+(?:about\s+|over\s+|nearly\s+|up to\s+|only\s+)?$/i;

const OWN_NOUN_AFTER =
  /^\s+(?:([a-z][a-z-]+)\s+)?([a-z][a-z-]+(?:tion|sion|ment|ness|ity|ance|ence)s?|(?:us|leak|cover)age)\b/;
// "4.8% of instances", "a 46% improvement": a joining word, or a noun of change, names no measure.
const CHANGE_NOUN =
  /^(?:improvements?|enhancements?|reductions?|degradations?|increments?|advances?|differences?|performance|advantages?|acceleration)$/;

// The lexicon's joining and cue words ("of", "relative"), plus "even" and "overall".
const isJoiningWord = (w: string) => STOP_WORD.test(w) || LEADING_CUE.test(w) || /^(?:even|overall)$/.test(w);

function namesOwnNoun(after: string): boolean {
  const m = OWN_NOUN_AFTER.exec(after);
  return m !== null && !(m[1] && isJoiningWord(m[1])) && !CHANGE_NOUN.test(m[2]!);
}

/** "hallucinates objects in 31.2% of captions", "in 33.3% of Art Style questions": how often, whatever the things. */
const IN_SHARE_BEFORE = /\bin\s+(?:about\s+|over\s+|only\s+|nearly\s+|up to\s+|roughly\s+)?$/i;
const OF_PLURAL = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[A-Za-z-]+\s+){0,2}?[a-z-]+s\b/;

/** "roughly 55% of voxels being filtered out", "with 70% of tokens pruned": a share of inputs set aside. */
const OF_PLURAL_DISCARDED = new RegExp(
  String.raw`${OF_PLURAL.source}\s+(?:(?:being|are|were|is|get|gets|got|been)\s+)?(?:\w+ly\s+)?(?:filtered|pruned|removed|discarded|dropped|skipped|masked|evicted|reused|cached|sparsified|eliminated|ignored|merged)\b`,
);

export function isDiscardedShare(text: string, mention: { end: number }): boolean {
  return OF_PLURAL_DISCARDED.test(text.slice(mention.end, mention.end + 60));
}

export function isShareOfThings(text: string, mention: { start: number; end: number }): boolean {
  const after = text.slice(mention.end, mention.end + 60);
  if (SHARE_OF_TRIES.test(after) || isDiscardedShare(text, mention)) return true;
  if (
    OF_PLURAL.test(after) &&
    IN_SHARE_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))
  )
    return true;
  return (
    OF_THINGS.test(after) &&
    !RESULT_VERB_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))
  );
}

/**
 * "recovering 92% of the fully supervised Faster R-CNN", "impacting 40.9% of SWE-Bench Lite and
 * 24.4% of SWE-Bench Verified entries": after these verbs any "% of …" is a share, also for the
 * later items of a list the verb opens.
 */
const SHARE_VERB_BEFORE =
  /\b(?:recover|retain|preserv|keep|kept|maintain|impact|affect|cover|compris|represent|constitut|account(?:s|ed|ing)?\s+for|mak(?:e|es|ing)\s+up)\w*\s+(?:about\s+|over\s+|nearly\s+|up to\s+|only\s+|roughly\s+|almost\s+)?$/i;
/** Earlier items of the same "N% of X, N% of Y and" list, between the verb and the value. */
const EARLIER_ITEMS = /(?:[\d.]+\s?%\s+of\s+[^,;.()%]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+))+$/;
const SHARE_AFTER_VERB =
  /^\s+of\s+((?:the|its|their|a|an)\s+[^,;.()]{1,60}?|[A-Z][\w.+-]*(?:\s+[^,;.()]{1,60}?)??)(?=\s*[,;.()]|\s+(?:while|with|and|at|on|in)\b|$)/;
const METRIC_SCORE = /^the\s+([A-Za-z][\w@.-]*)\s+score$/;
const namesMetricScore = (phrase: string): boolean => {
  const name = METRIC_SCORE.exec(phrase)?.[1];
  return name !== undefined && (isKnownMetric(name) || name.includes("@"));
};

export function shareOf(text: string, start: number, end: number): RegExpExecArray | null {
  const after = text.slice(end);
  const own = SHARE_OF.exec(after) ?? POSSESSIVE_SHARE.exec(after);
  // "73.0% of the AUC score": the score a metric names is the value's own measure, no share.
  if (own && namesMetricScore(own[1]!)) return null;
  if (own) return own;
  const window = text.slice(Math.max(0, start - 200), start);
  if (SHARE_VERB_BEFORE.test(window.slice(-50))) return SHARE_AFTER_VERB.exec(after);
  // Most values follow no "N% of …" list: the list is stripped only where there is one.
  if (!/%\s+of\s/.test(window)) return null;
  const before = window.replace(EARLIER_ITEMS, "");
  return SHARE_VERB_BEFORE.test(before.slice(-50)) ? SHARE_AFTER_VERB.exec(after) : null;
}

/** "Faster R-CNN retains only 60.4%": what a model keeps is a share of its own result, not a score. */
const RETAINS_BEFORE =
  /\b(?:retains?|retaining|keeps?|keeping|preserves?|preserving)\s+(?:only\s+|about\s+|over\s+|nearly\s+)?$/i;

const ANAPHOR_TO = /\b(?:this|that|it|these|those)\s+(?:down\s+|up\s+)?to\s+(?:only\s+|about\s+|just\s+)?$/i;

/** A value whose measure is something else's: a share of things, what a model keeps, what "this" was. */
export function measuresSomethingElse(
  text: string,
  mention: { start: number; end: number; unit: string },
): boolean {
  const before = text.slice(Math.max(0, mention.start - 24), mention.start);
  if (mention.unit === "%" && (isShareOfThings(text, mention) || RETAINS_BEFORE.test(before))) return true;
  // "81.2% reasoning truncation": a percentage followed by a noun of its own measures that noun
  // (only reached when no metric was read after the value).
  if (mention.unit === "%" && namesOwnNoun(text.slice(mention.end, mention.end + 40))) return true;
  return ANAPHOR_TO.test(before);
}
