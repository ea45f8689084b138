import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractClaims, normaliseText, type Claim } from "../../extract";
import { PATHOLOGICAL_INPUTS, TRICKY_TOKENS } from "./cases/adversarial-cases";

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
