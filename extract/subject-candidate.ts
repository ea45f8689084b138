/**
 * Which names can be a claim's subject at all: not a metric, benchmark, chip, amount or adjective,
 * and not a name the words before it make an object ("on X", "than X"); and which are the paper's own.
 */
import { BENCHMARK_HINT, GENERIC_NAME, HARDWARE, TASK_ACRONYM_OPEN, TOP_K } from "./lexicon";
import { RAISE_OR_CUT_STEM } from "./change-words";
import { isMidListAfterOn, isNonSubjectBefore, isParenQualifier, isValuedListItem } from "./non-subject";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import { isKnownMetric } from "./metric";
import { endsInMetric, parallelLabel } from "./metric-label";
import type { NameSpan } from "./names";
import { followsKnownBenchmark } from "./gazetteer";
import { calledSetIn, closesIntoSet } from "./list-members";
import type { SentenceContext } from "./sentence-context";
import { ADJECTIVE_SUFFIX } from "./name-shape";

export { isSelf, referredSystem } from "./own-system";

// "an SF-all error of 4.12%": a name qualifying a metric's head word is part of the metric.
const METRIC_HEAD_AFTER = /^[\s-](?:score|similarity|distance|alignment|error|error rate|accuracy)\b(?!s)/;
// "the average AQS score": a summary word may stand between the article and the metric's name.
// "(CLIP score: 85%)": a parenthesis may open on the metric's label too.
const ARTICLE_BEFORE =
  /(?:\b(?:a|an|the|its|their|our|higher|lower|better|best)\s(?:(?:average|mean|overall|final)\s)?|\()$/i;

const TASK_THEN_SET = /^\s(?:[a-z][a-z-]*\s){1,3}(?:benchmark|dataset)s?\b/;
export const SYSTEM_NOUN_AFTER = /^\s(?:agents?|models?|systems?|methods?|approach|pipeline|baselines?)\b/;

const subjectMemo = new WeakMap<NameSpan, boolean>();

/** Whether a name can be the subject of a claim (independent of where the value is; memoised). */
export function isSubjectCandidate(sc: SentenceContext, name: NameSpan): boolean {
  let known = subjectMemo.get(name);
  if (known === undefined) subjectMemo.set(name, (known = checkSubject(sc, name)));
  return known;
}

/** "410B FLOPs", "77M parameters", "7.7GFLOPs": an amount, shaped like a name. */
const AMOUNT =
  /^\d[\d.,]*\s?[KMBT]?\s*(?:FLOPs|GFLOPs|TFLOPs|MACs|GMACs|params|parameters|tokens|GPUs|TPUs)$/;

const DISTRIBUTION_PAREN =
  /^\s*\((?:I\.I\.D\.?|O\.O\.D\.?|IID|OOD|ID|in-distribution|out-of-distribution)\)/i;

function checkSubject(sc: SentenceContext, name: NameSpan): boolean {
  if (AMOUNT.test(name.text)) return false;
  if (HARDWARE.test(name.text) || BENCHMARK_HINT.test(name.text) || GENERIC_NAME.test(name.text))
    return false;
  if (sc.paper.benchmarks.includes(name.text) || closesIntoSet(sc.text.slice(name.end))) return false;
  if (calledSetIn(sc.text, name.text)) return false;
  if (sc.paper.tasks.includes(name.text)) return false;
  // "APP53 (I.I.D.) to 93.19%": a name said to be in or out of distribution is a dataset.
  if (DISTRIBUTION_PAREN.test(sc.text.slice(name.end, name.end + 30))) return false;
  // "the LEVIR-CD change detection benchmark": task words may stand between the name and its noun.
  if (
    /\bthe\s$/.test(sc.text.slice(Math.max(0, name.start - 4), name.start)) &&
    TASK_THEN_SET.test(sc.text.slice(name.end, name.end + 60))
  )
    return false;
  if (isKnownMetric(name.text) || (isKnownBenchmark(name.text) && !isModelName(name.text))) return false;
  if (followsKnownBenchmark(sc.text, name.start)) return false;
  // "on Mip-NeRF 360": where a benchmark stands, a name that a number after it makes a known
  // benchmark is that benchmark's head ("Mip-NeRF 360 reaches …" is also a model's name).
  const numbered = /^\s\d+\b/.exec(sc.text.slice(name.end, name.end + 8))?.[0];
  if (
    numbered &&
    isKnownBenchmark(name.text + numbered) &&
    /\b(?:on|in|across)\s+(?:the\s+)?$/.test(sc.text.slice(Math.max(0, name.start - 12), name.start))
  )
    return false;
  // "mAP@[0.3:0.7]", "NTL-IoU": a metric's name, cut at its bracket or ending in a metric, is no model.
  if (name.text.endsWith("@") || endsInMetric(name.text)) return false;
  // "(DSE > 0.3)", "k = 5": a name compared with a number is a variable of a condition.
  if (/^\s*[<>≤≥=]/.test(sc.text.slice(name.end, name.end + 3))) return false;
  // "Top-1/Top-5", "PSNR/SSIM": metrics joined by a slash are no model either.
  if (name.text.includes("/") && name.text.split("/").every((p) => isKnownMetric(p) || TOP_K.test(p)))
    return false;
  // "CLIP R-Precision", "DINO score", "95th Percentile Hausdorff Distance": a name that ends in a
  // metric (one word or two) is that metric.
  const words = name.text.split(" ");
  if (words.length > 1 && (isKnownMetric(words.at(-1)!) || isKnownMetric(words.slice(-2).join(" "))))
    return false;
  // "the DINOv2-based variant of X": a name made an adjective describes the subject, it is not
  // one, unless a system noun follows ("our GPT-4-based agent").
  if (ADJECTIVE_SUFFIX.test(name.text) && !SYSTEM_NOUN_AFTER.test(sc.text.slice(name.end, name.end + 12)))
    return false;
  // A name right after a value, or overlapping its unit ("31.2 dB PSNR"), is what the value measures.
  if (
    sc.numbers.some(
      (n) => (n.end <= name.start && name.start - n.end <= 1) || (name.start < n.end && name.end > n.start),
    )
  )
    return false;
  // "two miniApps", "three LIBERO suites": what a number word counts is a kind of thing, not a system.
  if (
    COUNT_WORD_BEFORE.test(sc.text.slice(Math.max(0, name.start - 8), name.start)) &&
    (/[a-z]s$/.test(name.text) || /^\s[a-z]+s\b/.test(sc.text.slice(name.end, name.end + 20)))
  )
    return false;
  if (
    isParenQualifier(
      sc.text.slice(Math.max(0, name.start - 50), name.start),
      sc.text.slice(name.end, name.end + 40),
    )
  )
    return false;
  // "video object segmentation (one-shot VOS)": an acronym a task phrase defines names the task.
  if (TASK_ACRONYM_OPEN.test(sc.text.slice(Math.max(0, name.start - 50), name.start))) return false;
  // "a CLIP score of 0.32", "higher DINO similarity": the name qualifies a metric here.
  if (
    METRIC_HEAD_AFTER.test(sc.text.slice(name.end, name.end + 14)) &&
    ARTICLE_BEFORE.test(sc.text.slice(Math.max(0, name.start - 18), name.start))
  )
    return false;
  if (/^\s+of\s+(?:up to\s+|about\s+|only\s+)?[+~]?\d/.test(sc.text.slice(name.end, name.end + 20)))
    return false;
  // "FID 3.49 and KDD 0.319": a name in the place of a metric just given with its value is one.
  const label = parallelLabel(sc.text.slice(Math.max(0, name.start - 40), name.end + 1));
  if (label === name.text && /^\s[+~]?\d/.test(sc.text.slice(name.end, name.end + 3))) return false;
  // "increases the TPF of D2F-Dream to 10.1": what a change verb raises of a named model is a measure.
  if (
    CHANGED_THE_BEFORE.test(sc.text.slice(Math.max(0, name.start - 24), name.start)) &&
    /^\s+of\s+[A-Z]/.test(sc.text.slice(name.end, name.end + 6))
  )
    return false;
  // "(e.g., LAA's attack success rate drops …)": an example's possessive owns what follows; after a
  // verb ("improves ViT's accuracy") it is the object.
  const before = sc.text.slice(Math.max(0, name.start - 60), name.start);
  if (isMidListAfterOn(before, sc.text.slice(name.end, name.end + 6))) return false;
  if (
    isValuedListItem(
      sc.text.slice(Math.max(0, name.start - 160), name.start),
      sc.text.slice(name.end, name.end + 40),
    )
  )
    return false;
  if (/^['’]s\s/.test(sc.text.slice(name.end, name.end + 3)) && EXAMPLE_BEFORE.test(before)) return true;
  // ", with Gemini-1.5-Pro achieving the highest F1": the name a participle follows acts.
  if (/\bwith\s+$/i.test(before) && ACTING_AFTER.test(sc.text.slice(name.end, name.end + 14))) return true;
  // "raises CLIP's SVO-Probes verb accuracy": what an object's possessive owns is an object too.
  const possessor = /[\w.+-]+['’]s\s+$/.exec(before);
  if (possessor && isNonSubjectBefore(before.slice(0, possessor.index))) return false;
  return !isNonSubjectBefore(before);
}

const CHANGED_THE_BEFORE = new RegExp(String.raw`\b${RAISE_OR_CUT_STEM}\w*\s+(?:the|its|their)\s+$`, "i");
const COUNT_WORD_BEFORE = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s$/i;
const ACTING_AFTER = /^\s+(?:achiev|reach|attain|scor|obtain|lead|top|perform)ing\b/i;
const EXAMPLE_BEFORE = /(?:\b(?:e\.g\.|i\.e\.|for example|for instance),?|^|[(;:])\s*$/i;
