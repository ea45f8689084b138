import { describe, expect, it } from "vitest";
import { familyOf, parametersOf } from "../../extract/gazetteer";
import { namePrefixes } from "../../db/queries/variants";
import { MODEL_NAME_CASES, NAME_PREFIX_CASES } from "./cases/model-name-cases";

describe("what a model's name says", () => {
  it.each(MODEL_NAME_CASES)("$name", ({ name, family, parameters }) => {
    expect(familyOf(name)).toBe(family);
    expect(parametersOf(name)).toBe(parameters);
  });
});

describe("the names a model's name continues (its possible bases)", () => {
  it.each(NAME_PREFIX_CASES)("$name", ({ name, prefixes }) => {
    expect(namePrefixes(name)).toEqual(prefixes);
  });
});
