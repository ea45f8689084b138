/**
 * The cells of a comparison, read along the model-led index (claims_model_cells) without sorting
 * whole models' claims: one grouped count per (model, benchmark, metric, setting, direction) over
 * the index alone, then the shown cells' best few claims by an index seek each, all in one
 * statement. A window over every claim of two busy models sorted 130k rows; this reads them once.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";

export interface CellGroup {
  modelId: number;
  benchmarkId: number;
  metricKey: string;
  setting: string | null;
  /** As stored: 1 higher is better, 0 lower, null unknown (ranked as higher). */
  higher: number | null;
  n: number;
}

export interface CellClaim {
  id: number;
  paperId: number;
  ordinal: number;
  value: number;
  metric: string | null;
  unit: string;
}

/** Listed scores on a benchmark, counted per cell of the given models. */
export async function countCells(db: Kysely<Database>, modelIds: number[]): Promise<CellGroup[]> {
  if (modelIds.length === 0) return [];
  const rows = await db
    .selectFrom("claims")
    .select([
      "claims.model_id",
      "claims.benchmark_id",
      "claims.metric_key",
      "claims.setting",
      "claims.higher_is_better",
      sql<number>`count(*)`.as("n"),
    ])
    .where("claims.model_id", "in", modelIds)
    .where("claims.listed", "=", 1)
    .where("claims.kind", "=", "score")
    .where("claims.benchmark_id", "is not", null)
    .groupBy([
      "claims.model_id",
      "claims.benchmark_id",
      "claims.metric_key",
      "claims.setting",
      "claims.higher_is_better",
    ])
    .execute();
  return rows.map((r) => ({
    modelId: r.model_id,
    benchmarkId: r.benchmark_id!,
    metricKey: r.metric_key,
    setting: r.setting,
    higher: r.higher_is_better,
    n: Number(r.n),
  }));
}

const GROUPS_PER_STATEMENT = 400;

/** Each group's best `limit` claims, best first, by the group's direction. */
export async function bestOfGroups(
  db: Kysely<Database>,
  groups: readonly CellGroup[],
  limit: number,
): Promise<CellClaim[][]> {
  const out: CellClaim[][] = groups.map(() => []);
  for (const lower of [false, true]) {
    const indices = groups.flatMap((g, i) => ((g.higher === 0) === lower ? [i] : []));
    for (let from = 0; from < indices.length; from += GROUPS_PER_STATEMENT) {
      const chunk = indices.slice(from, from + GROUPS_PER_STATEMENT);
      const rows = await seekGroups(db, chunk, groups, lower, limit);
      for (const r of rows)
        out[Number(r.grp)]!.push({
          id: r.id,
          paperId: r.paper_id,
          ordinal: r.ordinal,
          value: r.value,
          metric: r.metric,
          unit: r.unit,
        });
    }
  }
  groups.forEach((g, i) => out[i]!.sort((a, b) => (g.higher === 0 ? a.value - b.value : b.value - a.value)));
  return out;
}

interface SeekRow {
  grp: number;
  id: number;
  paper_id: number;
  ordinal: number;
  value: number;
  metric: string | null;
  unit: string;
}

/**
 * The groups as a table of values joined to their claims: for each group the seek fixes every
 * index column up to the direction, so the index hands over rows in value order and the limit
 * stops the read. Values are parameters (cast so PostgreSQL types them); the group number is our
 * own integer, written as a literal.
 */
async function seekGroups(
  db: Kysely<Database>,
  chunk: number[],
  groups: readonly CellGroup[],
  lower: boolean,
  limit: number,
): Promise<SeekRow[]> {
  const values = sql.join(
    chunk.map((i) => {
      const g = groups[i]!;
      return sql`(cast(${g.modelId} as integer), cast(${g.benchmarkId} as integer), ${g.metricKey}, ${g.setting}, cast(${g.higher} as integer), ${sql.lit(i)})`;
    }),
  );
  const dir = sql.raw(lower ? "asc" : "desc");
  const { rows } = await sql<SeekRow>`with g (m, b, k, s, h, grp) as (values ${values})
    select g.grp, c.id, c.paper_id, c.ordinal, c.value, c.metric, c.unit
    from g join claims c on c.id in (
      select x.id from claims x
      where x.model_id = g.m and x.listed = 1 and x.kind = 'score' and x.benchmark_id = g.b
        and x.metric_key = g.k and x.setting is not distinct from g.s
        and x.higher_is_better is not distinct from g.h
      order by x.value ${dir}, x.id ${dir}
      limit ${sql.lit(limit)})`.execute(db);
  return rows;
}
