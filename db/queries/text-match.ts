/** Case-insensitive "contains" for the text filters, with the user's % and _ taken literally. */
import { sql, type RawBuilder } from "kysely";

export function containsText(column: string, q: string): RawBuilder<boolean> {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
