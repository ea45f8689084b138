/**
 * "a Dice of 89.4% and an HD95 of 6.2 mm, outperforming nnU-Net (87.9%, 7.9 mm)": bare values that
 * answer the subject's list one by one take its metrics and benchmarks.
 */
import { metricAfter } from "../metric";
import { metricBefore } from "../metric-before";
import type { NumberMention } from "../numbers";
import { resolveBenchmark } from "../resolve-benchmark";
import type { SentenceContext } from "../sentence-context";

/** The metric and benchmark of each of the `count` values right before `first`, or null if there are fewer. */
export function mirroredList(
  sc: SentenceContext,
  first: NumberMention,
  count: number,
): { metric: string | null; benchmark: string | null }[] | null {
  const at = sc.numbers.indexOf(first);
  if (at < count) return null;
  // "79.2% … with 1.6 ms latency, as fast as Y (1.6 ms, 74.7% top-1)": answers in another order
  // (their units differ place by place) are not one by one.
  const sources = sc.numbers.slice(at - count, at);
  if (sources.some((n, i) => n.unit !== sc.numbers[at + i]?.unit)) return null;
  return sources.map((n) => ({
    metric: metricAfter(sc.text, n.end) ?? metricBefore(sc.text, n.start),
    benchmark: resolveBenchmark(sc, n.start, n.end, first.start),
  }));
}
