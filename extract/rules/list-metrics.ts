/**
 * The metrics of a list of values: one for the whole list, or one per value when the text names
 * as many ("sensitivity and specificity of 92.1% and 88.4%", "45.2% and 52.1% in mAP and NDS").
 */
import { isKnownMetric, metricAfter } from "../metric";
import { metricsIn } from "../metric-spans";
import { metricBefore } from "../metric-before";
import { metricChangedBy } from "../metric-changed-by";
import type { NumberMention } from "../numbers";
import { benchmarkListAfter } from "../resolve-benchmark";
import type { SentenceContext } from "../sentence-context";

export interface RespectiveMetrics {
  metrics: string[];
  benchmark: string | null;
}

/**
 * "P@20 of 72.4 and MRR@20 of 31.8; on Diginetica, 55.1 and 19.6 respectively": a bare list in a
 * clause of its own answers the metrics the clause before it named, one by one, on the one
 * benchmark its own clause names.
 */
export function respectiveMetrics(
  sc: SentenceContext,
  start: number,
  count: number,
): RespectiveMetrics | null {
  const clauseStart = sc.text.lastIndexOf(";", start) + 1;
  if (clauseStart === 0) return null;
  // The list's own clause names no metric: the values are bare.
  if (metricsIn(sc.text.slice(clauseStart, start)).length > 0) return null;
  const named = metricsIn(sc.text.slice(0, clauseStart)).map((m) => m.text);
  const metrics = named.slice(-count);
  if (metrics.length !== count || new Set(metrics).size !== count) return null;
  const own = benchmarkListAfter(sc, clauseStart, start);
  return { metrics, benchmark: own.length === 1 ? own[0]! : null };
}

/**
 * "a PSNR/SSIM of 40.12/0.961 on SIDD and 33.05/0.962 on GoPro": a later slash pair with no metric
 * of its own answers the slash-joined metrics named before it in the sentence.
 */
export function slashMetricsBefore(sc: SentenceContext, start: number, count: number): string | null {
  const name = sc.names.findLast((n) => n.end <= start && n.text.includes("/"));
  const parts = name?.text.split("/") ?? [];
  return parts.length === count && parts.every((p) => isKnownMetric(p)) ? name!.text : null;
}

// "A, B and C", each item one or two words: a list of metric names.
const NAME_LIST = String.raw`(?:[\w@.+-]+\s)?[\w@.+-]+(?:,\s*(?:[\w@.+-]+\s)?[\w@.+-]+)*,?\s+and\s+(?:[\w@.+-]+\s)??[\w@.+-]+`;
// "the mIoU and mAcc of X reach": the owner may stand between the metrics and the connector.
const METRIC_LIST_BEFORE = new RegExp(
  String.raw`(${NAME_LIST})\s+(?:of\s+[A-Za-z][\w.+-]*\s+)?(?:of|were|are|reach(?:es|ed)?|at|by)\s+$`,
);
// "45.2% and 52.1% in mAP and NDS", "32.41 dB and 0.912 in terms of PSNR and SSIM".
const METRIC_LIST_AFTER = new RegExp(
  String.raw`^\s*(?:in\s+(?:terms\s+of\s+)?)?(${NAME_LIST})(?=[\s,;.)]|$)`,
);

const listItems = (phrase: string | undefined): string[] =>
  phrase?.split(/,\s*(?:and\s+)?|\s+and\s+/).map((p) => p.trim()) ?? [];

/** The items, when they are exactly `count` different metrics the lexicon knows. */
function asMetrics(parts: string[], count: number): string[] | null {
  if (parts.length !== count || new Set(parts).size !== count) return null;
  return parts.every((p) => isKnownMetric(p)) ? parts : null;
}

/** "sensitivity and specificity of 92.1% and 88.4%": metrics listed before a list of as many values, in order. */
export function metricListBefore(sc: SentenceContext, start: number, count: number): string[] | null {
  const all = listItems(METRIC_LIST_BEFORE.exec(sc.text.slice(Math.max(0, start - 90), start))?.[1]);
  // "test set, with sensitivity and …": the pattern may start early; what comes before the
  // last `count` items must not be a metric too (three metrics for two values pair nothing).
  const parts = all.slice(-count);
  if (all.slice(0, -count).some((p) => isKnownMetric(p))) return null;
  if (parts[0] !== undefined && !isKnownMetric(parts[0])) parts[0] = parts[0].replace(/^\S+\s+/, "");
  return asMetrics(parts, count);
}

/** Metrics listed right after a list of as many values, in order. */
export function metricListAfter(sc: SentenceContext, end: number, count: number): string[] | null {
  return asMetrics(listItems(METRIC_LIST_AFTER.exec(sc.text.slice(end, end + 90))?.[1]), count);
}

/** The metric a whole list is on: written after it, before it, by its unit, or as slash-joined metrics before. */
export function listMetric(
  sc: SentenceContext,
  items: readonly NumberMention[],
  unitMetric: string | undefined,
): string | null {
  const first = items[0]!;
  const last = items.at(-1)!;
  const slashed = items.every(
    (m, i) => i === 0 || /^\s*\/\s*$/.test(sc.text.slice(items[i - 1]!.end, m.start)),
  );
  return (
    metricAfter(sc.text, last.end) ??
    metricBefore(sc.text, first.start) ??
    // "improving their box AP by 1.9, 1.4 and 2.3 points": the metric the changes are in.
    metricChangedBy(sc.text, first.start) ??
    unitMetric ??
    (slashed ? slashMetricsBefore(sc, first.start, items.length) : null)
  );
}

/** One metric per value when the text names as many: listed after, listed before, or slash-joined. */
export function perItemMetrics(
  sc: SentenceContext,
  items: readonly NumberMention[],
  metric: string | null,
): string[] {
  return (
    metricListAfter(sc, items.at(-1)!.end, items.length) ??
    metricListBefore(sc, items[0]!.start, items.length) ??
    splitMetricList(metric, items.length)
  );
}

/**
 * "ROUGE-1/2/L of 47.2/23.1/44.0", "AP/AP50/AP75": one metric per value. A bare part ("2", "L")
 * continues the first part's name ("ROUGE-" + "2"); words after the list ("accuracy") stay on each.
 */
function splitMetricList(metric: string | null, count: number): string[] {
  const [head = "", ...rest] = metric?.split(" ") ?? [];
  const parts = head.split("/");
  if (parts.length !== count || parts.some((p) => p === "")) return [];
  const prefix = /^(.*[-@_])[^-@_]+$/.exec(parts[0]!)?.[1] ?? "";
  const names = parts.map((p, i) => (i > 0 && p.length <= 2 && prefix ? prefix + p : p));
  return names.map((name) => [name, ...rest].join(" "));
}
