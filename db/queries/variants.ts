/**
 * A model's base and its variants, read from names: "Llama-2-7B-chat" and "Llama-2-7B quantized"
 * are variants of "Llama-2-7B", which is their base. A name that continues another model's name
 * after a separator is its variant; each page links the other, so the relation reads both ways.
 */
import { sql, type Kysely } from "kysely";
import type { Database } from "../schema";
import { hasClaims } from "./has-claims";
import { startsWithText } from "./text-match";

export interface ModelLink {
  slug: string;
  name: string;
}

const SEPARATORS = ["-", " ", "_", "/", " ("] as const;
const MAX_VARIANTS = 20;

/** Shorter names this one continues: "DeepSeek-R1-Distill-Qwen-7B" gives "DeepSeek-R1-Distill-Qwen", "DeepSeek-R1", … */
export function namePrefixes(name: string): string[] {
  const out: string[] = [];
  for (let i = name.length - 1; i >= 3; i--)
    if (SEPARATORS.some((s) => name.startsWith(s, i))) out.push(name.slice(0, i).trim());
  return [...new Set(out)].filter((p) => p.length >= 3);
}

/** The longest other model with claims whose name this one continues, if any. */
export async function baseModel(db: Kysely<Database>, name: string): Promise<ModelLink | null> {
  const prefixes = namePrefixes(name).map((p) => p.toLowerCase());
  if (prefixes.length === 0) return null;
  const rows = await withClaims(db)
    .where(sql<string>`lower(models.name)`, "in", prefixes)
    .execute();
  rows.sort((a, b) => b.name.length - a.name.length);
  return rows[0] ?? null;
}

/** Models with claims whose names continue this one's, nearest (shortest) first. */
export async function variantModels(db: Kysely<Database>, name: string): Promise<ModelLink[]> {
  return withClaims(db)
    .where((eb) => eb.or(SEPARATORS.map((s) => startsWithText("models.name", `${name}${s}`))))
    .orderBy(sql`length(models.name)`)
    .orderBy("models.name")
    .limit(MAX_VARIANTS)
    .execute();
}

function withClaims(db: Kysely<Database>) {
  return db.selectFrom("models").select(["models.key as slug", "models.name"]).where(hasClaims);
}
