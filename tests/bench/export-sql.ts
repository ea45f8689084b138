/** The SQL the claims export runs, with its parameters inlined, for the sqlite3 CLI comparison. */
import { Kysely, SqliteAdapter, DummyDriver, SqliteIntrospector, SqliteQueryCompiler } from "kysely";
import { selectClaims } from "../../db/queries/claim-rows";
import type { Database } from "../../db/schema";

export function compileClaimsExport(): string {
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new SqliteIntrospector(k),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
  const { sql, parameters } = selectClaims(
    db,
    { kind: "all", self: "all", q: "" },
    { sort: "value", dir: "desc" },
  ).compile();
  let i = 0;
  return sql.replace(/\?/g, () => JSON.stringify(parameters[i++]));
}
