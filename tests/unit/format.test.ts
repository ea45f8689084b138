import { describe, expect, it } from "vitest";
import { formatValue } from "../../components/format";
import { FORMAT_VALUE_CASES } from "./cases/format-cases";

describe("formatValue", () => {
  it.each(FORMAT_VALUE_CASES)("$value with unit '$unit' reads $text", ({ value, unit, text }) => {
    expect(formatValue(value, unit)).toBe(text);
  });
});
