/**
 * Benchmarks a value is tied to by the words right around it, before any search: its own
 * parenthesis, "on B with", "a B score of", "on B from … to", "% of B problems".
 */
import { BENCHMARK_HINT, TASK_ITEM } from "./lexicon";
import { isKnownBenchmark } from "./gazetteer";
import { isMetricLabel } from "./metric-label";
import type { SentenceContext } from "./sentence-context";
import { benchmarkAt, benchmarkBetween, isBenchmarkShaped } from "./benchmark-phrase";
import { onBeforeFrom } from "./benchmark-before-from";

/** The benchmark the words around a value at [start, end) name as its own, if any. */
export function ownedBenchmark(sc: SentenceContext, start: number, end: number): string | null {
  return (
    parenOwner(sc, start) ??
    onWithOwner(sc, start) ??
    namedBeforeMeasure(sc, start) ??
    onBeforeFrom(sc, start) ??
    onBeforeIs(sc, start) ??
    shareOfItems(sc, end) ??
    enclosingParenBenchmark(sc, start, end)
  );
}

/** "its MAE on ECL is 0.061": the benchmark named right before the copula is the value's. */
const ON_X_IS =
  /\b(?:on|in)\s+(?:the\s+)?([A-Za-z0-9][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+(?:is|was|are|were|remains|stands at)\s+(?:only\s+|about\s+|just\s+)?$/;

function onBeforeIs(sc: SentenceContext, start: number): string | null {
  const window = sc.text.slice(Math.max(0, start - 60), start);
  const on = ON_X_IS.exec(window);
  return on?.[1] ? benchmarkAt(sc, start - window.length + on.index + on[0].indexOf(on[1], 2)) : null;
}

/** "solves 24.5% of LiveCodeBench problems": the items counted are the benchmark's. */
const OF_ITEMS = new RegExp(
  String.raw`^\s*%?\s+of\s+(?:the\s+)?([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*){0,2})\s+${TASK_ITEM}\b`,
);

function shareOfItems(sc: SentenceContext, end: number): string | null {
  const name = OF_ITEMS.exec(sc.text.slice(end, end + 80))?.[1];
  return name && (BENCHMARK_HINT.test(name) || isKnownBenchmark(name)) ? name : null;
}

/** "on B with", "on B, with a top-1 accuracy of": what stands between the benchmark and its value. */
const ON_WITH =
  /\bon\s+(?:the\s+)?((?:(?!\bon\s)[^,;]){1,60}?)\s*,?\s+with\s+(?:an?\s+|the\s+)?(?:[\w@.-]+\s+){0,4}?(?:of\s+)?$/;
const OWN_ON_AFTER = /^[\d.,]+\s*(?:%|\\%)?\**\s*(?:(?!and\b)[\w@*-]+\s+){0,3}?on\s/;

/**
 * "sets a new state of the art on Kinetics-400 with 88.2% top-1 accuracy and on SSv2 with 75.1%":
 * a value right after "on B with" is on B, not on the next benchmark named after it.
 */
function onWithOwner(sc: SentenceContext, start: number): string | null {
  // "93.1% on MMLU with 88.4% on GSM8K": a value with a benchmark of its own right after it is on that.
  if (OWN_ON_AFTER.test(sc.text.slice(start, start + 60))) return null;
  const from = Math.max(0, start - 120);
  const m = ON_WITH.exec(sc.text.slice(from, start));
  if (!m?.[1]) return null;
  return benchmarkAt(sc, from + m.index + m[0].indexOf(m[1], 2));
}

/** "a DPG-Bench score of 84.1", "the Arena-Hard win rate to 41.3%": a benchmark naming the measure just before the value. */
// "on AudioSet and accuracy of 98.3%": a conjunction between them starts a new item, not a measure of AudioSet.
const NAME_MEASURE_OF =
  /([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+(?:(?!(?:and|or|but|while|with|on|in)\s)[a-z][\w@-]*\s+)?(?:score|accuracy|success rate|pass@\d+|win rate)\s+(?:of|=|:|to)\s+(?:up to\s+|only\s+|about\s+)?$/;

/** "AIME24 reaching 46.7%", "MMLU accuracy rises to 71.2%": a benchmark as the subject of the rise. */
// "68.2% on MMLU and reaches 74.5%": after a conjunction the model is the subject again, not MMLU.
// "On VoiceBench it reaches": a sentence's opening preposition is not part of the name.
const NAME_REACHING =
  /(?!(?:On|In|At|For|With|By|Across)\s)([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)\s+(?:(?!(?:and|or|but|then|while|which|that)\s)[a-z][\w@-]*\s+)?(?:reach(?:es|ing)|(?:ris(?:es|ing)|climb(?:s|ing)|jump(?:s|ing)|improv(?:es|ing)) to)\s+(?:up to\s+|about\s+)?$/;

function namedBeforeMeasure(sc: SentenceContext, start: number): string | null {
  const before = sc.text.slice(Math.max(0, start - 80), start);
  // Most values follow neither "of"/"="/":" nor "reaching"/"to": the last characters spare the full patterns.
  const tail = before.slice(-14);
  const name = /(?:\bof|=|:|\bto)\s+(?:up to\s+|only\s+|about\s+)?$/.test(tail)
    ? (NAME_MEASURE_OF.exec(before)?.[1] ?? NAME_REACHING.exec(before)?.[1])
    : /reach(?:es|ing)\s+(?:up to\s+|about\s+)?$/.test(tail)
      ? NAME_REACHING.exec(before)?.[1]
      : undefined;
  // "On ImageNet ViT-Z reaches": two names side by side are a benchmark and a model, not one name.
  const oneName = name !== undefined && (!name.includes(" ") || sc.names.some((n) => n.text === name));
  return name && oneName && (BENCHMARK_HINT.test(name) || isKnownBenchmark(name)) ? name : null;
}

/** "on VQAv2 (85.2%), TextVQA (73.1%) and DocVQA (94.0%)": a value in parentheses right after a benchmark is on it. */
function parenOwner(sc: SentenceContext, start: number): string | null {
  // "ChartQA (relaxed accuracy 85.4)": a metric's name may stand between the parenthesis and the value.
  const label = /\(\s*((?:[A-Za-z][\w@.+-]*\s+){0,3})$/.exec(sc.text.slice(Math.max(0, start - 40), start));
  if (!label || (label[1] && !isMetricLabel(label[1].trim()))) return null;
  const open = sc.text.lastIndexOf("(", start);
  // "on Kvasir (91.2%)": a capitalised word right after "on" is what the value was measured on.
  const afterOn = /\b(?:on|across)\s+(?:the\s+)?([A-Z][\w.+-]*)\s*$/.exec(
    sc.text.slice(Math.max(0, open - 60), open),
  )?.[1];
  const name =
    sc.names.find((n) => n.end <= open && sc.text.slice(n.end, open).trim() === "")?.text ?? afterOn;
  if (!name || !isBenchmarkShaped(name)) return null;
  const known =
    name === afterOn ||
    BENCHMARK_HINT.test(name) ||
    isKnownBenchmark(name) ||
    sc.paper.benchmarks.includes(name);
  return known ? name : null;
}

/** "COCO detection (58.7 box AP …) and ADE20K segmentation (53.5 mIoU on val)": the parenthesis is on the name before it. */
const NAME_TASK_OPEN = /([A-Z][\w.+-]*(?:[ -][A-Z0-9][\w.+-]*)?)(?:\s+[a-z][\w-]*){0,3}\s*\($/;

function enclosingParenBenchmark(sc: SentenceContext, start: number, end: number): string | null {
  const open = sc.text.lastIndexOf("(", start);
  const close = sc.text.indexOf(")", end);
  if (open < 0 || close < 0 || sc.text.slice(open, start).includes(")")) return null;
  // A benchmark named inside, after the value ("(53.5 mIoU on ADE20K)"), is the value's own.
  if (benchmarkBetween(sc, end, close)) return null;
  const name = NAME_TASK_OPEN.exec(sc.text.slice(Math.max(0, open - 60), open + 1))?.[1];
  if (!name || !isBenchmarkShaped(name)) return null;
  if (BENCHMARK_HINT.test(name) || isKnownBenchmark(name)) return name;
  // "95.33% on CLADDER (surpassing human performance of 94.8% …) and … on HaluEval": a worded
  // remark right after "on" a name is on that name, whatever the lists know.
  const remark = /^\(\s*[A-Za-z]/.test(sc.text.slice(open, open + 3));
  const at = sc.text.lastIndexOf(name, open);
  const onName =
    /^\s*$/.test(sc.text.slice(at + name.length, open)) &&
    /\bon\s+(?:the\s+)?$/.test(sc.text.slice(Math.max(0, at - 12), at));
  return remark && onName ? name : null;
}
