import { describe, expect, it } from "vitest";
import { familyOf, parametersOf } from "../../extract/gazetteer";
import { MODEL_NAME_CASES } from "./cases/model-name-cases";

describe("what a model's name says", () => {
  it.each(MODEL_NAME_CASES)("$name", ({ name, family, parameters }) => {
    expect(familyOf(name)).toBe(family);
    expect(parametersOf(name)).toBe(parameters);
  });
});
