/** Builds the one seeded fixture database (and its PostgreSQL twin) that db/ tests and the e2e suite share. */
import { buildFixtureDb, buildPgFixture } from "../fixtures/build-fixture-db";
import { PG_SKIP_MESSAGE, PG_URL } from "../fixtures/databases";

export default async function setup(): Promise<void> {
  await buildFixtureDb();
  if (PG_URL) await buildPgFixture();
  else console.warn(PG_SKIP_MESSAGE);
}
