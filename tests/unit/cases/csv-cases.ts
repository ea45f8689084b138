/** CSV cells and what RFC 4180 plus formula neutralisation must make of them. */
import type { CsvValue } from "../../../db/export/csv";

export const CSV_CELL_CASES: readonly { name: string; value: CsvValue; cell: string }[] = [
  { name: "plain text", value: "COCO", cell: "COCO" },
  { name: "comma is quoted", value: "A, B", cell: '"A, B"' },
  { name: "quotes are doubled", value: 'say "hi"', cell: '"say ""hi"""' },
  { name: "line breaks are quoted", value: "two\nlines", cell: '"two\nlines"' },
  { name: "numbers stay numbers", value: 53.1, cell: "53.1" },
  { name: "negative numbers are not formulas", value: -0.5, cell: "-0.5" },
  { name: "booleans", value: true, cell: "true" },
  { name: "null is empty", value: null, cell: "" },
  { name: "non-finite numbers are empty", value: Number.NaN, cell: "" },
  { name: "= formula", value: "=SUM(A1:A9)", cell: "'=SUM(A1:A9)" },
  { name: "+ formula", value: "+3.1 points", cell: "'+3.1 points" },
  { name: "- formula", value: "-CellBench", cell: "'-CellBench" },
  { name: "@ formula", value: "@Baseline-7B", cell: "'@Baseline-7B" },
  { name: "tab start", value: "\t=1", cell: "'\t=1" },
  {
    name: "formula with a comma is neutralised then quoted",
    value: '=HYPERLINK("http://x.invalid","click")',
    cell: '"\'=HYPERLINK(""http://x.invalid"",""click"")"',
  },
];
