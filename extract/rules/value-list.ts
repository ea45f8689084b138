/**
 * Lists of values read in parallel: "53.1% / 54.3% AP", "4.85 and 10.88 points on Ruler-128K and
 * InfiniteBench", "1.79x and 1.93x speedups, respectively". The i-th value goes to the i-th
 * benchmark named after the list, or else the i-th model of a subject list ("RT-DETR-R50 / R101").
 */
import { classifyKind } from "../classify";
import { isKnownBenchmark } from "../gazetteer";
import { metricAfter } from "../metric";
import { metricBefore } from "../metric-before";
import type { NumberMention } from "../numbers";
import { benchmarkListAfter, benchmarksBefore, resolveBenchmark } from "../resolve-benchmark";
import { nextScopeOpener } from "../clause-scope";
import { comparedOwnerAfter } from "../owner-after";
import { isSelf, resolveModel } from "../resolve-model";
import { isSetting, UNIT_METRIC } from "./draft";
import { mirroredList } from "./mirrored-list";
import {
  metricListAfter,
  metricListBefore,
  respectiveMetrics,
  slashMetricsBefore,
} from "./respective-metrics";
import { conditionsAfter, splitsAfter, splitsBefore } from "../splits";
import { expandSubjectList } from "./subject-list";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";
import { ownerOfParen } from "./name-paren-values";
import type { SentenceContext } from "../sentence-context";

const RESULT_UNITS = new Set(["%", "x", "FPS", "tokens/s", "points", "dB"]);
const MAX_ITEMS = 12;
const SEPARATOR = /^\s*(?:,\s*(?:and\s+)?|,?\s*and\s+|\/\s*)$/;
// "3x to 7x" is a range of two results; "0% to 60%" is a change, left to from-to.
const RANGE = /^\s*to\s+$/;

export const valueList: Rule = {
  name: "value-list",
  pattern:
    /(?<![\w.\-/^])[+~]?\d[\d.,]*\s?(?:%|x|×|dB|mm)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*|\s+to\s+)[+~]?\d/g,
  extract(match, sc) {
    const first = mentionIn(sc, match.index, match.index + 2);
    if (!first) return null;
    const items = [first];
    // Walk the following values by index; a "list" longer than any real one is not a list.
    for (let i = sc.numbers.indexOf(first) + 1; i < sc.numbers.length && items.length < MAX_ITEMS; i++) {
      const next = sc.numbers[i]!;
      if (!joins(sc.text.slice(items.at(-1)!.end, next.start), next)) break;
      items.push(next);
    }
    const last = items.at(-1)!;
    if (items.length < 2) return null;
    const unit = last.unit || first.unit;
    if (items.some((m) => m.unit && m.unit !== unit)) return null;
    const slashed = items.every(
      (m, i) => i === 0 || /^\s*\/\s*$/.test(sc.text.slice(items[i - 1]!.end, m.start)),
    );
    const metric =
      metricAfter(sc.text, last.end) ??
      metricBefore(sc.text, first.start) ??
      UNIT_METRIC[unit] ??
      (slashed ? slashMetricsBefore(sc, first.start, items.length) : null);
    const span: NumberMention = { ...first, end: last.end, unit };
    const kind = classifyKind(sc.text, span);
    if (isSetting(sc, span)) return null;
    const noSignal = !RESULT_UNITS.has(unit) && !metric && kind !== "delta";
    // "outperforming StarCoder2-15B (46.3% and 55.1%)": the whole list is the compared model's.
    const inParen = parenListOwner(sc, first.start, last.end);
    const compared = inParen ? null : comparedOwnerAfter(sc, first.start, last.end);
    const subject = inParen
      ? { name: inParen, self: isSelf(sc, inParen) }
      : (compared ?? resolveModel(sc, first.start));
    if (!subject) return null;
    // ", and on the TED-LIUM 3 test set 4.2%": a later value's own clause names nothing of this list's.
    const after = inParen ? [] : benchmarkListAfter(sc, last.end, nextScopeOpener(sc, last.end));
    // "55.2% on AIME and 83.4% on MATH, up from 13.3% and 79.8%, respectively": pair with the ones named before.
    // "GPT-4o, which scores 92.8% and 85.7%": a compared model's list answers the subject's one by one.
    const respectively =
      /^[^.;]{0,40}\brespectively\b/.test(sc.text.slice(last.end)) ||
      /\b(?:which|who|whereas|while)\b[^,;.()]{0,40}$/.test(
        sc.text.slice(Math.max(0, first.start - 50), first.start),
      );
    // "On NQ and TriviaQA, X achieves 54.3 and 71.2": with none named after, exactly as many
    // benchmarks named before pair one to one too.
    const before = after.length !== items.length ? benchmarksBefore(sc, first.start) : [];
    const earlier =
      (respectively || inParen) && after.length !== items.length
        ? before.slice(-items.length)
        : after.length === 0 && before.length === items.length
          ? before
          : [];
    const respective =
      respectively && after.length === 0 && metricAfter(sc.text, last.end) === null
        ? respectiveMetrics(sc, first.start, items.length)
        : null;
    const benchmarks = respective?.benchmark
      ? items.map(() => respective.benchmark!)
      : earlier.length === items.length
        ? earlier
        : after;
    // "scores 68.4, 62.2 and 79.6, respectively" after MMLU, HumanEval and GSM8K: bare numbers
    // paired one to one with benchmarks the gazetteer knows are scores on them.
    const onKnown =
      (respectively || inParen !== null) &&
      benchmarks.length === items.length &&
      benchmarks.every(isKnownBenchmark);
    // "a similarity of 0.580 and a WER of 5.9 …, against 0.508 and 7.7 for YourTTS": a compared
    // model's list that names no metric answers the subject's one by one, metrics and benchmarks.
    const mirrored = compared || inParen ? mirroredList(sc, first, items.length) : null;
    const mirror =
      mirrored?.every((m) => m.metric !== null) && metricAfter(sc.text, last.end) === null ? mirrored : null;
    if (noSignal && !onKnown && !mirror) return null;
    // "an accuracy of 93.4%, 2.1% higher than X": two values joined by a bare comma are a value and
    // a remark on it, unless something pairs them. ", and" likewise starts a clause: a list of two
    // takes no comma ("surpassing Y by 2.3%, and 74.9% mIoU on S3DIS").
    if (
      items.length === 2 &&
      !respectively &&
      !inParen &&
      /^\s*,\s*(?:and\s+)?$/.test(sc.text.slice(first.end, last.start))
    )
      return null;
    const models = expandSubjectList(sc, subject.name, first.start, items.length);
    const fallbackBenchmark = benchmarks[0] ?? resolveBenchmark(sc, first.start, last.end, sc.text.length);
    // "2.1%/4.3% ... on test/testother" (or the splits named first): each value its split (a setting), not one shared board.
    const splits =
      splitsAfter(sc.text, last.end, items.length) ??
      conditionsAfter(sc.text, last.end, items.length) ??
      splitsBefore(sc.text, first.start, items.length);
    const metrics =
      metricListAfter(sc, last.end, items.length) ??
      metricListBefore(sc, first.start, items.length) ??
      splitMetricList(metric, items.length);
    return items.map((mention, i): ClaimDraft => {
      const pairModels = models.length === items.length && benchmarks.length !== items.length;
      const model = pairModels ? models[i]! : subject.name;
      return {
        model,
        self: subject.self || isSelf(sc, model),
        benchmark:
          mirror?.[i]?.benchmark ?? (benchmarks.length === items.length ? benchmarks[i]! : fallbackBenchmark),
        metric: mirror?.[i]?.metric ?? respective?.metrics[i] ?? metrics[i] ?? metric,
        // A unit is shared when written once at the list's end ("40.2 / 43.8%"), not when only the
        // first value carries it ("85.1%/52.3/50.1" on three benchmarks); never a "%" over 100.
        mention: {
          ...mention,
          unit: mention.unit || (!last.unit || (unit === "%" && mention.value > 100) ? "" : unit),
          qualifier: first.qualifier,
        },
        kind,
        focusStart: first.start,
        focusEnd: last.end,
        ...(splits ? { setting: splits[i]! } : {}),
      };
    });
  },
};

/**
 * "ROUGE-1/2/L of 47.2/23.1/44.0", "AP/AP50/AP75": one metric per value. A bare part ("2", "L")
 * continues the first part's name ("ROUGE-" + "2"); words after the list ("accuracy") stay on each.
 */
function splitMetricList(metric: string | null, count: number): string[] {
  const [head = "", ...rest] = metric?.split(" ") ?? [];
  const parts = head.split("/");
  if (parts.length !== count || parts.some((p) => p === "")) return [];
  const prefix = /^(.*[-@_])[^-@_]+$/.exec(parts[0]!)?.[1] ?? "";
  const names = parts.map((p, i) => (i > 0 && p.length <= 2 && prefix ? prefix + p : p));
  return names.map((name) => [name, ...rest].join(" "));
}

/** The model named right before "(" when the list fills the parentheses ("Y (46.3% and 55.1%)"). */
function parenListOwner(sc: SentenceContext, start: number, end: number): string | null {
  const open = sc.text.lastIndexOf("(", start);
  // "(90.0% and 56.7%, respectively)": the closing word may stand inside the parentheses.
  if (
    open < 0 ||
    sc.text.slice(open + 1, start).trim() !== "" ||
    !/^\s*(?:,?\s*respectively\s*)?\)/.test(sc.text.slice(end))
  )
    return null;
  return ownerOfParen(sc, open)?.text ?? null;
}

function joins(gap: string, next: NumberMention): boolean {
  return SEPARATOR.test(gap) || (next.unit === "x" && RANGE.test(gap));
}
