/**
 * The settings a sentence states, read with one table: one row per kind of setting (a pattern and
 * how to name what it found), then the extra pre-training data it names.
 */
import { RESOLUTION } from "../number-shapes";
import { describeSteps, STEP_COUNT } from "./value-steps";

type Describe = (m: RegExpExecArray) => string | null;

/** "without the need of knowledge distillation", "no pruning": an operation the run did not have. */
export const ADVERSARIAL = "under adversarial attack";

const NEGATED = /\b(?:without|no|w\/o)\s+(?:[\w-]+\s+){0,4}$/i;
const unlessNegated =
  (name: string): Describe =>
  (m) =>
    NEGATED.test(m.input.slice(Math.max(0, m.index - 40), m.index)) ? null : name;

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
  // "few-shot classification (5-way 10-shot)": the count, when one is given, says which few.
  [
    /\b(zero|one|\d+)[- ]shot\b|\bfew[- ]shot\b(?![^.]*\b\d+[- ]shot\b)/i,
    (m) => `${(m[1] ?? "few").toLowerCase()}-shot`,
  ],
  // "with 16 shots", "with a single shot": the same setting said as a count.
  [/\bwith\s+(\d+|a single|one)\s+shots?\b/i, (m) => `${/^\d/.test(m[1]!) ? m[1] : "one"}-shot`],
  // "pruned contexts", "prompt pruning": what is pruned there is the input, not the model.
  [
    /\b(?:pruned|pruning|\d+% sparsity|sparsified)\b(?!\s+(?:contexts?|prompts?|passages?|documents?|inputs?|retrieved)\b)(?<!\b(?:context|prompt|passage|document|input)\s+pruning)/i,
    unlessNegated("pruned"),
  ],
  [
    /\b(?:quantiz\w+|(?:2|3|4|8)-bit|INT[48]|W[248]A(?:4|8|16))\b/,
    (m) => unlessNegated(/bit|INT|W\d/.test(m[0]) ? `quantized (${m[0]})` : "quantized")(m),
  ],
  [/\bdistill(?:ed|ation)\b/i, unlessNegated("distilled")],
  // "without any extra training data": the same setting said with "any" ("without any extra data,
  // the procedure improves X" says how the method works, not what X was trained on).
  [
    /\b(with(?:out)?) (?:(extra|additional|external) (training )?|any (extra|additional|external) (training ))data\b/i,
    (m) => `${m[1]!.toLowerCase()} ${(m[2] ?? m[4])!.toLowerCase()} ${m[3] ?? m[5] ?? ""}data`,
  ],
  // Semi-supervised runs: "with only 10% labeled data", "1/8 of the labels".
  [
    /\b(\d+(?:\.\d+)?%|1\/\d+)\s+(?:of\s+(?:the\s+)?)?(?:labell?ed|annotated|training)\s+(?:data|images|samples|labels)\b/i,
    (m) => `${m[1]} labeled data`,
  ],
  [RESOLUTION, (m) => `${m[1]}×${m[2]}`],
  // "a 1-NFE FID of 2.85", "1-step inference": how many network evaluations a sample took.
  [STEP_COUNT, describeSteps],
  // "ImageNet 256^2", "at 512²": a square resolution written as a power.
  [/\b(\d{2,4})(?:\^2|²)(?![\d.])/, (m) => `${m[1]}×${m[1]}`],
  // "32.8 dB on Urban100 (×4)", "for ×4 super-resolution": the upscaling factor is another task.
  [
    /\((?:×|x)\s?([2-8])\)|\b(?:×|x)([2-8])\s+(?:SR|super-resolution|upscaling|upsampling)\b/,
    (m) => `×${m[1] ?? m[2]}`,
  ],
  [/\bwith (?:tools?|tool use|a code interpreter|python)\b/i, () => "with tools"],
  // "FID 1.73 with classifier-free guidance", "without guidance its FID is 6.02", "(no guidance)": guided sampling is another run.
  [
    /\b(with(?:out)?|no)\s+(?:classifier-free\s+)?guidance\b|\bw\/o\s+(?:CFG|guidance)\b/i,
    (m) => (m[1]?.toLowerCase() === "with" ? "with guidance" : "without guidance"),
  ],
  // "at 0 dB SNR", "under -5 dB SNR": the noise level changes what a score means.
  [/\b(?:at|under)\s+(-?\d+(?:\.\d+)?)\s?dB SNR\b/, (m) => `${m[1]} dB SNR`],
  // "58.1% mAP at tIoU=0.7", "AP at an IoU threshold of 0.75": a stricter overlap is another measure
  // ("an IoU of 0.838" is a result, not a threshold).
  [
    /\b(t?IoU)\s?(?:=|threshold(?:\s+of)?)\s?(0?\.\d{1,2})\b(?!\.\d)|\b(t?IoU) threshold (?:of )?(0?\.\d+)\b|(?<=\b(?:at|under)\s(?:an?\s)?)(t?IoU) of (0?\.\d{1,2})\b/,
    (m) => `${m[1] ?? m[3] ?? m[5]}=${m[2] ?? m[4] ?? m[6]}`,
  ],
  // "Under PGD attacks, X keeps 81% accuracy": robust accuracy is another measure than clean
  // accuracy. Said after one value only, it is that value's (refiners/value-setting.ts).
  [
    /^\s*(?:Under|Against)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:adversarial|PGD|FGSM|AutoAttack)\b/,
    () => ADVERSARIAL,
  ],
  // "with an ensemble of three residual and one Inception-v4": several models' votes, not one model.
  // "without using any ensemble": a run said to do without one is a single model.
  [/(?<!\b(?:without|no|w\/o)\s(?:\w+\s){0,2})\b(?:an? )?ensembl(?:e|es|ing)\b/i, () => "ensemble"],
];

/**
 * "pre-training with Objects365", "pretraining on the larger dataset ImageNet-21K": the data a model
 * learned from besides the benchmark's own. "fine-tuning on GSM8K (90.8%)" scores on it instead.
 */
// "Without fine-tuning on Wikipedia": data said not to be used is no setting.
const EXTRA_DATA =
  /(?<!\b(?:[Ww]ithout|no|w\/o)\s(?:any\s)?)\b(?:pre-?train\w*|fine-?tun\w*)\s+(?:\w+\s+)?(?:with|on|using)\s+(?:the\s+)?(?:extra\s+|additional\s+)?(?:(?:larger|large-scale|bigger)\s+)?(?:(?:dataset|corpus)\s+)?([A-Z][\w-]*(?:\s[A-Z0-9][\w-]*)?)(?![\w-]*\s*\(\s*[+~]?\d)/;

/** "with ImageNet-22K pre-training", "using Objects365 pretraining": the data named before the word. */
const NAMED_PRE_TRAINING =
  /\b(?:with|using|after|plus)\s+(?:extra\s+|additional\s+)?([A-Z][\w-]*\d[\w-]*|[A-Z][\w-]*[A-Z][\w-]*)\s+pre-?training\b/;

/** Every setting row needs one of these: most sentences have none and skip the table. */
const ANY_SETTING_WORD =
  /top-|pass@|ensembl|label|annotat|best|sampl|generations|maj|shot|prun|spars|quantiz|bit\b|INT|W\dA|distill|extra|additional|external|test-|dev-|val|\d ?[×x] ?\d|\d(?:\^2|²)|NFE|step|[×x]\s?[2-8]\b|tool|python|interpreter|train|tun|SNR|guidance|CFG|adversarial|PGD|FGSM|AutoAttack|IoU\s?(?:=|of\s|threshold)/i;

export function settingOf(sentence: string): string | null {
  if (!ANY_SETTING_WORD.test(sentence)) return null;
  const parts: string[] = [];
  for (const [pattern, describe] of SETTINGS) {
    const m = pattern.exec(sentence);
    const said = m ? describe(m) : null;
    if (said && !parts.includes(said)) parts.push(said);
  }
  const data = EXTRA_DATA.exec(sentence)?.[1] ?? NAMED_PRE_TRAINING.exec(sentence)?.[1];
  if (data) parts.push(`${data} pre-training`);
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
