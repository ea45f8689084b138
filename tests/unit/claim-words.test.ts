import { describe, expect, it } from "vitest";
import { claimInWords, listingInWords } from "../../components/claim-words";
import { BASE_CLAIM, CLAIM_WORDS_CASES } from "./cases/claim-words-cases";

describe("a claim in words", () => {
  it.each(CLAIM_WORDS_CASES)("$name", ({ claim, words, listing }) => {
    const c = { ...BASE_CLAIM, ...claim };
    expect(claimInWords(c)).toBe(words);
    expect(listingInWords(c)).toBe(listing);
  });
});
