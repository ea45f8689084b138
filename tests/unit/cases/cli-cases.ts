/** Command-line runs over bad files: the exit code and what stderr must say. */
const GOOD = JSON.stringify({
  title: "GoodNet: Fine",
  abstract: "GoodNet reaches 81.5% accuracy on CIFAR-10.",
});

export interface CliCase {
  name: string;
  files: Record<string, string | Buffer>;
  args: (paths: string[]) => string[];
  exit: number;
  stdoutLines: number;
  stderr: string[];
  env?: Record<string, string>;
}

const INVALID_UTF8 = Buffer.concat([
  Buffer.from(`${GOOD}\n`),
  Buffer.from(
    '{"title": "Bad \xff\xfe Bytes", "abstract": "ByteNet reaches 70.1% accuracy on CIFAR-10."}',
    "latin1",
  ),
]);

export const CLI_CASES: readonly CliCase[] = [
  {
    name: "a good file",
    files: { "good.jsonl": GOOD },
    args: (p) => p,
    exit: 0,
    stdoutLines: 1,
    stderr: ["read 1 papers, skipped 0 bad records"],
  },
  {
    name: "an empty file",
    files: { "empty.txt": "" },
    args: (p) => p,
    exit: 2,
    stdoutLines: 0,
    stderr: ["empty.txt:1: skipped: file is empty", "read 0 papers, skipped 1 bad records"],
  },
  {
    name: "truncated JSON among good lines",
    files: { "cut.jsonl": `${GOOD}\n{"title": "Cut", "abs` },
    args: (p) => p,
    exit: 2,
    stdoutLines: 1,
    stderr: ["cut.jsonl:2: skipped: not valid JSON", "read 1 papers, skipped 1 bad records"],
  },
  {
    name: "wrong types",
    files: { "types.jsonl": `${GOOD}\n{"title": ["x"], "abstract": 5}` },
    args: (p) => p,
    exit: 2,
    stdoutLines: 1,
    stderr: ["types.jsonl:2: skipped: title:"],
  },
  {
    name: "a missing abstract",
    files: { "missing.jsonl": '{"title": "Only a title"}' },
    args: (p) => p,
    exit: 2,
    stdoutLines: 0,
    stderr: ["missing.jsonl:1: skipped: abstract:"],
  },
  {
    name: "binary junk",
    files: { "junk.bin": Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97) % 256)) },
    args: (p) => p,
    exit: 2,
    stdoutLines: 0,
    stderr: ["junk.bin:1: skipped: not a text file (binary data)", "read 0 papers, skipped 1 bad records"],
  },
  {
    name: "a file that does not exist",
    files: {},
    args: () => ["no-such-file.txt"],
    exit: 1,
    stdoutLines: 0,
    stderr: ["claims: no-such-file.txt: cannot read file"],
  },
  {
    name: "a device that never ends",
    files: {},
    args: () => ["/dev/zero"],
    exit: 1,
    stdoutLines: 0,
    stderr: ["claims: /dev/zero: cannot read file (not a regular file)"],
  },
  {
    name: "a directory",
    files: {},
    args: () => ["/tmp"],
    exit: 1,
    stdoutLines: 0,
    stderr: ["claims: /tmp: cannot read file (not a regular file)"],
  },
  {
    name: "a file over the size cap",
    files: { "big.jsonl": `${GOOD}\n`.repeat(100) },
    args: (p) => p,
    env: { CLAIMBOARD_MAX_FILE_MB: "0.001" },
    exit: 1,
    stdoutLines: 0,
    stderr: [
      "big.jsonl: cannot read file (larger than 0.001 MB; set CLAIMBOARD_MAX_FILE_MB to raise the limit)",
    ],
  },
  {
    name: "invalid UTF-8 is read with a warning naming the byte",
    files: { "bytes.jsonl": INVALID_UTF8 },
    args: (p) => p,
    exit: 0,
    stdoutLines: 2,
    stderr: [
      `bytes.jsonl:2: warning: invalid UTF-8 at byte offset ${GOOD.length + 1 + 15}: read with replacement characters`,
      "read 2 papers, skipped 0 bad records",
    ],
  },
  {
    name: "no file at all",
    files: {},
    args: () => [],
    exit: 1,
    stdoutLines: 0,
    stderr: ["claims: usage: claims FILE... (at least one corpus file)"],
  },
];
