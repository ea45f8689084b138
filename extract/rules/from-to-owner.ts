/**
 * Whose value a change starts from, in "from A to B": the baseline named before "from" (after
 * "of", an improving verb, "applying … to", or "surpasses X by N ("), a rival named after B, or the
 * model a method re-ranks.
 */
import { isKnownBenchmark } from "../gazetteer";
import { IMPROVE_VERB, STOP_CAPITALISED } from "../lexicon";
import { benchmarkBeforeFrom, namesBenchmark } from "./from-to-benchmark";
import { isSubjectCandidate } from "../resolve-model";
import { isModelShaped } from "./paren-owner";
import { metricsIn } from "../metric-spans";
import type { SentenceContext } from "../sentence-context";

// "the accuracy of X from": X (not a subject where it stands) is the model the paper starts from.
const BASELINE_BEFORE = /\b(?:of|with|for)\s+(?:the\s+)?$/i;

// "Applying X to Y", "Plugged into Y", "Integrated with Y": Y is the model the method changes.
const APPLIED_TO =
  /\b(?:appl(?:y|ying|ied|ies)\s+(?:[\w.+-]+(?:\s[\w.+-]+)?\s+)?to|(?:plugged|integrated|inserted|incorporated)\s+(?:in(?:to)?|with))\s+(?:the\s+)?$/i;

const TRAINED_LEAD =
  /^\s*(?:(?:Further\s+)?(?:[Ff]ine-?tuning|[Tt]raining|[Pp]re-?training|[Dd]istilling|[Aa]ligning|[Ii]nstruction-tuning))\s+(?:the\s+)?$/;

/** "improves CLIP R-Precision from": a name that holds or opens a metric's phrase is the metric's, not a model. */
function namesMetric(sc: SentenceContext, name: { text: string; end: number }): boolean {
  return (
    metricsIn(name.text).length > 0 ||
    metricsIn(sc.text.slice(name.end, name.end + 40)).some((m) => m.start <= 1)
  );
}

const POSSESSED_CHANGE = new RegExp(
  `(?:\\b([A-Z][\\w.+-]*)\\s+)?${IMPROVE_VERB}\\s*(?:the\\s+)?([A-Z][\\w.+-]*(?:[ -][A-Z0-9][\\w.+-]*)?)['’]s\\s+[^,;'’]{0,60}$`,
);

// "WebGen-Agent increases the accuracy of Claude-3.5-Sonnet from": the same said with "of".
const MEASURE_OF_CHANGE = new RegExp(
  `(?:\\b([A-Z][\\w.+-]*)\\s+)?${IMPROVE_VERB}\\s*the\\s+(?:[\\w@-]+\\s+){1,3}?of\\s+([A-Z][\\w.+-]*(?:[ -][A-Z0-9][\\w.+-]*)?)\\s+$`,
);

// "DGCNN's classification accuracy is elevated from 27.2% to 80.9%": the same with no actor named.
const PASSIVE_CHANGE =
  /()\b([A-Z][\w.+-]*)['’]s\s+[^,;'’]{0,40}?\s(?:is|was|are|were|gets|got)\s+(?:\w+ly\s+)?(?:improv|boost|rais|increas|lift|enhanc|elevat)\w*\s+$/;
const ITS_CHANGE = /,?\s+and\s+its\s+[^,;]{0,50}$/;

// "improves X from": X is a model the paper's method is applied to.
const IMPROVE = new RegExp(IMPROVE_VERB, "i");
const IMPROVE_BEFORE = new RegExp(`${IMPROVE_VERB}+(?:the\\s+)?$`, "i");

/** "improves R-Precision from 72.1% to 81.4% compared to DreamFusion": the start is the compared model's. */
export function comparedAfter(sc: SentenceContext, end: number): string | null {
  // "… to 81.4% (on HumanML3D) compared to X", "to 83.7 over LayoutLMv3": "over 5 epochs" names
  // no model, since a name must start right after the cue.
  const cue =
    /^\s*(?:(?:on|in)\s+(?:the\s+)?[\w.+-]+(?:\s[\w.+-]+)?\s*)?,?\s*(?:compared (?:to|with)|relative to|versus|vs\.?|over)\s+(?:the\s+)?/.exec(
      sc.text.slice(end, end + 60),
    );
  if (!cue) return null;
  const name = sc.names.find((n) => n.start === end + cue[0].length);
  return name && !isKnownBenchmark(name.text) ? name.text : null;
}

/**
 * "LoopCD-Hidden lifts Huginn's HumanEval pass@1 from": the possessor is the baseline, named or
 * not, and a name right before the verb is the method acting on it.
 */
export function possessedChange(
  sc: SentenceContext,
  before: number,
): { owner: string; actor: string | null } | null {
  const lead = sc.text.slice(Math.max(0, before - 120), before);
  const m = POSSESSED_CHANGE.exec(lead) ?? MEASURE_OF_CHANGE.exec(lead) ?? PASSIVE_CHANGE.exec(lead);
  // "… of X from 26.4% to 51.9% and its appearance score from 3.0 to 3.9": "its" is X again.
  const its = m ? null : ITS_CHANGE.exec(lead);
  if (its) {
    const earlier = sc.text.lastIndexOf(" from ", before - (lead.length - its.index));
    return earlier > 0 ? possessedChange(sc, earlier + 1) : null;
  }
  if (!m?.[2] || isKnownBenchmark(m[2])) return null;
  return { owner: m[2], actor: m[1] && !STOP_CAPITALISED.has(m[1]) ? m[1] : null };
}

/** The model named after "of"/"with" (or an improving verb) before "from": whose number the change starts from. */
export function findBaseline(sc: SentenceContext, before: number): string | null {
  const surpassed = surpassedBy(sc, before);
  if (surpassed) return surpassed;
  const possessor = possessedChange(sc, before)?.owner;
  if (possessor) return possessor;
  const clauseStart = sc.text.lastIndexOf(";", before) + 1;
  const found = sc.names.filter((n) => {
    if (n.end > before) return false;
    const lead = sc.text.slice(Math.max(0, n.start - 16), n.start);
    // "Applying PromptX to GPT-4 raises its accuracy from": GPT-4 is where the change starts.
    if (APPLIED_TO.test(sc.text.slice(Math.max(0, n.start - 50), n.start))) return true;
    // "Fine-tuning LLaVA-Video-7B on our split improves its accuracy from": the model a training
    // clause opens on is where the change starts.
    if (TRAINED_LEAD.test(sc.text.slice(clauseStart, n.start))) return true;
    // "fine-tuning improves X from": right after an improving verb X is the baseline, subject or not.
    if (!isSubjectCandidate(sc, n))
      return (
        // "With CascadeTune, …": the tool a sentence opens with is the method, not where a change starts.
        (BASELINE_BEFORE.test(lead) && !/^\s*(?:With|Using)\s+$/.test(sc.text.slice(0, n.start))) ||
        (IMPROVE_BEFORE.test(lead) && isModelShaped(n.text) && !namesMetric(sc, n))
      );
    // "improves X from a to b and Y from c to d": Y, right before its "from", is a baseline too.
    const parallel =
      sc.text.slice(n.end, before).trim() === "" && IMPROVE.test(sc.text.slice(clauseStart, n.start));
    return parallel || IMPROVE_BEFORE.test(lead);
  });
  // "improves FinQA from A to B, MGSM from C to D": a benchmark before "from" owns no value.
  const own = benchmarkBeforeFrom(sc, before);
  const usable = found.filter((n) => !namesBenchmark(n.text) && n.text !== own);
  return usable.at(-1)?.text ?? null;
}

/** Whether the baseline stands right after an improving verb ("boosts X from"), the verb's object. */
export function improvedObject(sc: SentenceContext, baseline: string | null, before: number): boolean {
  const name = sc.names.findLast((n) => n.end <= before && n.text === baseline);
  return (
    name !== undefined &&
    IMPROVE_BEFORE.test(sc.text.slice(Math.max(0, name.start - 16), name.start)) &&
    !isKnownBenchmark(name.text) &&
    !namesMetric(sc, name) &&
    !sc.numbers.some((m) => m.start > name.end && m.start < before)
  );
}

// "surpasses ResNet by 5.5 mAP (from 40.4 to 45.9)": the change starts at the surpassed model's value.
const SURPASSED_BY = /\b(?:surpass\w*|outperform\w*|beat\w*|exceed\w*)\s+(?:the\s+)?$/i;
const BY_MARGIN_OPEN = /^\s+by\s+[+~]?[\d.]+\s*%?\s*(?:[\w@^-]+\s*)?\(\s*$/;

function surpassedBy(sc: SentenceContext, from: number): string | null {
  const name = sc.names.findLast((n) => n.end <= from && BY_MARGIN_OPEN.test(sc.text.slice(n.end, from)));
  return name && SURPASSED_BY.test(sc.text.slice(Math.max(0, name.start - 24), name.start))
    ? name.text
    : null;
}
