/** The extractor's scores on every gold set there is, for the About page: computed once per server process. */
import { defaultGoldSets, scoreSet, type SetFigures } from "../eval/gold-sets";

let cached: SetFigures[] | null | undefined;

export function evalFigures(): SetFigures[] | null {
  if (cached !== undefined) return cached;
  try {
    cached = defaultGoldSets().map((set) => scoreSet(set));
  } catch {
    cached = null;
  }
  return cached;
}
