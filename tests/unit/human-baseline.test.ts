import type { Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPapers } from "../../db/ingest";
import { listBenchmarks } from "../../db/queries/benchmarks";
import type { Database } from "../../db/schema";
import { HUMAN_BASELINE } from "../../extract";
import { readCorpus } from "../../extract/read";
import { freshDatabase } from "../fixtures/databases";

// People beat every model here: the row is listed, but a benchmark's leader is a model.
const PAPER = JSON.stringify({
  title: "ChartQA-Pro: Harder Chart Questions",
  abstract:
    "We introduce ChartQA-Pro, a benchmark of 2,400 chart questions. Human annotators reach 91.2% accuracy on ChartQA-Pro, while the best model, GPT-4o, scores 63.5%.",
});

let db: Kysely<Database>;

describe("a human baseline", () => {
  beforeEach(async () => {
    db = await freshDatabase("sqlite", "human_baseline");
    await ingestPapers(db, readCorpus(PAPER, "human.jsonl").papers);
  });

  afterEach(async () => {
    await db.destroy();
  });

  it("is a listed row with its own setting", async () => {
    const rows = await db
      .selectFrom("claims")
      .innerJoin("models", "models.id", "claims.model_id")
      .select(["models.name", "claims.value", "claims.listed", "claims.setting"])
      .orderBy("claims.value", "desc")
      .execute();
    expect(rows).toEqual([
      { name: "Human annotators", value: 91.2, listed: 1, setting: HUMAN_BASELINE },
      { name: "GPT-4o", value: 63.5, listed: 1, setting: null },
    ]);
  });

  it("is never a benchmark's leader: the best model is", async () => {
    const [chartqa] = await listBenchmarks(db, { q: "chartqa" });
    expect(chartqa!.leaders.map((l) => [l.model, l.value])).toEqual([["GPT-4o", 63.5]]);
  });
});
