/** Which names are the paper's own system: its family, a sized variant, not the model it builds on. */
import type { SentenceContext } from "./sentence-context";

/** What a size tier adds to its family's name: "Vim-S", "ViT-L", "Qwen-7B", "X Large". */
const SIZE_REMAINDER = /^(?:[smlbhg]|xs|xl|xxl|tiny|small|base|medium|large|huge|giant|\d+(?:\.\d+)?[mbk])$/;

/**
 * "OpenVLA" in a paper on "OpenVLA-2", "NeuS" in one on "NeuS-Fast": the model the paper builds on,
 * not the paper's own. Only a size tier ("Vim" of "Vim-S") makes the shorter name the paper's family.
 */
function isPredecessor(model: string, system: string): boolean {
  const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9+]/g, "");
  const [m, s] = [key(model), key(system)];
  return s.length > m.length && s.startsWith(m) && !SIZE_REMAINDER.test(s.slice(m.length));
}

/**
 * The system "it" stands for: "We present LongMind-8B …; it reaches 62.1%" means the one sized
 * variant the abstract introduces, not the title's family name; with several variants, the family.
 */
export function referredSystem(systems: readonly string[]): string | undefined {
  const [family, ...rest] = systems;
  if (family === undefined) return undefined;
  const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9+]/g, "");
  const sized = rest.filter(
    (s) => key(s).startsWith(key(family)) && SIZE_REMAINDER.test(key(s).slice(key(family).length)),
  );
  return sized.length === 1 ? sized[0] : family;
}

export function isSelf(sc: SentenceContext, model: string): boolean {
  const key = model.toLowerCase().replace(/[^a-z0-9]/g, "");
  return sc.paper.systems.some((s) => {
    if (isPredecessor(model, s)) return false;
    // A plural acronym ("DiTs") names the family its sized variants ("DiT-XL/2") belong to.
    const sk = s
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "")
      .replace(/(?<=[a-z0-9]{3})s$/, "");
    // A short name ("s1") must open the model's name ("s1-32B"), not merely occur in it.
    if (sk.length === 2) return /\d/.test(sk) && key.startsWith(sk);
    // A shorter name opening the system's ("Vim" of "Vim-S") is its family; one inside it ("SAM" in
    // "HQ-SAM") is the model the system improves on.
    return sk.length >= 3 && (key.includes(sk) || sk.startsWith(key));
  });
}
