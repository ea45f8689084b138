/** Case-insensitive "contains" and "starts with" for the text filters, with the user's % and _ taken literally. */
import { sql, type RawBuilder } from "kysely";

const escapeLike = (text: string) => text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);

const like = (column: string, pattern: string): RawBuilder<boolean> =>
  sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;

export function containsText(column: string, q: string): RawBuilder<boolean> {
  return like(column, `%${escapeLike(q)}%`);
}

export function startsWithText(column: string, prefix: string): RawBuilder<boolean> {
  return like(column, `${escapeLike(prefix)}%`);
}
