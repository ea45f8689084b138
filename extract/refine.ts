/** Resolves overlaps between rules: one claim per value, the earliest rule in RULES wins. */
import type { Claim } from "./types";

export interface Candidate {
  /** Offset of the value in the abstract: two candidates with the same one claim the same value. */
  valueStart: number;
  /** A rule consumed the value but made no claim of it: later rules must not claim it either. */
  silent: boolean;
  /** Builds the claim (refiners, evidence, trust): run only for the candidate that wins its value. */
  build: () => Claim;
}

export function keepFirstPerValue(candidates: readonly Candidate[]): Claim[] {
  const seen = new Set<number>();
  const kept: Claim[] = [];
  for (const { valueStart, silent, build } of candidates) {
    if (seen.has(valueStart)) continue;
    seen.add(valueStart);
    if (!silent) kept.push(build());
  }
  return kept.sort((a, b) => a.value_start - b.value_start);
}
