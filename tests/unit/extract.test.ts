import { describe, expect, it } from "vitest";
import { extractClaims, ExtractError, MAX_ABSTRACT_CHARS, normaliseText, RULE_NAMES } from "../../extract";
import { BENCHMARK_ALIASES, MODEL_ALIASES } from "../../extract/aliases";
import { nameKey } from "../../extract/canonical";
import { RULES } from "../../extract/rules";
import { CASES_BY_RULE, FOUND_CASES, NOT_CLAIM_CASES, WRONG_ROW_CASES } from "./cases/extract-cases";

const run = (abstract: string, title = "A Study") =>
  extractClaims({ title, abstract: normaliseText(abstract) });

describe.each(CASES_BY_RULE)("extractClaims, led by rule %s, finds", (rule, cases) => {
  it.each(cases)("$name", ({ title, abstract, expected }) => {
    const claims = run(abstract, title);
    expect(claims).toHaveLength(expected.length);
    expect(claims[0]!.rule).toBe(rule);
    expected.forEach((want, i) => {
      const got = claims[i]!;
      const fields = ["model", "benchmark", "metric", "value", "unit", "kind"] as const;
      expect(Object.fromEntries(fields.map((f) => [f, got[f]]))).toEqual(
        Object.fromEntries(fields.map((f) => [f, want[f]])),
      );
      if (want.rule !== undefined) expect(got.rule).toBe(want.rule);
      if (want.setting !== undefined) expect(got.setting).toBe(want.setting);
      if (want.listed !== undefined) expect(got.listed).toBe(want.listed);
      if (want.selfReported !== undefined) expect(got.self_reported).toBe(want.selfReported);
      if (want.higherIsBetter !== undefined) expect(got.higher_is_better).toBe(want.higherIsBetter);
    });
  });
});

describe("extractClaims never claims", () => {
  it.each(NOT_CLAIM_CASES)("$name", ({ title, abstract, values }) => {
    const claimed = run(abstract, title).map((c) => c.value);
    for (const v of values) expect(claimed).not.toContain(v);
  });
});

describe("no listed claim has a wrong row's field", () => {
  it.each(WRONG_ROW_CASES)("$name", ({ abstract, title, never, scope }) => {
    const listed = run(abstract, title).filter((c) => c.listed || scope === "all");
    for (const [field, value] of Object.entries(never))
      expect(listed.map((c) => c[field as keyof typeof never])).not.toContain(value);
  });
});

describe("every claim", () => {
  it("records evidence that is the exact slice of the abstract at its offsets, and its rule", () => {
    for (const { title, abstract } of FOUND_CASES) {
      const text = normaliseText(abstract);
      for (const c of extractClaims({ title: title ?? "T", abstract: text })) {
        expect(text.slice(c.start, c.end)).toBe(c.evidence);
        expect(c.start <= c.value_start && c.value_start < c.end).toBe(true);
        expect(text.slice(c.value_start).replace(/,/g, "")).toMatch(
          new RegExp(`^\\+?${String(c.value).replace(".", "\\.")}`),
        );
        expect(c.rule).toMatch(/^[a-z-]+$/);
      }
    }
  });

  it("gets canonical keys that merge spellings and keep different models apart", () => {
    const claims = run(
      "DeepSeek V3 reaches 80.1% on AIME 2024. Deepseek-v3 reaches 81.2% on AIME24. DeepSeek-V3-0324 reaches 85.0% on AIME2024.",
    );
    expect(claims.map((c) => c.model_key)).toEqual(["deepseekv3", "deepseekv3", "deepseekv30324"]);
    expect(new Set(claims.map((c) => c.benchmark_key))).toEqual(new Set(["aime2024"]));
  });

  it("keeps one paper's described own method apart from another's", () => {
    const text = "Our method reaches 41.0 mIoU on ADE20K.";
    const [a] = run(text, "Sharper Segmentation with Priors");
    const [b] = run(text, "Segmentation Without Labels");
    expect(a?.model).toBe("Our method");
    expect(a?.model_key).toBe("method@sharpersegmentationwithpriors");
    expect(b?.model_key).toBe("method@segmentationwithoutlabels");
  });
});

describe("malformed input", () => {
  it("returns [] when nothing is found", () => {
    expect(run("We study language models.")).toEqual([]);
  });

  it("throws a typed error carrying the input and position", () => {
    const abstract = "9".repeat(MAX_ABSTRACT_CHARS + 1);
    const error = (() => {
      try {
        extractClaims({ title: "T", abstract });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).position).toBe(MAX_ABSTRACT_CHARS);
    expect((error as ExtractError).input).toBe(abstract);
    expect(() => extractClaims({ title: "T", abstract: 42 as unknown as string })).toThrow(ExtractError);
  });
});

describe("the rule registry", () => {
  it("tries the rules in the order RULE_NAMES lists them", () => {
    expect(RULES.map((r) => r.name)).toEqual([...RULE_NAMES]);
  });

  it.each(CASES_BY_RULE)("has a case table of its own for %s", (_, cases) => {
    expect(cases.length).toBeGreaterThan(0);
  });
});

describe("the alias tables", () => {
  it.each([
    ["model", MODEL_ALIASES],
    ["benchmark", BENCHMARK_ALIASES],
  ] as const)(
    "%s aliases: every key is already a key, none maps to itself, targets are keys too",
    (_, table) => {
      for (const [alias, key] of Object.entries(table)) {
        expect(nameKey(alias), alias).toBe(alias);
        expect(nameKey(key), key).toBe(key);
        expect(key, alias).not.toBe(alias);
      }
    },
  );
});
