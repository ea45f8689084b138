/**
 * "outperform all prior models on ImageNet 512x512 and 256x256, achieving an FID of 2.27 on the
 * latter": a value said to be on "the latter" (or "the former") of a pair named before it is on
 * that one. A pair of resolutions sets the setting; a pair of names sets the benchmark. A pair this
 * cannot read leaves the draft marked, and confidence.ts keeps it off the leaderboards.
 */
import type { ClaimDraft } from "../rules/rule";
import type { SentenceContext } from "../sentence-context";
import type { Refiner } from "./refiner";

const POINTS_BACK = /^\s*(?:[\w-]+\s+){0,2}?(?:on|in|for|of)\s+the\s+(latter|former)\b/i;
const RESOLUTION = /^(\d{2,4}) ?[×x] ?(\d{2,4})$/;
const PAIR = /([\w.+×-]+(?: [\w.+×-]+)?)\s+and\s+([\w.+×-]+)/g;

export const pointsBack: Refiner = {
  name: "points-back",
  refine(draft, sc) {
    const which = POINTS_BACK.exec(sc.text.slice(draft.mention.end, draft.mention.end + 40))?.[1];
    if (!which) return draft;
    const pair = [...sc.text.slice(0, draft.mention.start).matchAll(PAIR)].at(-1);
    // "on CIFAR-10 and ImageNet": the first item may carry the preposition before it.
    const chosen = pair?.[which.toLowerCase() === "latter" ? 2 : 1]?.replace(/^[a-z]+\s+/, "");
    const other = pair?.[which.toLowerCase() === "latter" ? 1 : 2];
    if (!chosen || !other) return { ...draft, unresolvedReference: true };
    const resolution = RESOLUTION.exec(chosen);
    const otherResolution = RESOLUTION.exec(other.split(" ").at(-1) ?? "");
    if (resolution && otherResolution) return onResolution(draft, `${resolution[1]}×${resolution[2]}`);
    const named = nameFor(sc, chosen);
    const otherName = nameFor(sc, other);
    if (named && otherName && draft.benchmark !== null)
      return {
        ...draft,
        benchmark: named.text,
        setting: withoutPartsOf(draft.setting ?? null, otherName.text),
      };
    return { ...draft, unresolvedReference: true };
  },
};

/** The chosen resolution is the setting's, and no resolution stays in the benchmark's name. */
function onResolution(draft: ClaimDraft, resolution: string): ClaimDraft {
  const kept = (draft.setting ?? "").split(", ").filter((part) => part !== "" && !/\d ?[×x] ?\d/.test(part));
  const benchmark = draft.benchmark?.replace(/\s*\d{2,4} ?[×x] ?\d{2,4}\b/, "").trim() || draft.benchmark;
  return { ...draft, benchmark: benchmark ?? null, setting: [...kept, resolution].join(", ") };
}

/** The name phrase an item of the pair stands for ("ImageNet" in "ImageNet 64x64"). */
function nameFor(sc: SentenceContext, item: string) {
  return sc.names.find((n) => n.text === item || n.text.startsWith(`${item} `) || item.endsWith(n.text));
}

/** "on CIFAR-10 and ImageNet 64x64 ... on the former": the other item's resolution is not this value's setting. */
function withoutPartsOf(setting: string | null, other: string): string | null {
  if (setting === null) return null;
  const kept = setting.split(", ").filter((part) => !other.replace(/ ?[x×] ?/, "×").includes(part));
  return kept.length > 0 ? kept.join(", ") : null;
}
