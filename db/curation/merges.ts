/**
 * Alias merges: a curator says model (or benchmark) A is B. The merge is recorded, applied to the
 * rows at once (claims move to B, A's spelling becomes an alias of B, A's row goes), and applied by
 * every later ingest to the keys the extractor produces (see write-batch.ts).
 */
import type { Kysely } from "kysely";
import type { Claim } from "../../extract";
import type { Database } from "../schema";
import { writeTransaction } from "../write-transaction";
import type { MergeInput } from "./inputs";

export type MergeMaps = Record<"model" | "benchmark", Map<string, string>>;

/** Every merge, with chains followed to their end (A into B, B into C: A into C). */
export async function loadMerges(db: Kysely<Database>): Promise<MergeMaps> {
  const rows = await db.selectFrom("alias_merges").select(["kind", "from_key", "to_key"]).execute();
  const maps: MergeMaps = { model: new Map(), benchmark: new Map() };
  for (const r of rows) maps[r.kind].set(r.from_key, r.to_key);
  for (const map of Object.values(maps))
    for (const [from] of map) {
      let to = map.get(from)!;
      for (let hops = 0; map.has(to) && hops < 50; hops++) to = map.get(to)!;
      map.set(from, to);
    }
  return maps;
}

/** A claim with its model and benchmark keys as merged by curators. */
export function mergedClaim(c: Claim, maps: MergeMaps): Claim {
  const model = maps.model.get(c.model_key);
  const benchmark = c.benchmark_key === null ? undefined : maps.benchmark.get(c.benchmark_key);
  return model || benchmark
    ? { ...c, model_key: model ?? c.model_key, benchmark_key: benchmark ?? c.benchmark_key }
    : c;
}

export type MergeResult = { ok: true; moved: number } | { error: string };

export async function mergeKeys(
  db: Kysely<Database>,
  input: MergeInput,
  curator: string,
  now: string,
): Promise<MergeResult> {
  const table = input.kind === "model" ? "models" : "benchmarks";
  return writeTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom(table)
      .select(["key", "name"])
      .where("key", "in", [input.from, input.into])
      .execute();
    const from = rows.find((r) => r.key === input.from);
    const into = rows.find((r) => r.key === input.into);
    if (!from) return { error: `no ${input.kind} ${input.from}` };
    if (!into) return { error: `no ${input.kind} ${input.into}` };
    await trx
      .insertInto("alias_merges")
      .values({ kind: input.kind, from_key: from.key, to_key: into.key, curator, created_at: now })
      .onConflict((oc) =>
        oc.columns(["kind", "from_key"]).doUpdateSet({ to_key: into.key, curator, created_at: now }),
      )
      .execute();
    const moved = await applyMerge(trx, input.kind, from.key, into.key);
    await trx
      .insertInto("audit_log")
      .values({
        at: now,
        actor: curator,
        action: `merge ${input.kind}`,
        target: JSON.stringify({ kind: input.kind, from: from.key, into: into.key }),
        before: JSON.stringify({ name: from.name }),
        after: JSON.stringify({ name: into.name }),
      })
      .execute();
    return { ok: true, moved };
  });
}

/**
 * Moves the rows of a merged key onto its target: claims, metric directions, aliases (the merged
 * spelling becomes one), then removes the merged row. Nothing to do when either key is absent.
 */
export async function applyMerge(
  trx: Kysely<Database>,
  kind: "model" | "benchmark",
  fromKey: string,
  toKey: string,
): Promise<number> {
  const table = kind === "model" ? "models" : "benchmarks";
  const rows = await trx
    .selectFrom(table)
    .select(["id", "key", "name"])
    .where("key", "in", [fromKey, toKey])
    .execute();
  const from = rows.find((r) => r.key === fromKey);
  const into = rows.find((r) => r.key === toKey);
  if (!from || !into) return 0;
  const column = kind === "model" ? "model_id" : "benchmark_id";
  const moved = await trx
    .updateTable("claims")
    .set({ [column]: into.id })
    .where(column, "=", from.id)
    .executeTakeFirst();
  if (kind === "benchmark") {
    // Metric directions move too, unless the target already has that metric.
    const metrics = await trx
      .selectFrom("benchmark_metrics")
      .selectAll()
      .where("benchmark_id", "=", from.id)
      .execute();
    for (const m of metrics)
      await trx
        .insertInto("benchmark_metrics")
        .values({ ...m, benchmark_id: into.id })
        .onConflict((oc) => oc.columns(["benchmark_id", "metric"]).doNothing())
        .execute();
    await trx.deleteFrom("benchmark_metrics").where("benchmark_id", "=", from.id).execute();
  }
  await trx
    .updateTable("aliases")
    .set({ key: into.key })
    .where("kind", "=", kind)
    .where("key", "=", from.key)
    .execute();
  await trx
    .insertInto("aliases")
    .values({ kind, alias: from.name, key: into.key })
    .onConflict((oc) => oc.columns(["kind", "alias"]).doUpdateSet({ key: into.key }))
    .execute();
  await trx.deleteFrom(table).where("id", "=", from.id).execute();
  return Number(moved.numUpdatedRows);
}
