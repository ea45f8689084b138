import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims, normaliseText, type Claim } from "../../extract";
import { PATHOLOGICAL_INPUTS, TRICKY_TOKENS } from "./cases/adversarial-cases";
import { FOUND_CASES, NOT_CLAIM_CASES, WRONG_ROW_CASES } from "./cases/extract-cases";

/** What must hold for any input: no throw, offsets that slice the abstract to the evidence. */
function checkInvariants(title: string, abstract: string): Claim[] {
  const claims = extractClaims({ title, abstract });
  for (const c of claims) {
    expect(abstract.slice(c.start, c.end)).toBe(c.evidence);
    expect(c.start).toBeLessThanOrEqual(c.value_start);
    expect(c.value_end).toBeLessThanOrEqual(abstract.length);
    expect(Number.isFinite(c.value)).toBe(true);
  }
  return claims;
}

const tricky = fc.array(fc.constantFrom(...TRICKY_TOKENS), { maxLength: 80 }).map((parts) => parts.join(" "));

describe("extractClaims on any input", () => {
  it("never throws and keeps offsets valid on random unicode text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.string({ maxLength: 60 }),
        (abstract, title) => void checkInvariants(title, abstract),
      ),
      { numRuns: 400 },
    );
  });

  it("never throws on sentences built from the tokens rules react to", () => {
    fc.assert(
      fc.property(tricky, tricky, (abstract, title) => void checkInvariants(title, abstract)),
      { numRuns: 600 },
    );
  });

  it("keeps offsets valid against normalised LaTeX and markdown", () => {
    fc.assert(
      fc.property(tricky, (raw) => void checkInvariants("T", normaliseText(raw))),
      { numRuns: 300 },
    );
  });

  // A generous bound: this catches catastrophic backtracking (minutes), not speed (see npm run bench).
  it.each(PATHOLOGICAL_INPUTS)("finishes $name without catastrophic backtracking", ({ text }) => {
    const start = performance.now();
    checkInvariants("Title: With Colon", text);
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});

// A pattern's state (a global regex's lastIndex, a cache keyed too loosely) must never carry from
// one paper to the next: the same abstract gives the same claims whatever was read before it.
describe("extractClaims is independent of the papers read before", () => {
  const papers = [...FOUND_CASES, ...NOT_CLAIM_CASES, ...WRONG_ROW_CASES].map((c) => ({
    title: ("title" in c ? c.title : undefined) ?? "A Study",
    abstract: normaliseText(c.abstract),
  }));
  const readAll = (order: readonly number[]) => {
    const out = new Array<string>(papers.length);
    for (const i of order) out[i] = JSON.stringify(extractClaims(papers[i]!));
    return out;
  };

  it("gives the same claims read forwards, backwards and interleaved", () => {
    const forwards = papers.map((_, i) => i);
    const backwards = [...forwards].reverse();
    const interleaved = forwards.map((i) => (i % 2 === 0 ? i / 2 : papers.length - 1 - (i - 1) / 2));
    const first = readAll(forwards);
    expect(readAll(backwards)).toEqual(first);
    expect(readAll(interleaved)).toEqual(first);
  });
});
