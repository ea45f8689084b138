/**
 * "improve p95 TTFT by 6.9-15.5%": the second end of a range is the same claim's other value, so it
 * is read as the first end was (who, where, what), whatever words stand next to it. The words after
 * the range ("75-85% reductions") are read best from the second end: a change either end sees is
 * both ends'. A range is no single result, so neither end is listed on a leaderboard.
 */
import type { SentenceContext } from "./sentence-context";
import type { Claim, ClaimKind } from "./types";

const CHANGE_KINDS: readonly ClaimKind[] = ["delta", "speedup"];

export function alignRangeEnds(claims: Claim[], sc: SentenceContext): Claim[] {
  const ends = sc.numbers.filter((n) => n.rangeFrom !== undefined);
  if (ends.length === 0) return claims;
  const byStart = new Map(claims.map((c) => [c.value_start, c]));
  const pairs = new Map<Claim, Claim>();
  for (const end of ends) {
    const second = byStart.get(sc.offset + end.numStart);
    const first = byStart.get(sc.offset + end.rangeFrom!);
    if (first && second) pairs.set(first, second).set(second, first);
  }
  return claims.map((claim) => {
    const other = pairs.get(claim);
    if (!other) return claim;
    const [first, second] = claim.value_start < other.value_start ? [claim, other] : [other, claim];
    const { model, model_key, benchmark, benchmark_key, metric, higher_is_better } = first;
    const { self_reported, setting, confidence } = first;
    const kind = CHANGE_KINDS.includes(second.kind) && first.kind === "score" ? second.kind : first.kind;
    return {
      ...claim,
      ...{ model, model_key, benchmark, benchmark_key, metric, kind, higher_is_better },
      ...{ self_reported, setting, confidence, listed: false },
    };
  });
}
