/** GET /feeds/models/SLUG.xml: the newest leaderboard claims of one model, as Atom. */
import type { Kysely } from "kysely";
import type { Database } from "@/db/schema";
import { findModels } from "@/db/queries/models";
import { modelHref } from "@/components/routes";
import { scopedFeed } from "../../scoped";

const findModel = async (db: Kysely<Database>, slug: string) => (await findModels(db, [slug]))[0];

export const GET = scopedFeed("model", findModel, modelHref);
