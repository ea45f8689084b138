/**
 * How far a claim can be trusted, from its evidence alone, and whether it is fit for a leaderboard.
 * Confidence starts at 1 and loses a documented amount for each part of the claim that was
 * inferred rather than read next to the value. A claim is listed when it is a score or a bound
 * with a named benchmark, a stated or known metric, a subject that is a model, and confidence at
 * or above LISTED_THRESHOLD. Everything else stays visible on /claims and the paper page.
 */
import { nameKey } from "./canonical";
import { CHANGE_THEN_AND } from "./change-lists";
import { isKnownBenchmark } from "./gazetteer";
import { DELTA_AFTER, HUMAN_SUBJECT, TASK_ITEM } from "./lexicon";
import { isGenericBenchmark, isGenericModel, isGroupAverage } from "./generic-names";
import { isKnownMetric } from "./metric";
import type { ClaimDraft } from "./rules/rule";
import type { SentenceContext } from "./sentence-context";
import type { RuleName } from "./types";

export const LISTED_THRESHOLD = 0.6;

const CHANGE_BEFORE_BOUND =
  /\b(?:increases?|drops?|degradations?|decreases?|declines?|losse?s?|reductions?|gaps?)\s+(?:(?:of|is|was|stays?|remains?|kept)\s+)*(?:(?:no|not)\s+(?:more|greater|larger|higher)\s+than|less\s+than|at\s+most|under|below|within|only|just|up\s+to|[<≤~])\s*$/i;

/**
 * Efficiency figures (sparsity, cost, memory) describe a run, not a result to rank on a score tab;
 * a share of another run's result ("% of the teacher's performance") is not a score on the benchmark.
 */
const NOT_RANKED_METRIC =
  /\b(?:sparsity|cost|memory|storage|consumption|compression|parameters|params|[GT]?FLOPs|G?MACs|energy|coverage)\b|^% of\b/i;

/** What each kind of doubt costs. The table is the documentation. */
export const PENALTIES = {
  modelFromPaper: 0.15, // "it scores 81.2": the subject is the paper's system, named in another sentence
  modelGeneric: 0.45, // "human experts", "RNNs", "LLM-based": a description, not a model name
  benchmarkFromContext: 0.2, // the benchmark was named in an earlier sentence
  benchmarkAmbiguous: 0.25, // … and that sentence named others too: which one this value is on is a guess
  benchmarkFromPaper: 0.1, // the benchmark the paper introduces: its bare scores are on it
  benchmarkGeneric: 0.45, // "six reasoning benchmarks", "10 tasks": a set, never one leaderboard on its own
  metricFromSentence: 0.1, // the metric was named elsewhere in the sentence
  metricFromGazetteer: 0.2, // the benchmark's usual metric, not written in the paper
  listRule: 0.05, // paired by position in a list: one slip shifts every pair
  implausible: 1, // a percentage above 100 as a score
  ablation: 0.5, // "removing the memory module drops it to 79.3%": a value of an ablated variant
  startingPoint: 0.5, // "resolves 62.4%, up from 49.0%": where the paper's run started, not its result
  pointsBack: 0.5, // "on the latter" with no readable pair before it (refiners/points-back.ts)
} as const;

const RULE_PENALTY: Partial<Record<RuleName, number>> = {
  "value-list": PENALTIES.listRule,
  "from-to": PENALTIES.listRule,
};
/** A clause that starts by taking a part away: its values are the ablated model's, not the model's. */
const ABLATION_START =
  /(?:^|;|,\s+(?:and|or)\s+)\s*(?:(?:when|if|by|after)\s+)?(?:removing|ablating|disabling|dropping|discarding|excluding|replacing|turning off|switching off)\b/gi;
const CONTRAST = /,\s+(?:while|whereas|but)\b|\b(?:whereas|while)\b|;/i;

/** Percentages that run past 100: a human-normalized score of 1146% beats the human baseline elevenfold. */
const UNBOUNDED_PERCENT = /normali[sz]ed|\bHNS\b/i;

const STARTING_POINT = /\b(?:up|down|rising|climbing|improving|improved)\s+from\s+(?:only\s+|just\s+)?$/i;

function isAblated(text: string, valueStart: number): boolean {
  const before = text.slice(0, valueStart);
  let last = -1;
  for (const m of before.matchAll(ABLATION_START)) last = m.index + m[0].length;
  return last >= 0 && !CONTRAST.test(before.slice(last));
}

const PER_ITEM = new RegExp(
  String.raw`^\s*(?:per|for each|an?)\s+(?:${TASK_ITEM}|sample|example|run)\b`,
  "i",
);

/** "an average cost of $0.34 per issue": a price paid per task is a result a leaderboard ranks; a training bill is not. */
function isPricePerTask(draft: ClaimDraft, sc: SentenceContext): boolean {
  return (
    draft.mention.unit === "$" &&
    /\bcost\b/i.test(draft.metric ?? "") &&
    PER_ITEM.test(sc.text.slice(draft.mention.end, draft.mention.end + 30))
  );
}

export interface Trust {
  confidence: number;
  listed: boolean;
}

export function assessTrust(draft: ClaimDraft, sc: SentenceContext, rule: RuleName): Trust {
  let confidence = 1 - (RULE_PENALTY[rule] ?? 0);
  // "Step-GUI 8B" from "Step-GUI … (8B: 80.2%)": a size given beside the name is no inference.
  if (!sc.text.includes(draft.model.replace(/ [\d.]+[KMB]$/, ""))) confidence -= PENALTIES.modelFromPaper;
  // "human experts reach 53.7%": people measured on the benchmark are a reference row a
  // leaderboard shows (as GLUE and SQuAD do), not a vague description of some model.
  if (
    isGenericModel(draft.model) &&
    !sc.paper.systems.includes(draft.model) &&
    !HUMAN_SUBJECT.test(draft.model)
  )
    confidence -= PENALTIES.modelGeneric;
  const benchmark = draft.benchmark;
  if (benchmark !== null && !sc.text.includes(benchmark)) {
    confidence -= sc.paper.benchmarks.includes(benchmark)
      ? PENALTIES.benchmarkFromPaper
      : PENALTIES.benchmarkFromContext +
        (isAmbiguousCarry(sc) && !draft.benchmarkPaired ? PENALTIES.benchmarkAmbiguous : 0);
  }
  if (benchmark !== null && isGenericBenchmark(benchmark)) confidence -= PENALTIES.benchmarkGeneric;
  if (draft.metricFrom === "sentence") confidence -= PENALTIES.metricFromSentence;
  if (draft.metricFrom === "gazetteer") confidence -= PENALTIES.metricFromGazetteer;
  if (isAblated(sc.text, draft.mention.start)) confidence -= PENALTIES.ablation;
  // "up from 45% for GPT-4" names whose value it is; without such an owner it is the subject's start.
  if (
    !sc.text.includes(draft.model, draft.mention.end) &&
    STARTING_POINT.test(sc.text.slice(Math.max(0, draft.mention.start - 30), draft.mention.start))
  )
    confidence -= PENALTIES.startingPoint;
  if (draft.unresolvedReference) confidence -= PENALTIES.pointsBack;
  if (
    draft.mention.unit === "%" &&
    draft.mention.value > 100 &&
    draft.kind === "score" &&
    !UNBOUNDED_PERCENT.test(draft.metric ?? "")
  )
    confidence -= PENALTIES.implausible;
  confidence = Math.max(0, Math.round(confidence * 100) / 100);
  // A bound on a change ("less than 1% accuracy drop", "increases of no more than 0.1") bounds no score.
  const boundOnChange =
    draft.kind === "bound" &&
    (DELTA_AFTER.test(sc.text.slice(draft.mention.end, draft.mention.end + 60)) ||
      CHANGE_BEFORE_BOUND.test(sc.text.slice(Math.max(0, draft.mention.start - 60), draft.mention.start)) ||
      // "more than 5% improvement in accuracy on A and more than 2% on B": the list goes on bounding changes.
      CHANGE_THEN_AND.test(sc.text.slice(0, draft.mention.start)));
  const fit =
    // "about 21 times in FPS": a bound on a ratio is a speedup's, never a score.
    (draft.kind === "score" || (draft.kind === "bound" && !boundOnChange && draft.mention.unit !== "x")) &&
    benchmark !== null &&
    draft.metric !== null &&
    (!NOT_RANKED_METRIC.test(draft.metric) || isPricePerTask(draft, sc)) &&
    !isKnownMetric(draft.model) &&
    !isKnownBenchmark(draft.model) &&
    !isKnownBenchmark(draft.metric) &&
    nameKey(draft.model) !== nameKey(benchmark) &&
    !isGroupAverage(sc.text, draft.mention.start);
  return { confidence, listed: fit && confidence >= LISTED_THRESHOLD };
}

/** The nearest earlier sentence that named benchmarks named more than one. */
function isAmbiguousCarry(sc: SentenceContext): boolean {
  const nearest = sc.earlierBenchmarks().findLast((named) => named.length > 0) ?? [];
  return new Set(nearest).size > 1;
}
