/** Resolves overlaps between rules: one claim per value, the earliest rule in RULES wins. */
import type { Claim } from "./types";

export interface Candidate {
  claim: Claim;
  /** A rule consumed the value but made no claim of it: later rules must not claim it either. */
  silent: boolean;
}

export function keepFirstPerValue(candidates: readonly Candidate[]): Claim[] {
  const seen = new Set<number>();
  const kept: Claim[] = [];
  for (const { claim, silent } of candidates) {
    if (seen.has(claim.value_start)) continue;
    seen.add(claim.value_start);
    if (!silent) kept.push(claim);
  }
  return kept.sort((a, b) => a.value_start - b.value_start);
}
