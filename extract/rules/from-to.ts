/**
 * "improves the pass@1 of DeepSeek-R1 on AIME2024 from 78.33% to 85.67%": two scores. The first
 * belongs to the baseline named after "of"/"with"; the second to the subject (or, when the
 * subject is not named, to the same baseline run the paper's way).
 */
import { metricAfter, metricDirection } from "../metric";
import { lastMetric } from "../metric-spans";
import type { NumberMention } from "../numbers";
import { resolveBenchmark } from "../resolve-benchmark";
import { isSelf, resolveModel } from "../resolve-model";
import type { SentenceContext } from "../sentence-context";
import { isNameLike } from "../names";
import { isSetting } from "./draft";
import { continuedAfter, SETTING_CHANGED, shotsOf } from "./from-to-ends";
import { comparedAfter, improvedObject, possessedChange } from "./from-to-owner";
import { startOwner } from "./from-to-start";
import {
  acrossBenchmarks,
  benchmarkBeforeFrom,
  changedBenchmarkIn,
  changedMetricIn,
  FROM_VALUE,
  metricBeforeFrom,
  OWN_BENCHMARK,
} from "./from-to-benchmark";
import { openingRival } from "../comparison-scope";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";
import { isDegradation, PAPER_METHOD, paperRunOf } from "./paper-run";

const RESULT_UNITS = new Set(["%", "FPS", "tokens/s", "points"]);

const PAREN_OWNER_TO = /^\s*\(([A-Z][^()]{0,40})\)\s+to\s+(?:an?\s+)?$/;

// "from 17.4% to an impressive 57.3%": praise or "just" between "to" and B changes nothing.
const TO_B =
  /^\s+(?:\([a-z][a-z-]{2,20}\)\s+)?(?:[\w-]+\s+){0,4}?to\s+(?:an?\s+)?(?:(?:impressive|remarkable|record|new|unprecedented|state-of-the-art|striking|notable|just|only)\s+)?$/;

export const fromTo: Rule = {
  name: "from-to",
  requires: "from",
  pattern: FROM_VALUE,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const a = mentionIn(sc, at, at + 2);
    // B is the value right after A, with at most a few words and "to" between them ("from 18.45%
    // (baseline) to 23.63%": a one-word note too; "(claude-sonnet-4)" names an owner of its own).
    const next = a && sc.numbers[sc.numbers.indexOf(a) + 1];
    const between = a && next ? sc.text.slice(a.end, next.start) : "";
    // "from 68.3% (CLIP ViT-B/16) to 72.9%": the parentheses name whose the starting value is.
    const owned = PAREN_OWNER_TO.exec(between);
    const b = next && next.start - a.end < 80 && (owned || TO_B.test(between)) ? next : undefined;
    const owner = owned?.[1] && isNameLike(owned[1].split(/\s/)[0]!) ? owned[1] : null;
    // "ranged from 0.62 to 0.985": the ends of a spread (number-ranges.ts), not a change.
    if (!a || !b || b.rangeFrom === a.numStart) return null;
    // "CLIP drops from 76.2% on ImageNet to 41.5% on ImageNet-A": one model on two benchmarks.
    if (OWN_BENCHMARK.test(between)) return acrossBenchmarks(sc, a, b);
    const pair = pairDrafts(sc, match.index, a, b, owner);
    return pair && [...pair, ...continuedAfter(sc, b, pair[1]!)];
  },
};

/**
 * Two values of one change ("from A to B", "A → B") at `at`: A belongs to the baseline named
 * before, B to the subject named in the sentence, or to the baseline run the paper's way.
 */
export function pairDrafts(
  sc: SentenceContext,
  at: number,
  a: NumberMention,
  b: NumberMention,
  ownerOfA: string | null = null,
): ClaimDraft[] | null {
  if (isSetting(sc, b)) return null;
  const unit = b.unit || a.unit;
  // "while changing the compression ratio only from 0.30 to 0.31": a setting moved, no result.
  if (unit === "" && SETTING_CHANGED.test(sc.text.slice(Math.max(0, at - 40), at))) return null;
  // "from 41.0% to 52.3% accuracy": a metric written after the end value measures both.
  const listedMetric = metricBeforeFrom(sc, at);
  const metric =
    listedMetric ?? lastMetric(sc.text.slice(Math.max(0, at - 80), at)) ?? metricAfter(sc.text, b.end);
  if (!RESULT_UNITS.has(unit) && !metric) return null;
  const { found, reworked } = startOwner(sc, at, b.end, ownerOfA);
  // "cSm from C to D" in a list of changes: the measure before "from" owns no value.
  const own = (found === listedMetric ? null : found) ?? reworked;
  // A rival named after the change ("… to 83.7 over LayoutLMv3") is compared, not improved on.
  const rival = own === null ? (comparedAfter(sc, b.end) ?? openingRival(sc, at)) : null;
  const baseline = own ?? rival;
  // "improving FinQA from A to B, MGSM from C to D": a benchmark of the list is no subject.
  const resolved = resolveModel(sc, at);
  const subject =
    resolved && (changedBenchmarkIn(sc, resolved.name) || changedMetricIn(sc, resolved.name))
      ? null
      : resolved;
  const benchmark = benchmarkBeforeFrom(sc, at) ?? resolveBenchmark(sc, a.start, b.end, sc.text.length);
  const draft = (mention: NumberMention, model: string, self: boolean): ClaimDraft => ({
    model,
    self,
    benchmark,
    metric,
    mention: { ...mention, unit },
    kind: "score",
    focusStart: Math.min(at, a.start),
    focusEnd: b.end,
  });
  // A subject named in the sentence wins; else the baseline run the paper's way; else the paper's system.
  // "and boosts Fin-R1 (7B) from A to B": the improved model's own run ends at B, whoever acts.
  const named =
    reworked === null &&
    !improvedObject(sc, baseline, at) &&
    (subject?.inSentence || (rival !== null && subject !== null)) &&
    subject?.name !== baseline
      ? subject
      : null;
  // "LoopCD-Hidden lifts Huginn's pass@1 from A to B": B is Huginn run with the method named.
  const possessed = baseline === null ? null : possessedChange(sc, at);
  // "EdgeSAM-X improves the mask AP of SAM": a method named after the model it improves replaces it.
  const acting = possessed?.owner === baseline ? (possessed.actor ?? named?.name) : undefined;
  const actor = acting && baseline && !acting.includes(baseline) ? acting : undefined;
  // "pruning causes LLaVA's accuracy to drop from A to B": B is LLaVA hurt, not run the paper's way.
  const hurt = baseline !== null && !actor && isDegradation(sc, at, metricDirection(metric));
  const run =
    baseline &&
    (hurt ? { name: baseline, self: isSelf(sc, baseline) } : { name: paperRunOf(sc, baseline), self: true });
  const winner = actor ? { name: `${baseline} + ${actor}`, self: true } : (named ?? run ?? subject);
  // A list's benchmark as the only owner: the values are read, and kept off every row.
  if (!winner)
    return resolved ? [a, b].map((m) => ({ ...draft(m, resolved.name, false), silent: true })) : null;
  // Without a named baseline the starting value has no owner we can name: consume it silently.
  // "Zero123-XL improves PSNR from 18.7 to 20.9 relative to Zero123": a baseline whose name opens
  // the winner's is the model it grew from, not the paper's own.
  const grewFrom = baseline !== null && baseline !== winner.name && winner.name.startsWith(baseline);
  const firstShots = baseline ? null : shotsOf(sc, a, b.start);
  const first = baseline
    ? { ...draft(a, baseline, isSelf(sc, baseline) && !grewFrom), beforeChange: hurt }
    : firstShots
      ? { ...draft(a, winner.name, winner.self), setting: firstShots }
      : { ...draft(a, winner.name, winner.self), silent: true };
  const ownShots = baseline ? null : shotsOf(sc, b, b.end + 20);
  const second = ownShots
    ? { ...draft(b, winner.name, winner.self), setting: ownShots }
    : draft(b, winner.name, winner.self);
  // The baseline run the paper's way, when the method has no name: never ranked as the plain model.
  return [
    first,
    !named && !hurt && baseline && winner.name === baseline ? { ...second, setting: PAPER_METHOD } : second,
  ];
}
