/** The size a paper gives its own system in running text: "our 7B model", "the 32B variant". */
import { COMPARISON_CUE_ANYWHERE } from "./lexicon";
import type { SentenceContext } from "./sentence-context";

// "our 7B model achieves 71.7%, while the 32B model achieves 73.7%": each size is a model of its own.
const SIZED_OWN =
  /\b(?:[Oo]ur|[Tt]he)\s+(?:[a-z][\w-]*\s+){0,2}?(\d+(?:\.\d+)?[BM])\s+(?:model|variant|version)\b/g;

/** The paper's system at the size the clause before the value gives it, or the system alone. */
export function sizedSystem(sc: SentenceContext, system: string, pos: number): string {
  const sized = [...sc.text.slice(0, pos).matchAll(SIZED_OWN)].at(-1);
  if (!sized?.[1] || COMPARISON_CUE_ANYWHERE.test(sc.text.slice(Math.max(0, sized.index - 30), pos)))
    return system;
  // "Reasoner-7B" and "our 7B model": the name already says its size.
  return system.includes(sized[1]) ? system : `${system} ${sized[1]}`;
}
