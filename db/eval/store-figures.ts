/**
 * Scores the extractor on every gold set there is and stores the figures for the About page.
 * Runs with ingest and db:ensure, so the web server never runs the extractor over gold files.
 * Without gold sets (a deployment without ../shared) the stored figures are left as they are.
 */
import type { Kysely } from "kysely";
import { EXTRACTOR_VERSION } from "../../extract";
import type { Database } from "../schema";
import { writeTransaction } from "../write-transaction";
import { defaultGoldSets, scoreSet } from "./gold-sets";
import { takeIncoming } from "../upsert";

export async function storeEvalFigures(db: Kysely<Database>): Promise<number> {
  const sets = defaultGoldSets();
  if (sets.length === 0) return 0;
  const rows = sets.map((set, ordinal) => ({
    name: set.name,
    ordinal,
    figures: JSON.stringify(scoreSet(set)),
    extractor_version: EXTRACTOR_VERSION,
  }));
  // An upsert, not delete-then-insert: two ingests finishing at once must not collide on a name.
  await writeTransaction(db, async (trx) => {
    await trx
      .deleteFrom("eval_figures")
      .where(
        "name",
        "not in",
        rows.map((r) => r.name),
      )
      .execute();
    await trx
      .insertInto("eval_figures")
      .values(rows)
      .onConflict((oc) =>
        oc.column("name").doUpdateSet(takeIncoming(["ordinal", "figures", "extractor_version"])),
      )
      .execute();
  });
  return rows.length;
}
