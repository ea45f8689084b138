/** Public types of the extraction pipeline: text in, claims out. */

export type ClaimKind = "score" | "delta" | "speedup" | "bound";

export const CLAIM_KINDS: readonly ClaimKind[] = ["score", "delta", "speedup", "bound"];

/** The names of every rule, in the order rules/index.ts tries them; a claim records which one produced it. */
export const RULE_NAMES = [
  "from-to",
  "value-arrow",
  "raises-to",
  "value-list",
  "name-colon-value",
  "paren-versus",
  "value-versus",
  "name-paren-values",
  "paren-name-value",
  "solves-count",
  "metric-of-value",
  "paren-value",
  "value-unit",
] as const;

export type RuleName = (typeof RULE_NAMES)[number];

/** One numeric result claim found in an abstract. Field names are the JSON contract of `npm run claims`. */
export interface Claim {
  model: string;
  model_key: string;
  benchmark: string | null;
  benchmark_key: string | null;
  metric: string | null;
  value: number;
  unit: string;
  kind: ClaimKind;
  higher_is_better: boolean | null;
  self_reported: boolean;
  /** What changes comparability ("top-3", "pass@8", "quantized (4-bit)", "test-other"); null when none is stated. */
  setting: string | null;
  /** 0-1, from how much of the claim was read beside the value rather than inferred (confidence.ts). */
  confidence: number;
  /** Fit for a leaderboard: a score or bound with a benchmark, a metric, a model, and enough confidence. */
  listed: boolean;
  /** Exact substring of the (normalised) abstract: abstract.slice(start, end) === evidence. */
  evidence: string;
  start: number;
  end: number;
  rule: RuleName;
  /** Offsets of the value as written (sign, digits and unit); refiners resolve overlaps on value_start. */
  value_start: number;
  value_end: number;
}

export interface PaperText {
  title: string;
  abstract: string;
}

/** Thrown for input the extractor cannot read at all; carries the input and where it went wrong. */
export class ExtractError extends Error {
  override readonly name = "ExtractError";
  constructor(
    message: string,
    readonly input: unknown,
    readonly position: number,
  ) {
    super(message);
  }
}
