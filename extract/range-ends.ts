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
    const { model, model_key } = first;
    // "…, 0.6% to 2.7% higher mIoU on ADE20K": a metric written after the second end is both
    // ends', and so is the benchmark read with it.
    // A metric the first end found after itself ("…-94.72% higher precision, recall, and F1")
    // was read from a list that pairs it, and stays.
    const after = (c: Claim, span: number) =>
      sc.text.slice(c.value_end - sc.offset, c.value_end - sc.offset + span);
    const firstAfter = first.metric !== null && after(first, 160).includes(first.metric);
    const written = !firstAfter && second.metric !== null && after(second, 40).includes(second.metric);
    const { metric, higher_is_better, benchmark, benchmark_key } = written ? second : first;
    const { self_reported, setting, confidence } = first;
    const kind = CHANGE_KINDS.includes(second.kind) && first.kind === "score" ? second.kind : first.kind;
    return {
      ...claim,
      ...{ model, model_key, benchmark, benchmark_key, metric, kind, higher_is_better },
      ...{ self_reported, setting, confidence, listed: false },
    };
  });
}
