/** GET /api/export?view=benchmark|model|compare|claims|paper&...: the view's table as streamed CSV. */
import type { NextRequest } from "next/server";
import { csvStream } from "../../../db/export/csv";
import { EXPORTERS, EXPORT_VIEWS, type ExportView } from "../../../db/export/views";
import { getDb } from "../../../db/server";
import { badRequest, notFound } from "../respond";

const isView = (v: string | null): v is ExportView => (EXPORT_VIEWS as readonly (string | null)[]).includes(v);

export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const view = params.get("view");
  if (!isView(view)) return badRequest(`view must be one of ${EXPORT_VIEWS.join(", ")} (got ${JSON.stringify(view)})`);
  params.delete("view");
  const result = await EXPORTERS[view](getDb(), params);
  if (!result.ok) return badRequest(result.error);
  if (!result.data) return notFound(`no such ${view}`);
  const { filename, header, rows } = result.data;
  return new Response(
    csvStream(header, rows, (r) => r),
    {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    },
  );
}
