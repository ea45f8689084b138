/**
 * "improve p95 TTFT by 6.9-15.5%": the second end of a range is the same claim's other value, so it
 * is read as the first end was (who, where, what, which kind), whatever words stand next to it.
 */
import type { SentenceContext } from "./sentence-context";
import type { Claim } from "./types";

export function alignRangeEnds(claims: Claim[], sc: SentenceContext): Claim[] {
  const ends = sc.numbers.filter((n) => n.rangeFrom !== undefined);
  if (ends.length === 0) return claims;
  const byStart = new Map(claims.map((c) => [c.value_start, c]));
  return claims.map((claim) => {
    const end = ends.find((n) => sc.offset + n.numStart === claim.value_start);
    const first = end ? byStart.get(sc.offset + end.rangeFrom!) : undefined;
    if (!first) return claim;
    const { model, model_key, benchmark, benchmark_key, metric, kind, higher_is_better } = first;
    const { self_reported, setting, confidence, listed } = first;
    return {
      ...claim,
      ...{ model, model_key, benchmark, benchmark_key, metric, kind, higher_is_better },
      ...{ self_reported, setting, confidence, listed },
    };
  });
}
