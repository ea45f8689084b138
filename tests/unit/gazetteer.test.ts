import { describe, expect, it } from "vitest";
import { benchmarkInfo, isKnownBenchmark } from "../../extract/gazetteer";
import { benchmarkDescription, DESCRIBED_BENCHMARKS } from "../../extract/gazetteer/descriptions";

describe("benchmark descriptions", () => {
  it.each(DESCRIBED_BENCHMARKS)("%s is a benchmark the gazetteer knows", (name) => {
    expect(isKnownBenchmark(name)).toBe(true);
  });

  it("are found through any spelling the gazetteer resolves", () => {
    expect(benchmarkDescription("COCO val2017")?.name).toBe("COCO");
    expect(benchmarkDescription("gsm8k")?.paper?.arxiv).toBe("2110.14168");
    expect(benchmarkDescription("LibriSpeech test-other")?.paper).toBeNull();
  });

  it("are absent for names nobody described", () => {
    expect(benchmarkDescription("NovaBench-2")).toBeNull();
    expect(benchmarkDescription("")).toBeNull();
  });
});

describe("benchmark lookup", () => {
  // "ScanNet++" and "RefCOCO+" are other datasets than "ScanNet" and "RefCOCO", with other metrics.
  it.each([
    ["ScanNet", "mIoU"],
    ["ScanNet++", "PSNR"],
    ["RefCOCO", "RefCOCO"],
    ["RefCOCO+", "RefCOCO+"],
  ])("%s is its own entry", (name, expected) => {
    const info = benchmarkInfo(name);
    expect(expected === name ? info?.name : info?.metric).toBe(expected);
  });
});

describe("registry names", () => {
  // Each registry the gazetteer is built from contributes names, with the source that gave them.
  it.each([
    ["MMLU", "curated"],
    ["ogbn-arxiv", "ogb@"],
    ["Banking77Classification", "mteb@"],
    ["TRECCOVID", "mteb@"],
  ])("%s comes from %s", (name, source) => {
    expect(benchmarkInfo(name)?.source.startsWith(source)).toBe(true);
  });

  // A task named by one plain word would type that word wherever it stands ("Gorilla" is also an LLM).
  it.each(["Gorilla", "Waimai"])("the plain word %s is no benchmark", (name) => {
    expect(isKnownBenchmark(name)).toBe(false);
  });
});
