/**
 * The evaluation setting that changes comparability, read from the value's sentence: top-k and
 * pass@k other than 1, best-of-N and majority voting, n-shot, pruned / quantized / distilled
 * variants, extra pre-training data, a split, a resolution, tool use. Rows with different
 * settings are not ranked against each other. The table is data: one row per kind of setting.
 */
import { isModelName } from "../gazetteer";
import type { NameSpan } from "../names";
import type { SentenceContext } from "../sentence-context";
import type { Refiner } from "./refiner";
import { metricOwnK, withSampling } from "./setting-metric";

const RESOLUTION = /\b(\d{2,4}) ?[×x] ?(\d{2,4})\b/;
type Describe = (m: RegExpExecArray) => string | null;

const SETTINGS: readonly (readonly [RegExp, Describe])[] = [
  [/\btop-(\d+)(?![\d.])/i, (m) => (m[1] === "1" ? null : `top-${m[1]}`)],
  [/\bpass@(\d+)/i, (m) => (m[1] === "1" ? null : `pass@${m[1]}`)],
  [
    /\b(?:best[- ]of[- ](\d+)(?![\d.])|(?<![\d,.])(\d+) (?:random |sampled |candidate )?(?:generations|solutions|responses|samples)\b(?:\s+per (?:problem|question|task))?)/i,
    (m) => `best of ${m[1] ?? m[2]}`,
  ],
  [
    /\b(?:maj(?:ority)?@(\d+)|majority vot\w+|self-consistency)/i,
    (m) => (m[1] ? `maj@${m[1]}` : "majority voting"),
  ],
  [/\b(zero|one|few|\d+)[- ]shot\b/i, (m) => `${m[1]!.toLowerCase()}-shot`],
  // "with 16 shots", "with a single shot": the same setting said as a count.
  [/\bwith\s+(\d+|a single|one)\s+shots?\b/i, (m) => `${/^\d/.test(m[1]!) ? m[1] : "one"}-shot`],
  [/\b(?:pruned|pruning|\d+% sparsity|sparsified)\b/i, () => "pruned"],
  [
    /\b(?:quantiz\w+|(?:2|3|4|8)-bit|INT[48]|W[248]A(?:4|8|16))\b/,
    (m) => (/bit|INT|W\d/.test(m[0]) ? `quantized (${m[0]})` : "quantized"),
  ],
  [/\bdistill(?:ed|ation)\b/i, () => "distilled"],
  [/\b(?:with(?:out)? (?:extra|additional|external) (?:training )?data)\b/i, (m) => m[0].toLowerCase()],
  // Semi-supervised runs: "with only 10% labeled data", "1/8 of the labels".
  [
    /\b(\d+(?:\.\d+)?%|1\/\d+)\s+(?:of\s+(?:the\s+)?)?(?:labell?ed|annotated)\s+(?:data|images|samples|labels)\b/i,
    (m) => `${m[1]} labeled data`,
  ],
  [RESOLUTION, (m) => `${m[1]}×${m[2]}`],
  [/\bwith (?:tools?|tool use|a code interpreter|python)\b/i, () => "with tools"],
  // "FID 1.73 with classifier-free guidance", "without guidance its FID is 6.02": guided sampling is another run.
  [
    /\b(with(?:out)?)\s+(?:classifier-free\s+)?guidance\b|\bw\/o\s+(?:CFG|guidance)\b/i,
    (m) => (m[1]?.toLowerCase() === "with" ? "with guidance" : "without guidance"),
  ],
  // "at 0 dB SNR", "under -5 dB SNR": the noise level changes what a score means.
  [/\b(?:at|under)\s+(-?\d+(?:\.\d+)?)\s?dB SNR\b/, (m) => `${m[1]} dB SNR`],
  // "with an ensemble of three residual and one Inception-v4": several models' votes, not one model.
  [/\b(?:an? )?ensembl(?:e|es|ing)\b/i, () => "ensemble"],
];

/**
 * Settings said of one value only, in the words right after it ("60.2 AP with test-time
 * augmentation"): the sentence's other values were measured without them.
 */
const VALUE_SETTINGS: readonly (readonly [RegExp, string])[] = [
  [/^[^,;.]{0,40}?\bwith (?:test-time augmentation|TTA)\b/i, "test-time augmentation"],
  [/^[^,;.]{0,40}?\bmulti-scale (?:testing|inference|evaluation)\b/i, "multi-scale testing"],
  [/^[^,;.]{0,40}?\b(?:when |if )?trained from scratch\b/i, "trained from scratch"],
  [/^[^,;.]{0,40}?\b(?:when|after|with|once|if)\s+(?:further\s+)?fine-?tun(?:ed|ing)\b/i, "fine-tuned"],
];

/** "55.1 on GSM8K (8-shot, chain-of-thought)": the shots said in the value's own parentheses. */
const OWN_SHOTS = /^\s*%?\s*(?:on\s+[^(),;]{1,40}?\s*)?\(([^()]*)\)/;
/** "73.9% with 16 shots and 65.2% with a single shot": the shots said right after a value are its own. */
const SHOTS_AFTER = /^[^,;]{0,30}?\bwith\s+(\d+|a single|one)\s+shots?\b/i;

/** The shots of the value ending at `end`; `next` is where the next value starts. */
function ownShots(text: string, end: number, next: number): string | null {
  const after = SHOTS_AFTER.exec(text.slice(end, Math.min(next, end + 60)))?.[1];
  if (after) return `${/^\d/.test(after) ? after : "one"}-shot`;
  const inside = OWN_SHOTS.exec(text.slice(end, end + 80))?.[1];
  const m = inside ? /\b(zero|one|few|\d+)[- ]shot\b/i.exec(inside) : null;
  return m ? `${m[1]!.toLowerCase()}-shot` : null;
}
function replaceShots(said: string | null, shots: string | null): string | null {
  const kept = said?.split(", ").filter((p) => !/-shot$/.test(p)) ?? [];
  const parts = shots ? [shots, ...kept] : kept;
  return parts.length ? parts.join(", ") : null;
}
const SHOTS_OUTSIDE_PARENS = /\b(?:zero|one|few|\d+)[- ]shot\b|\bwith\s+(?:\d+|a single|one)\s+shots?\b/i;

const GREEDY_AFTER = /^[^,;.]{0,40}?\bwith (?:greedy decoding|greedy sampling|a single sample|one sample)\b/i;
const SAMPLING_PART = /^(?:best of \d+|maj@\d+|majority voting)$/;

function withoutSampling(said: string | null): string | null {
  const kept = said?.split(", ").filter((p) => !SAMPLING_PART.test(p)) ?? [];
  return kept.length ? kept.join(", ") : null;
}

/** "47.4 AP with a ResNet-50 backbone and 49.0 AP with a ResNet-101 backbone": each value its backbone. */
const BACKBONE_AFTER =
  /^[^,;.\d]{0,30}?\b(?:with|using)\s+(?:an?\s+|the\s+)?([A-Z][\w.+/-]*(?:[- ][A-Z0-9][\w.+/-]*)?)\s+backbone\b/;

// One backbone in a sentence is the model's (its values stay comparable); two or more tell runs apart.
const BACKBONE_WORD = /\bbackbones?\b/g;

function valueSettings(text: string, end: number): string[] {
  const after = text.slice(end, end + 80);
  const backbone = (text.match(BACKBONE_WORD)?.length ?? 0) > 1 ? BACKBONE_AFTER.exec(after)?.[1] : undefined;
  const named = VALUE_SETTINGS.filter(([pattern]) => pattern.test(after)).map(([, name]) => name);
  return backbone ? [...named, `${backbone} backbone`] : named;
}

/**
 * "With Claude 3.5 Sonnet, SWE-agent resolves 49.0%; with GPT-4o it resolves 38.8%": the model a
 * system runs on changes what its score means. Said in the value's clause, before it or right after.
 */
// "comparable performance with X", "similar FLOPs with X": a comparison, not what the system runs on.
const WITH_BEFORE =
  /(?<!\b(?:compared|comparable|similar|together|along|par|competitive|consistent|agree\w*)(?:\s+[\w-]+)?)\s+with\s+(?:the\s+)?$|^With\s+(?:the\s+)?$/i;

function runsOnModel(sc: SentenceContext, model: string, start: number, end: number): string | null {
  const previous = sc.numbers.findLast((n) => n.end <= start)?.end ?? 0;
  const from = Math.max(previous, sc.text.lastIndexOf(";", start) + 1);
  const next = sc.numbers.find((n) => n.start >= end)?.start ?? sc.text.length;
  const near = (n: NameSpan) =>
    ((n.start >= from && n.end <= start) || (n.start >= end && n.start - end <= 25 && n.end <= next)) &&
    n.text !== model &&
    !model.includes(n.text) &&
    isModelName(n.text) &&
    WITH_BEFORE.test(sc.text.slice(Math.max(0, n.start - 45), n.start));
  const name = sc.names.findLast(near);
  return name ? `with ${name.text}` : null;
}

/** "1.73 on ImageNet 256x256 and 2.41 on ImageNet 512x512": the resolution named after a value is its own. */
function withOwnResolution(said: string | null, sc: SentenceContext, end: number): string | null {
  const next = sc.numbers.find((n) => n.start >= end)?.start ?? sc.text.length;
  const own = RESOLUTION.exec(sc.text.slice(end, Math.min(next, end + 60)));
  if (!own) return said;
  const parts = said?.split(", ").filter((p) => !/^\d+×\d+$/.test(p)) ?? [];
  return [...parts, `${own[1]}×${own[2]}`].join(", ");
}

/** "pre-training with Objects365": the data a model learned from besides the benchmark's own. */
const EXTRA_DATA =
  /\b(?:pre-?train\w*|fine-?tun\w*)\s+(?:\w+\s+)?(?:with|on|using)\s+(?:the\s+)?(?:extra\s+|additional\s+)?([A-Z][\w-]*(?:\s[A-Z0-9][\w-]*)?)/;

/** Every setting row needs one of these: most sentences have none and skip the table. */
const ANY_SETTING_WORD =
  /top-|pass@|ensembl|label|annotat|best|sampl|generations|maj|shot|prun|spars|quantiz|bit\b|INT|W\dA|distill|extra|additional|external|test-|dev-|val|\d ?[×x] ?\d|tool|python|interpreter|train|tun|SNR|guidance|CFG/i;

export function settingOf(sentence: string): string | null {
  if (!ANY_SETTING_WORD.test(sentence)) return null;
  const parts: string[] = [];
  for (const [pattern, describe] of SETTINGS) {
    const m = pattern.exec(sentence);
    const said = m ? describe(m) : null;
    if (said && !parts.includes(said)) parts.push(said);
  }
  const data = EXTRA_DATA.exec(sentence);
  if (data?.[1]) parts.push(`${data[1]} pre-training`);
  return parts.length ? votingOverSamples(parts).join(", ") : null;
}

/** "16 samples and majority voting" is maj@16, not best of 16: the vote is how the samples are used. */
function votingOverSamples(parts: string[]): string[] {
  const vote = parts.indexOf("majority voting");
  const samples = parts.findIndex((p) => p.startsWith("best of "));
  if (vote < 0 || samples < 0) return parts;
  const n = parts[samples]!.slice("best of ".length);
  return parts.filter((_, i) => i !== vote).map((p, i) => (i === samples ? `maj@${n}` : p));
}

/** "after fine-tuning on COCO, 60.8 AP on COCO val": a benchmark's own training data is no extra data. */
function withoutOwnData(setting: string | null, benchmark: string | null): string | null {
  if (!setting || !benchmark) return setting;
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const own = (p: string) =>
    p.endsWith(" pre-training") && key(benchmark).includes(key(p.slice(0, -" pre-training".length)));
  return (
    setting
      .split(", ")
      .filter((p) => !own(p))
      .join(", ") || null
  );
}

const SPLIT_SETTING = /^(?:test|dev|val)(?:-(?:clean|other))?$/;

// "test-dev", "the val set", "Cityscapes val", "COCO val2017", "minival": the split a value is on.
const SPLIT_MENTION =
  /\b(?:(test-clean|test-other|dev-clean|dev-other|test-dev|test-std)|val(?:idation)?[- ](?:set|split)|val(?:20\d\d)?|minival)\b/gi;

/**
 * The split of one value: "80.9 AP on test-dev, while B reaches 75.8 AP on the val set" puts each
 * value on the split named between it and the next value. Failing that, a split named elsewhere in
 * the clause counts only when it sets the scope ("On the val set, …", before every value) or
 * follows the value's own benchmark ("65.4 on COCO test-dev and 62.9 on ADE20K": not ADE20K's).
 */
function valueSplit(
  sc: SentenceContext,
  numStart: number,
  end: number,
  benchmark: string | null,
): string | null {
  const clauseStart = sc.text.lastIndexOf(";", numStart) + 1;
  const semicolon = sc.text.indexOf(";", end);
  const clauseEnd = semicolon < 0 ? sc.text.length : semicolon;
  const mentions = [...sc.text.slice(clauseStart, clauseEnd).matchAll(SPLIT_MENTION)].map((m) => ({
    at: clauseStart + m.index,
    name: m[1]?.toLowerCase() ?? "val",
  }));
  if (mentions.length === 0) return null;
  const next = sc.numbers.find((n) => n.start >= end)?.start ?? clauseEnd;
  const own = mentions.find((m) => m.at >= end && m.at < next);
  if (own) return own.name;
  const firstValue = sc.numbers.find((n) => n.start >= clauseStart)?.start ?? clauseEnd;
  const applies = (m: { at: number }) =>
    m.at < firstValue ||
    sameParenthesis(sc.text, m.at, numStart) ||
    benchmark === null ||
    sc.text.slice(Math.max(clauseStart, m.at - 40), m.at).includes(benchmark);
  const shared =
    mentions.findLast((m) => m.at < numStart && applies(m)) ??
    mentions.find((m) => m.at >= end && applies(m));
  return shared?.name ?? null;
}
/** Whether two offsets sit inside one pair of parentheses ("(58.7 box AP and 51.1 mask AP on test-dev)"). */
function sameParenthesis(text: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  const open = text.lastIndexOf("(", from);
  return open >= 0 && !text.slice(open, to).includes(")");
}

const memo = new WeakMap<object, Map<number, string | null>>();

/**
 * The setting said in the value's clause: "our pruned X keeps 81.2%; the dense X reaches 81.8%"
 * prunes only the first. A semicolon ends a clause; commas do not (settings are often said after one).
 */
function clauseSetting(text: string, at: number, seen: Map<number, string | null>): string | null {
  const start = text.lastIndexOf(";", at) + 1;
  if (!seen.has(start)) {
    const end = text.indexOf(";", at);
    seen.set(start, settingOf(text.slice(start, end < 0 ? text.length : end)));
  }
  return seen.get(start) ?? null;
}

export const setting: Refiner = {
  name: "setting",
  refine(draft, sc) {
    const seen = memo.get(sc) ?? new Map<number, string | null>();
    memo.set(sc, seen);
    const sentence = clauseSetting(sc.text, draft.mention.numStart, seen);
    // A rule that read this value's own setting (its split in a list) keeps it, with the sentence's.
    const split = draft.setting ?? valueSplit(sc, draft.mention.numStart, draft.mention.end, draft.benchmark);
    const said =
      [
        ...(sentence?.split(", ").filter((p) => p !== split && !SPLIT_SETTING.test(p)) ?? []),
        ...(split ? [split] : []),
      ].join(", ") || null;
    const own = valueSettings(sc.text, draft.mention.end);
    // The next value bounds this one's own words; the count of "16 shots" is no value.
    const next =
      sc.numbers.find((n) => n.start >= draft.mention.end && !/^\s*shots?\b/.test(sc.text.slice(n.end)))
        ?.start ?? sc.text.length;
    const shots = ownShots(sc.text, draft.mention.end, next);
    // "up from 36.7% with greedy decoding": this value was not sampled, whatever the sentence says.
    const base = GREEDY_AFTER.test(sc.text.slice(draft.mention.end, draft.mention.end + 60))
      ? withoutSampling(said)
      : said;
    // Shots said only inside other values' parentheses are theirs, not this value's.
    const withShots = shots
      ? replaceShots(base, shots)
      : !base?.includes("-shot") || SHOTS_OUTSIDE_PARENS.test(sc.text.replace(/\([^()]*\)/g, ""))
        ? base
        : replaceShots(base, null);
    // "48.7 AP zero-shot …, and 54.2 AP when fine-tuned": a fine-tuned value took no zero-shot setting.
    const tuned = own.includes("fine-tuned") ? replaceShots(withShots, null) : withShots;
    const runsOn = runsOnModel(sc, draft.model, draft.mention.start, draft.mention.end);
    const kept = withOwnResolution(
      runsOn ? [tuned, runsOn].filter(Boolean).join(", ") : tuned,
      sc,
      draft.mention.end,
    );
    const all = own.length ? [...(kept ? [kept] : []), ...own].join(", ") : kept;
    const fitted = metricOwnK(draft.metric, withoutOwnData(all, draft.benchmark));
    return { ...draft, setting: fitted, metric: withSampling(draft.metric, fitted) };
  },
};
