/**
 * How a value's metric and its setting fit together: a metric that states its own k decides the
 * k, top-k belongs only to metrics that rank guesses, a sampled run's metric keeps its number, and
 * a speed keeps the chip it was measured on.
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

/**
 * Speed depends on the chip: "56 FPS V100" and "56 FPS on an A100" are different metrics, as pass@8
 * is not pass@1. The first values of a list ("108 / 74 FPS on T4") share the chip named after the last.
 */
const SPEED = /^(?:FPS|throughput|speed|latency)$/i;
const HARDWARE_AFTER =
  /^(?:\s*(?:\/|,|and)\s*[\d.]+)*\s*(?:FPS|fps|tokens\/s|ms)?\s*(?:on\s+(?:an?\s+|one\s+|a single\s+|\d+\s*(?:x|×)?\s*)?)?(?:NVIDIA\s+)?(?:Tesla\s+)?([AHLTV]\d{1,3}|RTX\s?\d{4}(?:\s?Ti)?|GTX\s?\d{3,4}|TPU\s?v\d|Jetson\s[A-Z]\w+)\b/;

export function withHardware(metric: string, text: string, end: number): string {
  if (!SPEED.test(metric)) return metric;
  const chip = HARDWARE_AFTER.exec(text.slice(end, end + 40))?.[1];
  return chip ? `${metric} (${chip})` : metric;
}
