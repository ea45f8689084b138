/**
 * "P@20 of 72.4 and MRR@20 of 31.8; on Diginetica, 55.1 and 19.6 respectively": a bare list in a
 * clause of its own answers the metrics the clause before it named, one by one, on the one
 * benchmark its own clause names.
 */
import { isKnownMetric, metricsIn } from "../metric";
import { benchmarkListAfter } from "../resolve-benchmark";
import type { SentenceContext } from "../sentence-context";

export interface RespectiveMetrics {
  metrics: string[];
  benchmark: string | null;
}

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
