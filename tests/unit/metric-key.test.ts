import { describe, expect, it } from "vitest";
import { metricKey } from "../../extract/gazetteer/metric-synonyms";
import { METRIC_KEY_CASES } from "./cases/metric-key-cases";

describe("metricKey", () => {
  it.each(METRIC_KEY_CASES)("$metric is on tab $key", ({ metric, key }) => {
    expect(metricKey(metric)).toBe(key);
  });
});
