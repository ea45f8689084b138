/**
 * Command-line runs over bad files: the exit code and what stderr must say. The table is data
 * (cli-cases.json); file contents are strings, where "{GOOD}" stands for one good record, or named
 * byte fixtures that JSON cannot hold. `args` defaults to the paths of the files written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const GOOD = JSON.stringify({
  title: "GoodNet: Fine",
  abstract: "GoodNet reaches 81.5% accuracy on CIFAR-10.",
});

const FIXTURES = {
  good: Buffer.from(`${GOOD}\n`),
  binary: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 97) % 256)),
  // A good record, then one whose title has two bytes that are not UTF-8.
  "invalid-utf8": Buffer.concat([
    Buffer.from(`${GOOD}\n`),
    Buffer.from(
      '{"title": "Bad \xff\xfe Bytes", "abstract": "ByteNet reaches 70.1% accuracy on CIFAR-10."}',
      "latin1",
    ),
  ]),
} as const;

const fileSchema = z.union([
  z.string().transform((text) => text.replaceAll("{GOOD}", GOOD)),
  z
    .object({
      fixture: z.enum(Object.keys(FIXTURES) as [keyof typeof FIXTURES]),
      times: z.number().int().optional(),
    })
    .strict()
    .transform(({ fixture, times }) => Buffer.concat(Array(times ?? 1).fill(FIXTURES[fixture]))),
]);

const cliCaseSchema = z
  .object({
    name: z.string(),
    files: z.record(z.string(), fileSchema),
    args: z.array(z.string()).optional(),
    env: z.record(z.string(), z.string()).optional(),
    exit: z.number().int(),
    stdoutLines: z.number().int(),
    stderr: z.array(z.string()),
  })
  .strict();

export type CliCase = z.infer<typeof cliCaseSchema>;

const FILE = "tests/unit/cases/cli-cases.json";
const parsed = z
  .array(cliCaseSchema)
  .safeParse(JSON.parse(readFileSync(join(import.meta.dirname, "cli-cases.json"), "utf8")));
if (!parsed.success) throw new Error(`${FILE}: ${z.prettifyError(parsed.error)}`);

export const CLI_CASES: readonly CliCase[] = parsed.data;
