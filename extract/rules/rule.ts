/** The shape every extraction rule has: a name, a pattern over one sentence, and an extract step. */
import type { NumberMention } from "../numbers";
import type { SentenceContext } from "../sentence-context";
import type { ClaimKind, RuleName } from "../types";

/** A claim as a rule sees it: offsets are within the sentence. */
export interface ClaimDraft {
  model: string;
  self: boolean;
  benchmark: string | null;
  metric: string | null;
  mention: NumberMention;
  kind: ClaimKind;
  /** Sentence span the evidence should cover at least. */
  focusStart: number;
  focusEnd: number;
  /** Consumes the value without making it a claim ("from 0% to 60%" with no baseline named). */
  silent?: boolean;
  /** Where the metric came from: written beside the value, elsewhere in the sentence, or the benchmark's usual one. */
  metricFrom?: "value" | "sentence" | "gazetteer";
  /** What changes comparability (refiners/setting.ts). */
  setting?: string | null;
  /** "on the latter" with no pair before it that says which (refiners/points-back.ts). */
  unresolvedReference?: boolean;
  /** "… X and Y, respectively" paired the value with one benchmark of an earlier list: no guess. */
  benchmarkPaired?: boolean;
  /** "pruning makes X drop from A to B": A is X before the change, untouched by the sentence's operation. */
  beforeChange?: boolean;
}

export interface Rule {
  name: RuleName;
  /** Global pattern run over each sentence; every match is offered to `extract`. */
  pattern: RegExp;
  /** A literal the sentence must contain for the pattern to match: a cheap test that skips the regex. */
  requires?: string;
  /** Drafts for one match, or null when the match is not a claim after all. */
  extract(match: RegExpExecArray, sc: SentenceContext): ClaimDraft[] | null;
}

/** The unclaimed number mention that starts at or inside [from, to), if any. */
export function mentionIn(sc: SentenceContext, from: number, to: number): NumberMention | undefined {
  return sc.numbers.find((n) => n.numStart >= from && n.numStart < to && !sc.claimed.has(n.numStart));
}
