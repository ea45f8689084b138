/** The hand-checked arXiv id and date of each paper, joined on the normalised title. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { normaliseText, titleKey } from "../extract";

const MetaSchema = z.array(
  z.object({
    title: z.string().min(1),
    arxiv_id: z.string().regex(/^\d{4}\.\d{4,5}$/, "arxiv_id must look like 2504.21801"),
    published: z.string().regex(/^\d{4}-\d{2}(?:-\d{2})?$/, "published must be YYYY-MM or YYYY-MM-DD"),
  }),
);

export type PaperMeta = z.infer<typeof MetaSchema>[number];
export type MetaIndex = ReadonlyMap<string, PaperMeta>;

export const DEFAULT_META_PATH = "db/seed/daily-papers.meta.json";

export function loadMetaIndex(path: string): MetaIndex {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: cannot read meta file (${(error as Error).message})`, { cause: error });
  }
  const parsed = MetaSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${path}: item ${String(issue?.path[0] ?? "?")}, field ${issue?.path.slice(1).join(".") || "?"}: ${issue?.message}`,
    );
  }
  return new Map(parsed.data.map((m) => [titleKey(normaliseText(m.title)), m]));
}
