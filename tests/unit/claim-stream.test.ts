import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVERY_CLAIM, selectClaims } from "../../db/queries/claim-rows";
import { streamClaimRecords } from "../../db/queries/claim-stream";
import type { Database } from "../../db/schema";
import { openFixture } from "../fixtures/build-fixture-db";
import { DIALECTS } from "../fixtures/databases";

let db: Kysely<Database>;

describe.each(DIALECTS)("streamClaimRecords on %s", (dialect) => {
  beforeAll(() => {
    db = openFixture(dialect);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it.each([
    ["every claim by value", EVERY_CLAIM, { sort: "value", dir: "desc" }],
    [
      "listed scores by model",
      { ...EVERY_CLAIM, kind: "score", listed: true },
      { sort: "model", dir: "asc" },
    ],
  ] as const)("yields the same records as the query itself: %s", async (_, filter, order) => {
    const query = selectClaims(db, filter, order);
    const streamed = [];
    for await (const record of streamClaimRecords(db, query)) streamed.push(record);
    expect(streamed.length).toBeGreaterThan(50);
    expect(streamed).toEqual(await query.execute());
  });

  it("frees the connection when the reader stops early", async () => {
    const query = selectClaims(db, EVERY_CLAIM, { sort: "value", dir: "asc" });
    const read: number[] = [];
    for await (const record of streamClaimRecords(db, query)) if (read.push(record.id) === 3) break;
    expect(read).toHaveLength(3);
    expect((await query.execute()).length).toBeGreaterThan(3);
  });
});
