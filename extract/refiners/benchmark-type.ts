/**
 * A score is never "on" a model: "SWE-Llama" or "GPT-3.5-Turbo" read as the benchmark of a score
 * is a comparison or a backbone. The benchmark falls back to the one named earlier or the one the
 * paper introduces. Speedups and gains keep theirs: "4.9x faster on FLUX" is measured on a model.
 */
import { benchmarkInfo, isKnownBenchmark } from "../gazetteer";
import { metricKey } from "../gazetteer/metric-synonyms";
import { EFFICIENCY_NOUN } from "../lexicon";
import { isModelNotBenchmark, OWN_EVALUATION } from "../resolve-benchmark";
import type { ClaimDraft } from "../rules/rule";
import type { SentenceContext } from "../sentence-context";
import type { Refiner } from "./refiner";

/** "widely used LibriSpeech benchmark" names LibriSpeech: leading lower-case words and the set noun go. */
const DESCRIBED =
  /^(?:(?:the|a|an|widely|used|popular|standard|challenging|public|official|well-known|famous|large-scale|competitive|common|commonly)\s+)+(?=[A-Z0-9])/;

const DOWNSTREAM_BEFORE =
  /\bdownstream\s+(?:tasks?\s+)?(?:accuracy|accuracies|performance|scores?)\s+(?:(?:from|of|to|by|is)\s+)?(?:up to\s+|about\s+)?(?:[\d.]+\s*%?\s+to\s+)?$/i;

export const benchmarkType: Refiner = {
  name: "benchmark-type",
  refine(given, sc) {
    const raw = splitMetric(given);
    const named = raw.benchmark?.replace(DESCRIBED, "") ?? null;
    // "average downstream accuracy from 50.52": downstream tasks, not the benchmark named before.
    if (DOWNSTREAM_BEFORE.test(sc.text.slice(Math.max(0, given.mention.start - 60), given.mention.start)))
      return { ...raw, benchmark: "downstream tasks" };
    // "Novel View Synthesis (NVS) … on NVS": a task the paper defines is no benchmark, unless the
    // lists know one by that name ("Document VQA (DocVQA)" is also the DocVQA set).
    const set = named !== null && sc.paper.tasks.includes(named) && !isKnownBenchmark(named) ? null : named;
    const draft = set === raw.benchmark ? raw : { ...raw, benchmark: set };
    // A margin or a speedup in the paper's one benchmark's metric is on it as much as a score.
    if (draft.kind !== "bound" && draft.benchmark === null)
      return { ...draft, benchmark: onlyBenchmarkFor(draft, sc) };
    // A bound on a result ("success rate exceeding 86% across Qwen2.5-Omni") is a score's limit; one
    // on what a run spends ("up to 60% sparsity on the Llama model") is measured on the model.
    if (
      (draft.kind !== "score" && (draft.kind !== "bound" || isSpending(sc, draft))) ||
      draft.benchmark === null ||
      !isModelNotBenchmark(sc, draft.benchmark)
    )
      return draft;
    const fallback =
      sc
        .earlierBenchmarks()
        .flat()
        .reverse()
        .find((b) => !isModelNotBenchmark(sc, b)) ?? null;
    return { ...draft, benchmark: fallback };
  },
};

/**
 * "87.8% ImageNet top-1 accuracy", "80.3% zero-shot ImageNet-1k accuracy": a metric phrase that holds
 * a known benchmark names both (a setting word may come first).
 */
function splitMetric(draft: ClaimDraft): ClaimDraft {
  const words = draft.metric?.split(" ") ?? [];
  for (let from = 0; from < Math.min(2, words.length - 1); from++)
    for (let n = Math.min(3, words.length - 1 - from); n >= 1; n--) {
      const head = words.slice(from, from + n).join(" ");
      if (isKnownBenchmark(head) && (from === 0 || SETTING_WORD.test(words[0]!)))
        return { ...draft, benchmark: head, metric: words.slice(from + n).join(" ") };
    }
  return draft;
}
const SETTING_WORD = /^(?:zero-shot|few-shot|one-shot|\d+-shot|linear-probe|fine-tuned)$/i;

const UNNAMED_SET_AFTER =
  /^[^,;.]{0,30}?\s(?:on|in)\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){1,3}(?:problems|questions|tasks|cases|instances|subsets?|samples|queries|scenarios)\b/;
// What a run spends: the lexicon's nouns of efficiency, plus sparsity and tokens.
const SPENT_AFTER = new RegExp(
  String.raw`^\s*%?\s*(?:[\w-]+\s+){0,2}?(?:sparsity\b|tokens\b|${EFFICIENCY_NOUN.source})`,
  "i",
);
const isSpending = (sc: SentenceContext, draft: ClaimDraft): boolean =>
  SPENT_AFTER.test(sc.text.slice(draft.mention.end, draft.mention.end + 40));

const SPEED_METRIC = /^(?:FPS|throughput|speed|latency)$/i;

/**
 * "56.8% AP" in an abstract whose only known benchmark is MS COCO ("we train only on MS COCO"): a
 * score with no benchmark of its own, in the metric that benchmark reports, is on it.
 */
function onlyBenchmarkFor(draft: ClaimDraft, sc: SentenceContext): string | null {
  const [only, ...others] = sc.paper.mentioned;
  if (!only || others.length > 0 || draft.metric === null) return null;
  // "Real-world experiments on a UR5 arm demonstrate 68% success": a trial of its own is on no benchmark.
  if (OWN_EVALUATION.test(sc.text.slice(0, draft.mention.start))) return null;
  // "from 20% to 80% on the most challenging problems": a value on a described subset is on no named set.
  if (UNNAMED_SET_AFTER.test(sc.text.slice(draft.mention.end, draft.mention.end + 80))) return null;
  // Speed is measured while evaluating on it too ("56 FPS V100, 55.9% AP" in a COCO-only abstract).
  if (SPEED_METRIC.test(draft.metric)) return benchmarkInfo(only) ? only : null;
  const usual = benchmarkInfo(only)?.metric ?? null;
  return usual !== null && metricKey(usual) === metricKey(draft.metric) ? only : null;
}
