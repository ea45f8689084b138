/**
 * Curation as JSON Lines, to back it up and to move it between databases (SQLite and PostgreSQL):
 * reviews, flags, merges and the audit log, one record a line with its "type". Import adds what is
 * not there yet (the same record twice is kept once), skips bad lines with their line number, and
 * re-applies merges and reviews in the same transaction.
 */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../schema";
import { writeTransaction } from "../write-transaction";
import { applyReviews } from "./apply-reviews";
import { applyMerge } from "./merges";

const identity = { paper_key: z.string().min(1), value_start: z.number().int().min(0), value: z.number() };
const at = z.string().min(1);

const TransferRecord = z.discriminatedUnion(
  "type",
  [
    z
      .object({
        type: z.literal("review"),
        ...identity,
        action: z.enum(["verified", "rejected", "corrected"]),
        reason: z.string(),
        fields: z.record(z.string(), z.unknown()),
        curator: z.string().min(1),
        created_at: at,
      })
      .strict(),
    z
      .object({
        type: z.literal("flag"),
        ...identity,
        reason: z.string().min(1),
        note: z.string().max(500),
        client: z.string().min(1),
        created_at: at,
        reviewed_at: at.nullable(),
      })
      .strict(),
    z
      .object({
        type: z.literal("merge"),
        kind: z.enum(["model", "benchmark"]),
        from_key: z.string().min(1),
        to_key: z.string().min(1),
        curator: z.string().min(1),
        created_at: at,
      })
      .strict(),
    z
      .object({
        type: z.literal("audit"),
        at,
        actor: z.string(),
        action: z.string(),
        target: z.string(),
        before: z.string().nullable(),
        after: z.string().nullable(),
      })
      .strict(),
  ],
  { error: () => "type must be one of: review, flag, merge, audit" },
);
export type TransferRecord = z.infer<typeof TransferRecord>;
type Counts = Record<TransferRecord["type"], number>;

export async function* exportCuration(db: Kysely<Database>): AsyncGenerator<string> {
  for (const r of await db.selectFrom("reviews").selectAll().orderBy("id").execute()) {
    const { id, fields, ...rest } = r;
    yield JSON.stringify({ type: "review", ...rest, fields: JSON.parse(fields) as object });
  }
  for (const { id, ...rest } of await db.selectFrom("flags").selectAll().orderBy("id").execute())
    yield JSON.stringify({ type: "flag", ...rest });
  for (const m of await db.selectFrom("alias_merges").selectAll().orderBy("created_at").execute())
    yield JSON.stringify({ type: "merge", ...m });
  for (const { id, ...rest } of await db.selectFrom("audit_log").selectAll().orderBy("id").execute())
    yield JSON.stringify({ type: "audit", ...rest });
}

export interface ImportSummary {
  added: Counts;
  present: number;
  problems: { line: number; message: string }[];
}

export function parseCuration(text: string): {
  records: TransferRecord[];
  problems: ImportSummary["problems"];
} {
  const records: TransferRecord[] = [];
  const problems: ImportSummary["problems"] = [];
  text
    .replace(/^\uFEFF/, "")
    .split("\n")
    .forEach((line, i) => {
      if (line.trim() === "") return;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        return problems.push({ line: i + 1, message: "not valid JSON" });
      }
      const parsed = TransferRecord.safeParse(json);
      if (parsed.success) records.push(parsed.data);
      else
        problems.push({
          line: i + 1,
          message: parsed.error.issues.map((x) => `${x.path.join(".") || "record"}: ${x.message}`).join("; "),
        });
    });
  return { records, problems };
}

export async function importCuration(
  db: Kysely<Database>,
  records: readonly TransferRecord[],
): Promise<Omit<ImportSummary, "problems">> {
  const added: Counts = { review: 0, flag: 0, merge: 0, audit: 0 };
  let present = 0;
  await writeTransaction(db, async (trx) => {
    for (const r of records) {
      if (await exists(trx, r)) {
        present++;
        continue;
      }
      await insert(trx, r);
      added[r.type]++;
    }
    for (const r of records) if (r.type === "merge") await applyMerge(trx, r.kind, r.from_key, r.to_key);
    const papers = new Set(
      records.flatMap((r) => (r.type === "review" || r.type === "flag" ? [r.paper_key] : [])),
    );
    await applyReviews(trx, [...papers]);
  });
  return { added, present };
}

async function exists(trx: Kysely<Database>, r: TransferRecord): Promise<boolean> {
  const found =
    r.type === "review"
      ? await trx
          .selectFrom("reviews")
          .select("id")
          .where("paper_key", "=", r.paper_key)
          .where("value_start", "=", r.value_start)
          .where("action", "=", r.action)
          .where("curator", "=", r.curator)
          .where("created_at", "=", r.created_at)
          .executeTakeFirst()
      : r.type === "flag"
        ? await trx
            .selectFrom("flags")
            .select("id")
            .where("paper_key", "=", r.paper_key)
            .where("value_start", "=", r.value_start)
            .where("client", "=", r.client)
            .where("created_at", "=", r.created_at)
            .executeTakeFirst()
        : r.type === "merge"
          ? await trx
              .selectFrom("alias_merges")
              .select("from_key as id")
              .where("kind", "=", r.kind)
              .where("from_key", "=", r.from_key)
              .where("to_key", "=", r.to_key)
              .executeTakeFirst()
          : await trx
              .selectFrom("audit_log")
              .select("id")
              .where("at", "=", r.at)
              .where("actor", "=", r.actor)
              .where("action", "=", r.action)
              .where("target", "=", r.target)
              .executeTakeFirst();
  return found !== undefined;
}

async function insert(trx: Kysely<Database>, r: TransferRecord): Promise<void> {
  if (r.type === "review") {
    const { type, fields, ...row } = r;
    await trx
      .insertInto("reviews")
      .values({ ...row, fields: JSON.stringify(fields) })
      .execute();
  } else if (r.type === "flag") {
    const { type, ...row } = r;
    await trx.insertInto("flags").values(row).execute();
  } else if (r.type === "merge") {
    const { type, ...row } = r;
    await trx
      .insertInto("alias_merges")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["kind", "from_key"])
          .doUpdateSet({ to_key: row.to_key, curator: row.curator, created_at: row.created_at }),
      )
      .execute();
  } else {
    const { type, ...row } = r;
    await trx.insertInto("audit_log").values(row).execute();
  }
}
