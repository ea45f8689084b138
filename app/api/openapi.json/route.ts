/** GET /api/openapi.json: the JSON API as OpenAPI 3.1, generated from the request schemas. */
import type { NextRequest } from "next/server";
import { publicBase } from "@/app/public-url";
import { openApiDocument } from "../openapi";

export function GET(request: NextRequest): Response {
  return Response.json(openApiDocument(publicBase(request)), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
