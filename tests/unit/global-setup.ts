/** Builds the one seeded fixture database that db/ unit tests and the e2e suite share. */
import { buildFixtureDb } from "../fixtures/build-fixture-db";

export default async function setup(): Promise<void> {
  process.env.CLAIMBOARD_TEST_DB = await buildFixtureDb();
}
