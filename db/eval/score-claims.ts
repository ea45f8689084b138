/**
 * The scorer for extracted claims, with exactly the matching rules of the reference scorer
 * (tests/fixtures/score.py, a copy of the shared eval/score.py): same kind, equal value, same unit
 * class, model and benchmark names equal or contained after normalisation; each gold claim matched
 * at most once, greedily.
 * Strict scoring adds what a leaderboard row needs: the metric with its numbers (synonyms as
 * one), no benchmark where the gold has none, the same numbers in the model name, self_reported.
 */
import type { ClaimKind } from "../../extract/types";

export interface GoldClaim {
  model: string;
  model_alt?: string[];
  benchmark: string | null;
  benchmark_alt?: string[];
  value: number;
  unit: string;
  kind: ClaimKind;
  evidence?: string;
  metric?: string | null;
  metric_alt?: string[];
  self_reported?: boolean | null;
}

export interface GoldPaper {
  title: string;
  claims: GoldClaim[];
}

export interface PredictedClaim {
  title: string;
  model: string | null;
  benchmark: string | null;
  value: number;
  unit: string;
  kind: string;
  metric?: string | null;
  self_reported?: boolean;
}

export interface ScoreResult {
  tp: number;
  pred: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  misses: GoldClaim[];
  falsePositives: PredictedClaim[];
}

const norm = (s: string | null | undefined): string => (s ?? "").toLowerCase().replace(/[^0-9a-z]/g, "");

export function namesMatch(pred: string | null, names: readonly string[]): boolean {
  const p = norm(pred);
  if (!p) return false;
  return names.some((name) => {
    const g = norm(name);
    if (!g) return false;
    if (p === g) return true;
    const [short, long] = p.length <= g.length ? [p, g] : [g, p];
    return short.length >= 4 && long.includes(short);
  });
}

const unitClass = (u: string | null | undefined): string =>
  ["%", "\\%", "percent"].includes((u ?? "").trim()) ? "%" : "other";
const titleKey = (t: string): string => norm(t).slice(0, 120);
const titleWords = (t: string): Set<string> => new Set((t ?? "").toLowerCase().match(/[0-9a-z]+/g) ?? []);

function resolveTitle(title: string, golds: Map<string, Set<string>>): string | null {
  const key = titleKey(title);
  if (golds.has(key)) return key;
  const words = titleWords(title);
  let best: string | null = null;
  let bestJ = 0;
  for (const [gk, gw] of golds) {
    const union = new Set([...words, ...gw]).size;
    const j = union ? [...words].filter((w) => gw.has(w)).length / union : 0;
    if (j > bestJ) [best, bestJ] = [gk, j];
  }
  return bestJ >= 0.7 ? best : null;
}

function matches(p: PredictedClaim, g: GoldClaim, strict: boolean): boolean {
  if (g.kind !== (p.kind ?? "score") || Math.abs(Number(p.value) - Number(g.value)) > 1e-9) return false;
  if (unitClass(p.unit) !== unitClass(g.unit)) return false;
  if (!namesMatch(p.model, [g.model, ...(g.model_alt ?? [])])) return false;
  if (g.benchmark !== null && !namesMatch(p.benchmark, [g.benchmark, ...(g.benchmark_alt ?? [])]))
    return false;
  return !strict || strictMatches(p, g);
}

/** Metric spellings one leaderboard tab holds (the reference scorer's METRIC_SYNONYMS). */
const METRIC_SYNONYMS = [
  new Set(["fps", "throughput", "framespersecond", "tokenss", "tokenspersecond"]),
  new Set(["ap", "map", "boxap", "apbox", "averageprecision", "meanaverageprecision"]),
];
const digits = (s: string | null | undefined): string => (norm(s).match(/[0-9]+/g) ?? []).join(",");

function strictNamesMatch(
  pred: string | null | undefined,
  names: readonly string[],
  shortOk = false,
): boolean {
  const p = norm(pred);
  return names.some((n) => {
    const g = norm(n);
    if (!g || !p) return false;
    const same = p === g || namesMatch(pred ?? null, [n]) || (shortOk && (p.includes(g) || g.includes(p)));
    return same && digits(pred) === digits(n);
  });
}

function metricMatches(p: PredictedClaim, g: GoldClaim): boolean {
  const names = [g.metric ?? "", ...(g.metric_alt ?? [])];
  if (strictNamesMatch(p.metric, names, true)) return true;
  const said = [norm(p.metric), norm(p.unit)].filter(Boolean);
  return METRIC_SYNONYMS.some(
    (group) => said.some((s) => group.has(s)) && names.some((n) => group.has(norm(n))),
  );
}

function strictMatches(p: PredictedClaim, g: GoldClaim): boolean {
  if (g.metric && !metricMatches(p, g)) return false;
  if (g.benchmark === null && p.benchmark !== null && p.benchmark !== "") return false;
  if (!strictNamesMatch(p.model, [g.model, ...(g.model_alt ?? [])])) return false;
  return (
    p.self_reported === undefined ||
    g.self_reported === undefined ||
    g.self_reported === null ||
    p.self_reported === g.self_reported
  );
}

export function scoreClaims(
  goldPapers: readonly GoldPaper[],
  predicted: readonly PredictedClaim[],
  kinds: ReadonlySet<string>,
  strict = false,
): ScoreResult {
  const gold = new Map<string, GoldClaim[]>();
  const words = new Map<string, Set<string>>();
  for (const row of goldPapers) {
    gold.set(
      titleKey(row.title),
      row.claims.filter((c) => kinds.has(c.kind)),
    );
    words.set(titleKey(row.title), titleWords(row.title));
  }
  const preds = new Map<string, PredictedClaim[]>();
  for (const c of predicted) {
    if (!kinds.has(c.kind ?? "score")) continue;
    const key = resolveTitle(c.title ?? "", words);
    if (key !== null) preds.set(key, [...(preds.get(key) ?? []), c]);
  }
  const result: ScoreResult = {
    tp: 0,
    pred: 0,
    gold: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    misses: [],
    falsePositives: [],
  };
  for (const [key, claims] of gold) {
    const used = claims.map(() => false);
    result.gold += claims.length;
    for (const p of preds.get(key) ?? []) {
      result.pred++;
      const hit = claims.findIndex((g, i) => !used[i] && matches(p, g, strict));
      if (hit < 0) result.falsePositives.push(p);
      else [used[hit], result.tp] = [true, result.tp + 1];
    }
    result.misses.push(...claims.filter((_, i) => !used[i]));
  }
  result.precision = result.pred ? result.tp / result.pred : 0;
  result.recall = result.gold ? result.tp / result.gold : 0;
  result.f1 =
    result.precision + result.recall
      ? (2 * result.precision * result.recall) / (result.precision + result.recall)
      : 0;
  return result;
}
