/** The extractor's stored scores on the gold sets, for the About page (written by db/eval/store-figures.ts). */
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../schema";

const FigureSchema = z.object({
  precision: z.number(),
  recall: z.number(),
  tp: z.number(),
  pred: z.number(),
  gold: z.number(),
});
const SetFiguresSchema = z.object({
  name: z.string(),
  scoreLenient: FigureSchema,
  scoreStrict: FigureSchema,
  listedStrict: FigureSchema,
  allLenient: FigureSchema,
});

export type StoredSetFigures = z.infer<typeof SetFiguresSchema>;

/** Every stored set in order; a row that does not parse is left out rather than shown wrong. */
export async function getEvalFigures(db: Kysely<Database>): Promise<StoredSetFigures[]> {
  const rows = await db.selectFrom("eval_figures").select(["figures"]).orderBy("ordinal").execute();
  return rows.flatMap((r) => {
    const parsed = SetFiguresSchema.safeParse(JSON.parse(r.figures));
    return parsed.success ? [parsed.data] : [];
  });
}
