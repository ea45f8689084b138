/**
 * Refiners, in the order every draft passes through them after its rule:
 * 0. size-label first: "(8B: 80.2% …)" names the family member, before the model is read by others.
 * 1. benchmark-type next: a score's benchmark that is really a model is replaced before
 *    anything is inferred from it.
 * 2. metric-context next: it reads the (corrected) benchmark's usual metric from the gazetteer.
 * 3. setting: it only adds what changes comparability and depends on nothing else.
 * 4. points-back: "on the latter" picks one of a pair, overriding the benchmark or setting read so far.
 * 5. applied-method: it reads the setting to tell the paper's run of a model from the model.
 * 6. human-baseline last: people measured on a benchmark get their own setting, whatever was read before.
 * Confidence and listing (confidence.ts) are computed from the refined draft.
 */
import { appliedMethod } from "./applied-method";
import { benchmarkType } from "./benchmark-type";
import { humanBaseline } from "./human-baseline";
import { metricContext } from "./metric-context";
import type { Refiner } from "./refiner";
import { pointsBack } from "./points-back";
import { setting } from "./setting";
import { sizeLabel } from "./size-label";

export const REFINERS: readonly Refiner[] = [
  sizeLabel,
  benchmarkType,
  metricContext,
  setting,
  pointsBack,
  appliedMethod,
  humanBaseline,
];
