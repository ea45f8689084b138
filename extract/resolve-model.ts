/** Finds who obtained a value: the nearest name before it that is not a baseline or a setting. */
import { COMPARISON_CUE_ANYWHERE, DESCRIBED_OWN_PHRASE, SELF_REFERENCE } from "./lexicon";
import { sizedSystem } from "./sized-system";
import { isKnownBenchmark, isModelName } from "./gazetteer";
import type { NameSpan } from "./names";
import type { SentenceContext } from "./sentence-context";
import { ADJECTIVE_SUFFIX } from "./name-shape";
import { isSelf, isSubjectCandidate, referredSystem, SYSTEM_NOUN_AFTER } from "./subject-candidate";
import { clauseOwner, possessorBefore } from "./clause-owner";
import { closedComparisons, comparisonStart } from "./comparison-scope";
import { genericSubject } from "./described-subject";
import { closedAsides } from "./closed-asides";

export { isSelf, isSubjectCandidate };
export { possessorBefore } from "./clause-owner";

export interface ResolvedModel {
  name: string;
  self: boolean;
  /** False when the name came from the paper context rather than this sentence. */
  inSentence: boolean;
}

// "our X", "our model X", "our largest 38B model X": a few lowercase or size words between.
const OWNED_BEFORE = /\b[Oo]ur\s+(?:(?:[a-z][\w-]*|\d[\w.]*)\s+){0,3}$/;

/** Architectures papers build on and size their own models by ("our ViT-L model", "our ResNet-50 variant"). */
const BACKBONE_ARCHITECTURE =
  /^(?:ViT|DeiT|Swin|ConvNeXt|ResNet|ResNeXt|Wide-ResNet|EfficientNet|MobileNet(?:V\d)?|RegNet\w?|BEiT|Hiera|DINOv2|U-Net)(?:[- ][\w/.-]+)?$/;
const OWN_MODEL_NOUN = /^\s+(?:model|variant|version|backbone|encoder)\b/;

const REPORTING_WORDS =
  /\b(?:results?|experiments?|evaluations?|analys[ie]s|findings|study|studies|benchmarks?|shows?|showed|demonstrates?|reveals?|indicates?|suggests?|finds?|confirms?)\b/i;

export function resolveModel(sc: SentenceContext, pos: number): ResolvedModel | null {
  const owner = clauseOwner(sc, pos);
  if (owner) return owner;
  const scopeEnd = comparisonStart(sc, pos);
  // Relative clauses and comparisons closed before the value are asides: their names own nothing.
  const closed = [...closedAsides(sc.text, pos), ...closedComparisons(sc, pos)];
  const candidates = sc.names.filter(
    (n) =>
      n.end <= scopeEnd && isSubjectCandidate(sc, n) && !closed.some(([a, b]) => n.start > a && n.end <= b),
  );
  const nearest = candidates.at(-1);
  const system = referredSystem(sc.paper.systems);
  const selfAfterNearest = SELF_REFERENCE.test(sc.text.slice(nearest?.end ?? 0, pos));
  const generic = genericSubject(sc, nearest?.end ?? 0, pos);
  if (generic && !SELF_REFERENCE.test(sc.text.slice(generic.end, pos)))
    return { name: generic.name, self: false, inSentence: true };
  // "Conventional KD fails to converge, but our method achieves": the paper's described own
  // subject after the name, when the paper names no system, is the value's owner.
  const ownAfter = nearest && !system && selfAfterNearest ? describedOwn(sc, pos, nearest.end) : null;
  if (ownAfter) return ownAfter;
  if (nearest && !(system && selfAfterNearest && !isSelf(sc, nearest.text))) {
    // "our GPT-4-based agent": a name made an adjective names the system with its noun.
    const noun = ADJECTIVE_SUFFIX.test(nearest.text)
      ? SYSTEM_NOUN_AFTER.exec(sc.text.slice(nearest.end))
      : null;
    const name = noun ? nearest.text + noun[0] : nearest.text;
    // "our X" is the paper's; "our results show X" names someone else's X.
    const owned = OWNED_BEFORE.exec(sc.text.slice(Math.max(0, nearest.start - 50), nearest.start));
    const ownedBy = owned !== null && !REPORTING_WORDS.test(owned[0]);
    // "our ViT-L model attains": the paper's system at that backbone size, not the ViT-L of others.
    if (
      ownedBy &&
      system &&
      BACKBONE_ARCHITECTURE.test(name) &&
      OWN_MODEL_NOUN.test(sc.text.slice(nearest.end))
    )
      return { name: `${system} (${name})`, self: true, inSentence: true };
    // "CoMAD's ViT-Tiny achieves": the paper's system trained at that backbone.
    if (system && possessorBefore(sc, nearest.start) === system && BACKBONE_ARCHITECTURE.test(name))
      return { name: `${system} (${name})`, self: true, inSentence: true };
    const unknownOwn = sc.paper.ownsUnknownModels && !isModelName(name);
    // "our best GPT-4-based agent" in a paper that proposes no system: a baseline built on another's model.
    if (noun && sc.paper.systems.length === 0) return { name, self: false, inSentence: true };
    return { name, self: ownedBy || unknownOwn || isSelf(sc, name), inSentence: true };
  }
  if (
    system &&
    !isKnownBenchmark(system) &&
    (selfAfterNearest || sc.names.every((n) => !isSubjectCandidate(sc, n) || isModifierAfter(sc, n, pos)))
  ) {
    return { name: sizedSystem(sc, system, pos), self: true, inSentence: false };
  }
  return system ? null : describedOwn(sc, pos);
}

/** "Our method achieves 45.2 mIoU": in a paper that names no system, its own described one. */
function describedOwn(sc: SentenceContext, pos: number, from = 0): ResolvedModel | null {
  let last: RegExpExecArray | null = null;
  DESCRIBED_OWN_PHRASE.lastIndex = from;
  for (let m = DESCRIBED_OWN_PHRASE.exec(sc.text); m && m.index < pos; m = DESCRIBED_OWN_PHRASE.exec(sc.text))
    last = m;
  // "our method outperforms X, which reaches 50%": a value after a comparison is not the subject's.
  if (!last || COMPARISON_CUE_ANYWHERE.test(sc.text.slice(last.index + last[0].length, pos))) return null;
  return { name: last[0], self: true, inSentence: true };
}

/** "an NDS of 73.9 without TTA", "62.1% using CoT": a name after the value that only qualifies it. */
function isModifierAfter(sc: SentenceContext, name: NameSpan, pos: number): boolean {
  return (
    name.start > pos &&
    /\b(?:with|without|w\/o|using|via|under)\s+(?:the\s+)?$/.test(
      sc.text.slice(Math.max(0, name.start - 12), name.start),
    )
  );
}
