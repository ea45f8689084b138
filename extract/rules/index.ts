/**
 * The rules, in the order they are tried. Each value in a sentence becomes at most one claim, and
 * the first rule to claim it wins (see refine.ts), so the order encodes which reading is more
 * specific:
 * 1. from-to: "from A to B" makes two scores with different owners; read alone, A would be given
 *    to the sentence's subject.
 *    value-arrow: "A → B" is the same change written with an arrow.
 *    raises-to: "boosts the accuracy of X to B": B is X run the paper's way, not the subject's.
 * 2. value-list: a value in a list is paired by position with a list of benchmarks or models;
 *    read alone it would be paired by proximity, which is wrong for all but the last item.
 * 3. name-colon-value: "WeTok: 0.12 vs. FLUX-VAE: 0.18" names the owner explicitly; paren-versus,
 *    "(67.5 vs. 45.0)" after "X outperforms Y", gives the second value to Y, not to X;
 *    value-versus, "94.9% vs. 93.6%" or "78.6% (vs. 75.5% baseline)", likewise, outside a parenthesis.
 *    name-paren-values: "X (56 FPS V100, 55.9% AP)" gives the measures to X, even after "outperforms";
 *    paren-name-value: "the prior best (LLFF, 24.88)" gives the value to the model named inside.
 * 4. solves-count: "solves 49 out of 658 problems" has no unit, and 658 must not become a claim.
 * 5. metric-of-value and 6. paren-value: unit-less values made claims by the words around them.
 * 7. value-unit: the general rule for any value with a result unit or metric.
 */
import { fromTo } from "./from-to";
import { metricOfValue } from "./metric-of-value";
import { nameColonValue } from "./name-colon-value";
import { parenValue } from "./paren-value";
import { nameParenValues } from "./name-paren-values";
import { parenNameValue } from "./paren-name-value";
import { parenVersus } from "./paren-versus";
import { raisesTo } from "./raises-to";
import type { Rule } from "./rule";
import { solvesCount } from "./solves-count";
import { valueArrow } from "./value-arrow";
import { valueList } from "./value-list";
import { valueUnit } from "./value-unit";
import { valueVersus } from "./value-versus";

export const RULES: readonly Rule[] = [
  fromTo,
  valueArrow,
  raisesTo,
  valueList,
  nameColonValue,
  parenVersus,
  valueVersus,
  nameParenValues,
  parenNameValue,
  solvesCount,
  metricOfValue,
  parenValue,
  valueUnit,
];
