/**
 * Curation as JSON Lines, to back it up and to move it between databases (SQLite and PostgreSQL):
 * reviews, flags, merges and the audit log, one record a line with its "type". Import adds what is
 * not there yet (the same record twice is kept once), skips bad lines with their line number, and
 * re-applies merges and reviews in the same transaction.
 */
import { sql, type Kysely } from "kysely";
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

/** Where each record type lives, and the columns that make two records the same one. */
const SAME_RECORD = {
  review: { table: "reviews", columns: ["paper_key", "value_start", "action", "curator", "created_at"] },
  flag: { table: "flags", columns: ["paper_key", "value_start", "client", "created_at"] },
  merge: { table: "alias_merges", columns: ["kind", "from_key", "to_key"] },
  audit: { table: "audit_log", columns: ["at", "actor", "action", "target"] },
} as const;

async function exists(trx: Kysely<Database>, r: TransferRecord): Promise<boolean> {
  const { table, columns } = SAME_RECORD[r.type];
  const values = r as unknown as Record<string, string | number>;
  const found = await trx
    .selectFrom(table)
    .select(sql<number>`1`.as("one"))
    .where((eb) => eb.and(columns.map((c) => eb(sql.ref(c), "=", values[c]!))))
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
