/**
 * Settings said of one value only, in the words around it rather than anywhere in its clause: its
 * shots, its backbone, the model it runs on, its resolution, test-time tricks.
 */
import { RESOLUTION } from "../number-shapes";
import { nextValueStart, type SentenceContext } from "../sentence-context";
import { ADVERSARIAL } from "./setting-table";
import { partAfter } from "./value-part";

const EVERY_RESOLUTION = new RegExp(RESOLUTION.source, "g");

/** "when fine-tuned", "after fine-tuning", "with full fine-tuning": a fine-tuned run, a regex source. */
const FINE_TUNED = String.raw`\b(?:when|after|with|once|if)\s+(?:further\s+|full\s+)?fine-?tun(?:ed|ing)\b`;

/**
 * Settings said of one value only, in the words right after it ("60.2 AP with test-time
 * augmentation"): the sentence's other values were measured without them.
 */
const VALUE_SETTINGS: readonly (readonly [RegExp, string])[] = [
  [/^[^,;.]{0,40}?\bwith (?:test-time augmentation|TTA)\b/i, "test-time augmentation"],
  // "65.8% on SWE-bench Verified (with test-time scaling)": sampled and selected, not one attempt.
  [/^[^,;.]{0,40}?\bwith test-time (?:scaling|compute)\b/i, "test-time scaling"],
  [
    /^[^,;.]{0,40}?\bmulti-scale (?:testing|inference|evaluation|augmentation|training and testing)\b/i,
    "multi-scale testing",
  ],
  [/^[^,;.]{0,40}?\b(?:when |if )?trained from scratch\b/i, "trained from scratch"],
  // "61.2% on Video-MME (without subtitles)": video QA is scored with and without the subtitles.
  [/^[^,;.]{0,40}?\b(?:without|w\/o) subtitles\b/i, "without subtitles"],
  [/^[^,;.]{0,40}?\b(?:with|w\/) subtitles\b/i, "with subtitles"],
  // "68.5% for zero-shot Gemini": the shots of the model the value is given to.
  [/^\s*%?\s*for\s+zero[- ]shot\b/i, "zero-shot"],
  // "1.51 FID (no guidance) and 1.13 with guidance": each value its own sampling.
  [/^[^,;.]{0,40}?\b(?:without|w\/o|no) (?:classifier-free )?guidance\b/i, "without guidance"],
  [/^[^,;.]{0,40}?\bwith (?:classifier-free )?guidance\b/i, "with guidance"],
  [new RegExp(String.raw`^[^,;.]{0,40}?${FINE_TUNED}`, "i"), "fine-tuned"],
  // "further improves to 93.72% when pretrained on 930k shapes": more pre-training data for this value.
  [
    /^[^,;.]{0,40}?\b(?:when|if|after|once)\s+(?:further\s+|additionally\s+)?pre-?trained\s+(?:on|with)\s+(?:more|larger|additional|extra|\d)/i,
    "extra pre-training data",
  ],
  // "2.1%/4.3% without using a language model and 1.9%/3.9% with an external language model": speech
  // recognition is ranked with and without a language model decoding the output.
  [
    /^[^,;.]{0,40}?\b(?:without|w\/o|no)\s+(?:using\s+)?(?:an?\s+)?(?:external\s+)?(?:language model|LM)\b/i,
    "without LM",
  ],
  [
    /^[^,;.]{0,40}?\bwith\s+(?:an?\s+)?(?:external|n-gram|\d-gram|Transformer)\s+(?:language model|LM)\b/i,
    "with LM",
  ],
  // "84.5% accuracy under the same adversarial conditions", "25% under PGD attacks".
  [
    /^[^,;.]{0,40}?\b(?:under|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:adversarial|PGD|FGSM|AutoAttack)\b/i,
    ADVERSARIAL,
  ],
];

/** "… to 1.5%, and to 0.9% when pre-trained on VoxCeleb2": extra data said as the condition of one value. */
const CONDITIONAL_DATA =
  /\b(?:when|if|once|after)\s+(?:further\s+|additionally\s+|also\s+)?(?:pre-?train\w*|fine-?tun\w*)\s+(?:\w+\s+)?(?:with|on|using)\s/i;

/** Whether the clause's extra training data is a condition said after a later value, so not this one's. */
export function dataOfLaterValue(sc: SentenceContext, end: number): boolean {
  const m = CONDITIONAL_DATA.exec(sc.text);
  return m !== null && m.index > end && sc.numbers.some((n) => n.start >= end && n.end <= m.index);
}

export const GREEDY_AFTER =
  /^[^,;.]{0,40}?\bwith (?:greedy decoding|greedy sampling|a single sample|one sample)\b/i;
const SAMPLING_PART = /^(?:best of \d+|maj@\d+|majority voting)$/;

/** A setting without the parts `drop` picks ("best of 8, val" without sampling is "val"). */
export function withoutParts(said: string | null, drop: (part: string) => boolean): string | null {
  const kept = said?.split(", ").filter((p) => !drop(p)) ?? [];
  return kept.length ? kept.join(", ") : null;
}

export const withoutSampling = (said: string | null): string | null =>
  withoutParts(said, (p) => SAMPLING_PART.test(p));

/** "47.4 AP with a ResNet-50 backbone and 49.0 AP with a ResNet-101 backbone": each value its backbone. */
const BACKBONE_AFTER =
  /^[^,;.\d]{0,30}?\b(?:with|using)\s+(?:an?\s+|the\s+)?([A-Z][\w.+/-]*(?:[- ][A-Z0-9][\w.+/-]*)?)\s+backbone\b/;

// One backbone in a sentence is the model's (its values stay comparable); two or more tell runs apart.
const BACKBONE_WORD = /\bbackbones?\b/g;

/** ", and after fine-tuning, the δ1 on NYUv2 reaches 0.984": fine-tuning said earlier in the value's clause. */
const TUNED_IN_CLAUSE = new RegExp(String.raw`${FINE_TUNED}[^;]*$`, "i");
const CLAUSE_START = /.*(?:,\s*(?:and|while|whereas|but)\s|;\s*)/s;

/** "with guidance" said of the value replaces "without guidance" said of its sentence, and back. */
export function withOwnSettings(kept: string | null, own: string[]): string | null {
  const family = (p: string) => p.replace(/^(?:with|without)\s+/, "");
  const owned = new Set(own.map(family));
  const parts = kept?.split(", ").filter((p) => !owned.has(family(p))) ?? [];
  return [...parts, ...own].join(", ") || null;
}

export function valueSettings(text: string, end: number, start = end): string[] {
  const said = settingsAfter(text, end);
  // The words since the clause began, at most 200 characters back: bounded work per value.
  const before = text.slice(Math.max(0, start - 200), start);
  // Most values have no fine-tuning said before them: skip the clause search then.
  if (!/fine-?tun/i.test(before)) return said;
  const clause = before.replace(CLAUSE_START, "");
  // "With full fine-tuning, Concerto sets …": a sentence that opens on fine-tuning is about tuned runs.
  const opened = /^(?:With|After|When|Once)\s+(?:full\s+|further\s+)?fine-?tun\w*\s*,/i.test(text);
  const tuned =
    (opened || (clause.length < before.length && TUNED_IN_CLAUSE.test(clause))) &&
    !said.includes("fine-tuned");
  return tuned ? ["fine-tuned", ...said] : said;
}

function settingsAfter(text: string, end: number): string[] {
  // "2.1%/4.3% without …": values joined by a slash share what is said after the last.
  const after = text.slice(end, end + 80).replace(/^(?:\s*%?\s*\/\s*[\d.]+)+/, "");
  const part = partAfter(after);
  const backbone = (text.match(BACKBONE_WORD)?.length ?? 0) > 1 ? BACKBONE_AFTER.exec(after)?.[1] : undefined;
  const named = VALUE_SETTINGS.filter(([pattern]) => pattern.test(after)).map(([, name]) => name);
  return [...named, ...(part ? [part] : []), ...(backbone ? [`${backbone} backbone`] : [])];
}

/** "1.73 on ImageNet 256x256 and 2.41 on ImageNet 512x512": the resolution named after a value is its own. */
export function withOwnResolution(said: string | null, sc: SentenceContext, end: number): string | null {
  // "3.05/251.6 at 512x512": values joined by a slash share the resolution said after the last.
  let stop = end;
  let next = nextValueStart(sc, end);
  while (/^\s*\/\s*$/.test(sc.text.slice(stop, next))) {
    stop = sc.numbers.find((n) => n.start === next)?.end ?? next;
    next = nextValueStart(sc, stop);
  }
  const own = RESOLUTION.exec(sc.text.slice(end, Math.min(next, stop + 60))) ?? resolutionBefore(sc, end);
  if (!own) return said;
  const parts = said?.split(", ").filter((p) => !/^\d+×\d+$/.test(p)) ?? [];
  return [...parts, `${own[1]}×${own[2]}`].join(", ");
}

/** "For 300×300 input, X achieves 74.3% … and for 512×512 input, X achieves 76.9%": of several, the last before. */
function resolutionBefore(sc: SentenceContext, end: number): RegExpExecArray | null {
  const all = [...sc.text.matchAll(EVERY_RESOLUTION)];
  if (new Set(all.map((m) => m[0].replace(/\s/g, ""))).size < 2) return null;
  return all.findLast((m) => m.index + m[0].length < end) ?? null;
}
