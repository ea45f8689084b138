import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPapers } from "../../db/ingest";
import { getComparison } from "../../db/queries/compare";
import type { Database } from "../../db/schema";
import { readCorpus } from "../../extract/read";
import { freshDatabase } from "../fixtures/databases";

// Two models on one lower-is-better board (several papers each) and one higher-is-better board.
const SENTENCES = [
  "AudioNet-L achieves a WER of 4.1% on LibriSpeech test-clean.",
  "AudioNet-L achieves a WER of 3.9% on LibriSpeech test-clean.",
  "AudioNet-L achieves a WER of 4.4% on LibriSpeech test-clean.",
  "AudioNet-L achieves a WER of 5.0% on LibriSpeech test-clean.",
  "SpeechMix-B achieves a WER of 4.6% on LibriSpeech test-clean.",
  "SpeechMix-B achieves a WER of 4.2% on LibriSpeech test-clean.",
  "AudioNet-L scores 61.0% on MMLU.",
  "SpeechMix-B scores 58.0% on MMLU.",
];
const CORPUS = SENTENCES.map((abstract, i) =>
  JSON.stringify({ title: `Speech Study ${i + 1}`, abstract }),
).join("\n");

let db: Kysely<Database>;

describe("a comparison", () => {
  beforeAll(async () => {
    db = await freshDatabase("sqlite", "compare_cells");
    await ingestPapers(db, readCorpus(CORPUS, "compare.jsonl").papers);
  });

  afterAll(async () => {
    await db.destroy();
  });

  it("shows each cell's best three claims in the metric's direction, with its count and the winner", async () => {
    const cmp = await getComparison(db, ["audionetl", "speechmixb"]);
    expect(cmp.rowCount).toBe(2);
    const wer = cmp.rows[0]!;
    expect([wer.benchmarkName, wer.metric, wer.higherIsBetter, wer.claimCount]).toEqual([
      "LibriSpeech",
      "WER",
      false,
      6,
    ]);
    expect(wer.cells.map((c) => [c.claims.map((x) => x.value), c.total, c.best?.value, c.isWinner])).toEqual([
      [[3.9, 4.1, 4.4], 4, 3.9, true],
      [[4.2, 4.6], 2, 4.2, false],
    ]);
    expect(wer.cells[0]!.best!.href).toBe(wer.cells[0]!.claims[0]!.href);
    const mmlu = cmp.rows[1]!;
    expect(mmlu.cells.map((c) => [c.best?.value, c.isWinner])).toEqual([
      [61, true],
      [58, false],
    ]);
  });

  it("returns the busiest rows asked for and counts them all", async () => {
    const cmp = await getComparison(db, ["audionetl", "speechmixb"], { rows: 1 });
    expect(cmp.rows.map((r) => r.benchmarkName)).toEqual(["LibriSpeech"]);
    expect(cmp.rowCount).toBe(2);
  });

  it("gives every row's best values without their claims when asked (the CSV)", async () => {
    const cmp = await getComparison(db, ["audionetl", "speechmixb"], { rows: Infinity, claims: false });
    expect(cmp.rows.map((r) => r.cells.map((c) => [c.best?.value, c.claims.length]))).toEqual([
      [
        [3.9, 0],
        [4.2, 0],
      ],
      [
        [61, 0],
        [58, 0],
      ],
    ]);
  });
});
