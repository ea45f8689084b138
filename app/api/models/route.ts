/** GET /api/models?q=&sort=&family=&size=&page=&per=: models matching a name or alias, with counts and the total; each carries its page's URL. */
import { countModels, listModels } from "@/db/queries/models";
import { ModelIndexParams } from "@/db/views/url-params";
import { modelHref } from "@/components/routes";
import { serveNameIndex } from "../name-index-json";

export const GET = serveNameIndex("models", ModelIndexParams, listModels, countModels, modelHref);
