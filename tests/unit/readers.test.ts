import { describe, expect, it } from "vitest";
import { detectFormat, readCorpus } from "../../extract/read";
import { READER_CASES } from "./cases/reader-cases";

describe("readCorpus", () => {
  it.each(READER_CASES)("$name", ({ format, text, titles, problems, warnings = [], authors }) => {
    expect(detectFormat(text)).toBe(format);
    const result = readCorpus(text, "input.txt");
    expect(result.papers.map((p) => p.title)).toEqual(titles);
    if (authors) expect(result.papers.map((p) => p.authors)).toEqual(authors);
    expect(result.problems).toHaveLength(problems.length);
    problems.forEach((want, i) => {
      const [line, fragment] = want.split(/: (.*)/s);
      expect(result.problems[i]!.file).toBe("input.txt");
      expect(result.problems[i]!.line).toBe(Number(line));
      expect(result.problems[i]!.message).toContain(fragment);
    });
    expect(result.warnings.map((w) => `${w.line}: ${w.message}`)).toHaveLength(warnings.length);
    warnings.forEach((want, i) =>
      expect(`${result.warnings[i]!.line}: ${result.warnings[i]!.message}`).toContain(want),
    );
    for (const paper of result.papers) if (paper.url !== undefined) expect(paper.url).toMatch(/^https?:\/\//);
  });

  it("numbers the lines of a 20,000-entry Atom feed in one pass", () => {
    const entry = (i: number) =>
      `<entry>\n<id>http://arxiv.org/abs/2501.${String(i).padStart(5, "0")}v1</id>\n<title>${i % 5000 === 0 ? "" : `Paper ${i}`}</title>\n<summary>Abstract ${i} of a long feed.</summary>\n</entry>`;
    const text = `<feed>\n${Array.from({ length: 20_000 }, (_, i) => entry(i)).join("\n")}\n</feed>`;
    const result = readCorpus(text, "big.xml");
    expect(result.papers).toHaveLength(19_996);
    // Entry i starts on line 2 + 5i: the bad ones (empty titles) are reported where they are.
    expect(result.problems.map((p) => p.line)).toEqual([0, 5000, 10_000, 15_000].map((i) => 2 + 5 * i));
  });

  it("keeps arXiv ids, dates and the record's line", () => {
    const hf = READER_CASES.find((c) => c.format === "hf-daily-json")!;
    const [paper] = readCorpus(hf.text, "hf.json").papers;
    expect(paper).toMatchObject({
      arxiv_id: "2504.21801",
      published: "2025-04-30",
      url: "https://arxiv.org/abs/2504.21801",
      authors: ["A. Author"],
      line: 1,
    });
    const atom = READER_CASES.find((c) => c.format === "arxiv-atom")!;
    expect(readCorpus(atom.text, "feed.xml").papers[0]).toMatchObject({
      arxiv_id: "2501.12345",
      published: "2025-01-21",
      line: 3,
    });
  });

  it("normalises LaTeX for display and keeps the source text", () => {
    const text = JSON.stringify({
      title: "Prefill \\& Decode",
      abstract:
        "Towards $\\infty$-LLMs: it keeps 75\\% accuracy and **85.67**% on AIME, a 21.59times compression.",
    });
    const [paper] = readCorpus(text, "x.jsonl").papers;
    expect(paper!.title).toBe("Prefill & Decode");
    expect(paper!.abstract).toBe(
      "Towards ∞-LLMs: it keeps 75% accuracy and 85.67% on AIME, a 21.59× compression.",
    );
    expect(paper!.abstract_raw).toContain("75\\%");
  });

  it("reads a 10 MB single line as one bad record without losing the good ones", () => {
    const good = JSON.stringify({
      title: "Fine",
      abstract: "A fine abstract about FineNet reaching 80% accuracy on SomeBench.",
    });
    const huge = `{"title": "Huge", "abstract": "${"9".repeat(10 * 1024 * 1024)}`;
    const result = readCorpus(`${good}\n${huge}\n${good.replace("Fine", "Also Fine")}`, "big.jsonl");
    expect(result.papers.map((p) => p.title)).toEqual(["Fine", "Also Fine"]);
    expect(result.problems.map((p) => p.line)).toEqual([2]);
  });
});
