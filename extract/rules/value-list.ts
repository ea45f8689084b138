/**
 * Lists of values read in parallel: "53.1% / 54.3% AP", "4.85 and 10.88 points on Ruler-128K and
 * InfiniteBench", "1.79x and 1.93x speedups, respectively". The i-th value goes to the i-th
 * benchmark named after the list, or else the i-th model of a subject list ("RT-DETR-R50 / R101").
 */
import { isRivalsValue } from "../comparison-scope";
import { classifyKind } from "../classify";
import { isKnownBenchmark } from "../gazetteer";
import { metricAfter } from "../metric";
import type { NumberMention } from "../numbers";
import { resolveBenchmark } from "../resolve-benchmark";
import { comparedOwnerAfter } from "../owner-after";
import { isSelf, resolveModel } from "../resolve-model";
import { isSetting, UNIT_METRIC } from "./draft";
import { mirroredList } from "./mirrored-list";
import { listBenchmarks } from "./list-benchmarks";
import { listMetric, perItemMetrics } from "./list-metrics";
import { listSettings } from "../splits";
import { expandSubjectList } from "./subject-list";
import { mentionIn, type ClaimDraft, type Rule } from "./rule";
import { listItems } from "./list-items";
import { ownerOfParen } from "./paren-owner";
import type { SentenceContext } from "../sentence-context";

const RESULT_UNITS = new Set(["%", "x", "FPS", "tokens/s", "points", "dB"]);
const SCORED_BEFORE =
  /\b(?:scor(?:es|ed|ing)|achiev(?:es|ed|ing)|reach(?:es|ed|ing)|attain(?:s|ed|ing))\s+$/i;

export const valueList: Rule = {
  name: "value-list",
  pattern:
    /(?<![\w.\-/^])[+~]?\d[\d.,]*\s?(?:%|x|×|dB|mm)?(?:\s+[A-Za-z][\w@^-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*|\s+to\s+)[+~]?\d/g,
  extract(match, sc) {
    const first = mentionIn(sc, match.index, match.index + 2);
    if (!first) return null;
    const items = listItems(sc, first);
    const last = items.at(-1)!;
    if (items.length < 2) return null;
    // "an NDCG@20 of 0.0589, 8.3% and 9.1% higher": a bare value before items that carry a unit of
    // their own (not only the last) is no item of their list.
    if (first.unit === "" && items.slice(1, -1).some((m) => m.unit !== "")) return null;
    const unit = last.unit || first.unit;
    // Mixed units are one list only when they answer a list of measures named before (below).
    const mixed = items.some((m) => m.unit && m.unit !== unit);
    const metric = listMetric(sc, items, UNIT_METRIC[unit]);
    const span: NumberMention = { ...first, end: last.end, unit };
    const kind = classifyKind(sc.text, span);
    if (isSetting(sc, span)) return null;
    const noSignal = !RESULT_UNITS.has(unit) && !metric && kind !== "delta";
    // "outperforming StarCoder2-15B (46.3% and 55.1%)": the whole list is the compared model's.
    const inParen = parenListOwner(sc, first.start, last.end);
    const compared = inParen ? null : comparedOwnerAfter(sc, first.start, last.end);
    const { benchmarks, respectively, respective, fromPrevious } = listBenchmarks(
      sc,
      items,
      inParen !== null,
    );
    // "adopt X in Fast R-CNN, Faster R-CNN and RetinaNet, respectively improving mAP by …": the
    // models the list is on are its benchmarks (as "4.9x faster on FLUX"); who gains is named before them.
    const nearest = inParen
      ? { name: inParen, self: isSelf(sc, inParen) }
      : (compared ?? resolveModel(sc, first.start));
    const listAt = benchmarks[0] ? sc.text.lastIndexOf(benchmarks[0], first.start) : -1;
    // A subject found inside the list is one of its items: the owner is named before the list, if anywhere.
    const inList = nearest !== null && listAt >= 0 && benchmarks.includes(nearest.name);
    const subject = inList ? (resolveModel(sc, listAt) ?? nearest) : nearest;
    if (!subject || (!inParen && !compared && isRivalsValue(sc, first.start, subject.name))) return null;
    // "scores 68.4, 62.2 and 79.6, respectively" after MMLU, HumanEval and GSM8K: bare numbers
    // paired one to one with benchmarks the gazetteer knows are scores on them.
    // "on ImgEdit and GEdit-Bench, scoring 4.49 and 7.83, respectively": a verb of scoring pairs
    // them too, whatever the lists know.
    const scored =
      respectively && SCORED_BEFORE.test(sc.text.slice(Math.max(0, first.start - 30), first.start));
    const onKnown =
      (respectively || inParen !== null) &&
      benchmarks.length === items.length &&
      (scored || benchmarks.every(isKnownBenchmark));
    // "a similarity of 0.580 and a WER of 5.9 …, against 0.508 and 7.7 for YourTTS": a compared
    // model's list that names no metric answers the subject's one by one, metrics and benchmarks.
    const mirrored = compared || inParen ? mirroredList(sc, first, items.length) : null;
    const mirror =
      mirrored?.every((m) => m.metric !== null) && metricAfter(sc.text, last.end) === null ? mirrored : null;
    if ((noSignal && !onKnown && !mirror) || (mixed && !mirror)) return null;
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
    const splits = listSettings(sc.text, first.start, last.end, items.length);
    const metrics = perItemMetrics(sc, items, metric);
    const drafts = items.map((mention, i): ClaimDraft => {
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
        ...(fromPrevious ? { benchmarkPaired: true } : {}),
      };
    });
    // "On A, B, and C, it achieves 71.9%, 72.7%, and 96.5%, respectively" with the pairing lost:
    // values said to differ item by item never share one row; they are read and kept off the boards.
    const rowOf = (d: ClaimDraft) => [d.model, d.benchmark, d.metric, d.setting].join("|");
    return respectively && kind === "score" && drafts[0]!.benchmark && new Set(drafts.map(rowOf)).size === 1
      ? drafts.map((d) => ({ ...d, silent: true }))
      : drafts;
  },
};

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
