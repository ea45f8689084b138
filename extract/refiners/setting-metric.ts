/**
 * How a value's metric and its setting fit together: a metric that states its own k decides the
 * k, top-k belongs only to metrics that rank guesses, and a sampled run's metric keeps its number.
 */

/** Metrics a top-k applies to: accuracy, error and recall rank guesses; F1 or AP do not. */
const TOP_K_METRIC = /accura|error|recall|\bacc\b/i;

/**
 * "a Top-3 accuracy of 98.82% and a Top-1 accuracy of 90.69%": a metric that states its own k is
 * the value's k; the sentence's other k belongs to the other value.
 */
export function metricOwnK(metric: string | null, said: string | null): string | null {
  if (metric === null || said === null) return said;
  let parts = said.split(", ");
  for (const prefix of ["top-", "pass@"]) {
    const k = new RegExp(`${prefix}(\\d+)`, "i").exec(metric)?.[1];
    if (k === undefined) continue;
    parts = parts.filter((p) => !p.startsWith(prefix));
    if (k !== "1") parts.unshift(`${prefix}${k}`);
  }
  if (!TOP_K_METRIC.test(metric)) parts = parts.filter((p) => !p.startsWith("top-"));
  return parts.length ? parts.join(", ") : null;
}

/** "accuracy" read with "best of 256" is a different metric, as pass@8 is not pass@1: the metric keeps the number. */
export function withSampling(metric: string | null, said: string | null): string | null {
  const sampling = said?.split(", ").find((part) => /^(?:best of |maj@)\d/.test(part));
  if (metric === null || !sampling || /\d/.test(metric)) return metric;
  return `${metric} (${sampling})`;
}
