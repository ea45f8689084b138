/** Where a text names metrics ("pass@1 accuracy", "WERs"), and the one name of a plural spelling. */
import { METRICS } from "./lexicon";
import { isKnownMetric } from "./metric";

// Each entry keeps its own case rule ("IS" is a metric, "is" is not).
const METRIC_PATTERNS = METRICS.map(({ pattern }) => new RegExp(pattern.source, pattern.flags + "g"));

/** The last metric named in a text ("the pass@1 accuracy of X on Y" gives "pass@1 accuracy"). */
export function lastMetric(text: string): string | null {
  return metricsIn(text).at(-1)?.text ?? null;
}

export interface MetricSpan {
  text: string;
  start: number;
  end: number;
}

/** Metric names in a text, in order, adjacent ones joined ("pass@1 accuracy", "top-1 accuracy"). */
export function metricsIn(text: string): MetricSpan[] {
  const found: MetricSpan[] = [];
  // "WERs of 1.75% and 4.46%": an acronym metric's plural names it too.
  const plurals = [...text.matchAll(PLURAL_ACRONYM_IN)].filter((m) => isKnownMetric(m[0]));
  const matches = [...METRIC_PATTERNS.flatMap((p) => [...text.matchAll(p)]), ...plurals].sort(
    (a, b) => a.index - b.index || b[0].length - a[0].length,
  );
  for (const m of matches) {
    const end = m.index + m[0].length;
    if (found.some((f) => m.index < f.end && f.start < end)) continue;
    const last = found.at(-1);
    if (last && m.index - last.end === 1 && text.charAt(last.end) === " ") {
      last.text = text.slice(last.start, end);
      last.end = end;
    } else found.push({ text: m[0], start: m.index, end });
  }
  return found.map((f) => withQualityNoun(text, f));
}

// "its appearance score", "the faithfulness score": a bare "score" is named by the noun of quality
// before it (nouns by their endings, so "a higher score" or "achieves score" stay "score").
// "human evaluation score", "performance score": words for any measuring name none.
const QUALITY_NOUN_BEFORE =
  /\b((?!evaluation\b|performance\b)[a-z]+(?:ance|ence|ness|ity|ion|ment|ency|ancy|acy|ism|ic))\s$/;

function withQualityNoun(text: string, span: MetricSpan): MetricSpan {
  if (!/^scores?$/.test(span.text)) return span;
  const noun = QUALITY_NOUN_BEFORE.exec(text.slice(Math.max(0, span.start - 30), span.start))?.[1];
  if (!noun) return span;
  const start = span.start - noun.length - 1;
  return { text: text.slice(start, span.end), start, end: span.end };
}

const PLURAL_ACRONYM_IN = /\b[A-Z][A-Za-z0-9-]*[A-Z0-9]s\b/g;

/** Plural spellings a paper writes ("accuracies of", "WERs of") and the metric's one name. */
const PLURALS: readonly (readonly [RegExp, string])[] = [
  [/\b([Aa])ccuracies\b/g, "$1ccuracy"],
  // "FLOPs" and "MACs" are names of their own, not plurals.
  [/\b(?!(?:[GT]?FLOP|G?MAC)s\b)([A-Z][A-Za-z0-9-]*[A-Z0-9])s\b/g, "$1"],
  [/\b(score|rate|error)s\b/g, "$1"],
];

export function singularMetric(metric: string): string {
  return PLURALS.reduce((m, [pattern, one]) => m.replace(pattern, one), metric);
}
