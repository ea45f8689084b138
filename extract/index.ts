/**
 * The extraction pipeline: a paper's title and (normalised) abstract in, its claims out.
 * Pure: no I/O, no clock, no database. "Nothing found" is [].
 */
import { benchmarkKey, modelKey, titleKey } from "./canonical";
import { DESCRIBED_OWN } from "./lexicon";
import { metricDirection } from "./metric";
import { readPaperContext } from "./paper-context";
import { keepFirstPerValue, type Candidate } from "./refine";
import { benchmarksNamed } from "./resolve-benchmark";
import { assessTrust } from "./confidence";
import { alignRangeEnds } from "./range-ends";
import { REFINERS } from "./refiners";
import { RULES } from "./rules";
import type { ClaimDraft, Rule } from "./rules/rule";
import { buildSentenceContext, type SentenceContext } from "./sentence-context";
import { splitSentences } from "./sentences";
import { ExtractError, type Claim, type PaperText } from "./types";

export * from "./types";
export { normaliseText } from "./normalise";
export { benchmarkKey, modelKey, nameKey, titleKey } from "./canonical";
export { HUMAN_BASELINE } from "./refiners/human-baseline";

/** Past this length an abstract is not an abstract; refusing it bounds the work per record. */
export const MAX_ABSTRACT_CHARS = 1_000_000;
export const EXTRACTOR_VERSION = "1.110.0";

export function extractClaims(paper: PaperText): Claim[] {
  checkInput(paper);
  const context = readPaperContext(paper.title, paper.abstract);
  const sentences: SentenceContext[] = [];
  const named = new Map<SentenceContext, string[]>();
  // Benchmarks of earlier sentences are looked for only when a claim needs them (most never do),
  // and then once per sentence: the sentences before it never change.
  // A benchmark the paper introduces counts once the abstract has named it (paper-context.ts).
  const earlierThan = (index: number, sentenceEnd: number) => {
    let lists: string[][] | undefined;
    return () =>
      (lists ??= [
        context.benchmarks.filter((b) => (context.benchmarkStart.get(b) ?? 0) < sentenceEnd),
        ...sentences
          .slice(0, index)
          .map((sc) => named.get(sc) ?? named.set(sc, benchmarksNamed(sc)).get(sc)!),
      ]);
  };
  const claims: Claim[] = [];
  for (const span of splitSentences(paper.abstract)) {
    const sc = buildSentenceContext(span, context, earlierThan(sentences.length, span.end));
    sentences.push(sc);
    if (sc.numbers.length > 0)
      claims.push(...alignRangeEnds(keepFirstPerValue(RULES.flatMap((rule) => runRule(rule, sc))), sc));
  }
  return claims;
}

function checkInput(paper: PaperText): void {
  if (typeof paper?.abstract !== "string") throw new ExtractError("abstract must be a string", paper, 0);
  if (typeof paper.title !== "string") throw new ExtractError("title must be a string", paper, 0);
  if (paper.abstract.length > MAX_ABSTRACT_CHARS) {
    throw new ExtractError(
      `abstract is longer than ${MAX_ABSTRACT_CHARS} characters`,
      paper.abstract,
      MAX_ABSTRACT_CHARS,
    );
  }
}

function runRule(rule: Rule, sc: SentenceContext): Candidate[] {
  if (rule.requires !== undefined && !sc.text.includes(rule.requires)) return [];
  const candidates: Candidate[] = [];
  for (const match of sc.text.matchAll(rule.pattern)) {
    const drafts = rule.extract(match, sc) ?? [];
    for (const draft of drafts) {
      candidates.push({
        valueStart: sc.offset + draft.mention.numStart,
        silent: draft.silent === true,
        build: () => toClaim(draft, rule, sc),
      });
    }
    // A claimed value is offered to no later match or rule (refine.ts settles what remains).
    for (const draft of drafts) sc.claimed.add(draft.mention.numStart);
  }
  return candidates;
}

function toClaim(raw: ClaimDraft, rule: Rule, sc: SentenceContext): Claim {
  const draft = REFINERS.reduce((d, refiner) => refiner.refine(d, sc), raw);
  const [start, end] = evidenceSpan(draft, sc);
  const { mention } = draft;
  const model = sc.paper.shortNames.get(draft.model) ?? draft.model;
  return {
    model,
    model_key: claimModelKey(model, sc.paper.title),
    benchmark: draft.benchmark,
    benchmark_key: draft.benchmark === null ? null : benchmarkKey(draft.benchmark),
    metric: draft.metric,
    value: mention.value,
    unit: mention.unit,
    kind: draft.kind,
    higher_is_better: draft.kind === "speedup" ? true : metricDirection(draft.metric),
    self_reported: draft.self,
    setting: draft.setting ?? null,
    ...assessTrust(draft, sc, rule.name),
    evidence: sc.text.slice(start, end),
    start: sc.offset + start,
    end: sc.offset + end,
    rule: rule.name,
    value_start: sc.offset + mention.numStart,
    value_end: sc.offset + mention.end,
  };
}

/** "Our method" of one paper is not "our method" of another: such a key is scoped by the title. */
function claimModelKey(model: string, title: string): string {
  return DESCRIBED_OWN.test(model) ? `${modelKey(model)}@${titleKey(title)}` : modelKey(model);
}

const MAX_EVIDENCE = 240;

/** The whole sentence when it is short enough; else the draft's focus widened to its model and benchmark. */
function evidenceSpan(draft: ClaimDraft, sc: SentenceContext): [number, number] {
  if (sc.text.length <= MAX_EVIDENCE) return [0, sc.text.length];
  let start = draft.focusStart;
  let end = Math.max(draft.focusEnd, draft.mention.end);
  const model = sc.text.lastIndexOf(draft.model, start);
  if (model >= 0 && start - model <= 150) start = model;
  const bench = draft.benchmark ? sc.text.indexOf(draft.benchmark, end) : -1;
  if (bench >= 0 && bench - end <= 120) end = bench + (draft.benchmark?.length ?? 0);
  if (end - start > MAX_EVIDENCE) start = Math.max(start, end - MAX_EVIDENCE);
  return [start, end];
}
