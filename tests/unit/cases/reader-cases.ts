/** Corpus files for the reader tests: good records, bad ones, and what each bad one must report. */
import type { CorpusFormat } from "../../../extract/read";

export interface ReaderCase {
  name: string;
  format: CorpusFormat;
  text: string;
  titles: string[];
  /** Expected problems as "line: message fragment". */
  problems: string[];
  /** Expected warnings (record kept, a field dropped), the same way. */
  warnings?: string[];
  /** Each read paper's authors, when the case checks them. */
  authors?: (string[] | undefined)[];
}

const GOOD_ABSTRACT =
  "We present GoodNet. GoodNet reaches 91.5% accuracy on CIFAR-10, outperforming strong baselines by a wide margin in every setting we tried, with consistent gains across seeds, model sizes and training budgets that we report in detail.";

export const READER_CASES: readonly ReaderCase[] = [
  {
    name: "daily-papers text dump with header lines",
    format: "daily-papers-text",
    text: `new\n\nDaily Papers\n\nSep 3\n\nGoodNet: A Title\n\n${GOOD_ABSTRACT}\n\nSecond Paper\n\n${GOOD_ABSTRACT}\n`,
    titles: ["GoodNet: A Title", "Second Paper"],
    problems: [],
  },
  {
    name: "text dump with a title missing its abstract",
    format: "daily-papers-text",
    text: `Daily Papers\n\nFirst\n\n${GOOD_ABSTRACT}\n\nOrphan title\n\nThird\n\n${GOOD_ABSTRACT}\n`,
    titles: ["First", "Third"],
    problems: ["7: title line without an abstract"],
  },
  {
    name: "JSON Lines with bad lines among good ones",
    format: "jsonl",
    text: [
      JSON.stringify({ title: "Good One", abstract: GOOD_ABSTRACT, extra: "ignored" }),
      '{"title": "Truncated", "abstract": "cut off',
      JSON.stringify({ title: "No Abstract" }),
      JSON.stringify({ title: 7, abstract: GOOD_ABSTRACT }),
      "",
      JSON.stringify({
        title: "Good Two",
        abstract: GOOD_ABSTRACT,
        arxiv_id: "2501.00001",
        published: "2025-01-02",
      }),
    ].join("\n"),
    titles: ["Good One", "Good Two"],
    problems: ["2: not valid JSON", "3: abstract:", "4: title:"],
  },
  {
    name: "JSON Lines with null optional fields, as pandas writes them; a null required field is still reported",
    format: "jsonl",
    text: [
      JSON.stringify({
        title: "Null Id",
        abstract: GOOD_ABSTRACT,
        arxiv_id: null,
        url: null,
        published: null,
        authors: null,
        id: null,
      }),
      JSON.stringify({ title: null, abstract: GOOD_ABSTRACT }),
      JSON.stringify({ title: "Null Abstract", abstract: null }),
      JSON.stringify({
        title: "Null Date",
        abstract: GOOD_ABSTRACT,
        arxiv_id: "2501.00002",
        published: null,
      }),
    ].join("\n"),
    titles: ["Null Id", "Null Date"],
    problems: ["2: title:", "3: abstract:"],
  },
  {
    name: "Hugging Face daily-papers JSON",
    format: "hf-daily-json",
    text: JSON.stringify([
      {
        paper: {
          id: "2504.21801",
          title: "HF Paper",
          summary: GOOD_ABSTRACT,
          publishedAt: "2025-04-30T17:00:00.000Z",
          authors: [{ name: "A. Author" }],
        },
      },
      { paper: { id: "2504.00002", title: "Missing summary" } },
      { notAPaper: true },
    ]),
    titles: ["HF Paper"],
    problems: ["2: item 2: paper.summary", "3: item 3: paper"],
  },
  {
    name: "Hugging Face daily-papers JSON with a null publishedAt and authors",
    format: "hf-daily-json",
    text: JSON.stringify([
      {
        paper: {
          id: "2504.00003",
          title: "Null Date HF",
          summary: GOOD_ABSTRACT,
          publishedAt: null,
          authors: null,
        },
      },
    ]),
    titles: ["Null Date HF"],
    problems: [],
  },
  {
    name: "arXiv Atom feed with a broken entry",
    format: "arxiv-atom",
    text: `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<id>http://arxiv.org/abs/2501.12345v2</id>\n<title>Atom\n  Paper</title>\n<summary>${GOOD_ABSTRACT}</summary>\n<published>2025-01-21T00:00:00Z</published>\n</entry>\n<entry>\n<id>http://arxiv.org/abs/2501.99999v1</id>\n<title></title>\n<summary>${GOOD_ABSTRACT}</summary>\n</entry>\n</feed>\n`,
    titles: ["Atom Paper"],
    problems: ["10: title"],
  },
  { name: "empty file", format: "daily-papers-text", text: "", titles: [], problems: ["1: file is empty"] },
  {
    name: "JSON Lines starting with a byte-order mark keeps its first record",
    format: "jsonl",
    text: `\uFEFF${JSON.stringify({ title: "First After BOM", abstract: GOOD_ABSTRACT })}\n${JSON.stringify({ title: "Second", abstract: GOOD_ABSTRACT })}`,
    titles: ["First After BOM", "Second"],
    problems: [],
  },
  {
    name: "an HF daily-papers file starting with a byte-order mark is read whole",
    format: "hf-daily-json",
    text: `\uFEFF${JSON.stringify([{ paper: { id: "2501.00002", title: "BOM Paper", summary: GOOD_ABSTRACT } }])}`,
    titles: ["BOM Paper"],
    problems: [],
  },
  {
    name: "an object spread over lines is named for what it is",
    format: "jsonl",
    text: JSON.stringify({ paper: { id: "2501.00003", title: "Spread", summary: GOOD_ABSTRACT } }, null, 2),
    titles: [],
    problems: ["1: the file is one JSON object spread over several lines"],
  },
  {
    name: "a non-web url is dropped with a warning and the record kept",
    format: "jsonl",
    text: [
      JSON.stringify({ title: "Script Link", abstract: GOOD_ABSTRACT, url: "javascript:alert(1)" }),
      JSON.stringify({
        title: "Data Link",
        abstract: GOOD_ABSTRACT,
        url: "data:text/html,<script>alert(1)</script>",
      }),
      JSON.stringify({ title: "Web Link", abstract: GOOD_ABSTRACT, url: "https://example.org/paper" }),
    ].join("\n"),
    titles: ["Script Link", "Data Link", "Web Link"],
    problems: [],
    warnings: ["1: url: dropped (only http and https links are kept)", "2: url: dropped"],
  },
  {
    name: "Atom numeric character references are decoded",
    format: "arxiv-atom",
    text: `<feed>\n<entry>\n<id>http://arxiv.org/abs/2501.00004v1</id>\n<title>Bounds &#x3C; Limits &#38; More</title>\n<summary>${GOOD_ABSTRACT}</summary>\n</entry>\n</feed>`,
    titles: ["Bounds < Limits & More"],
    problems: [],
  },
  {
    name: "binary junk",
    format: "daily-papers-text",
    text: "\u0000\u0001\u0002garbage\uFFFD\u0007".repeat(50),
    titles: [],
    problems: ["1: not a text file (binary data)"],
  },
  {
    name: "arXiv Atom entries keep their authors, one or many",
    format: "arxiv-atom",
    text: `<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n<id>http://arxiv.org/abs/2501.10001v1</id>\n<title>Solo Paper</title>\n<summary>${GOOD_ABSTRACT}</summary>\n<author>\n<name>Ada  Byron</name>\n</author>\n</entry>\n<entry>\n<id>http://arxiv.org/abs/2501.10002v1</id>\n<title>Team Paper</title>\n<summary>${GOOD_ABSTRACT}</summary>\n<author><name>Grace Hopper</name></author>\n<author><name>Alan Turing</name></author>\n</entry>\n<entry>\n<id>http://arxiv.org/abs/2501.10003v1</id>\n<title>Nobody's Paper</title>\n<summary>${GOOD_ABSTRACT}</summary>\n</entry>\n</feed>\n`,
    titles: ["Solo Paper", "Team Paper", "Nobody's Paper"],
    problems: [],
    authors: [["Ada Byron"], ["Grace Hopper", "Alan Turing"], undefined],
  },
];
