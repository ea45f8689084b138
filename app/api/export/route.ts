/**
 * GET /api/export?view=benchmark|model|compare|claims|paper&...: the view's table as streamed CSV,
 * read through a connection of its own (see openExportDb) and capped per client (slots.ts).
 */
import type { NextRequest } from "next/server";
import { csvStream } from "@/db/export/csv";
import { EXPORTERS, EXPORT_VIEWS, type ExportView } from "@/db/export/views";
import { openExportDb } from "@/db/server";
import { publicBase } from "@/app/public-url";
import { badRequest, notFound, tooMany } from "../respond";
import { clientKey, takeExportSlot } from "./slots";

const isView = (v: string | null): v is ExportView =>
  (EXPORT_VIEWS as readonly (string | null)[]).includes(v);

export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const view = params.get("view");
  if (!isView(view))
    return badRequest(`view must be one of ${EXPORT_VIEWS.join(", ")} (got ${JSON.stringify(view)})`);
  params.delete("view");
  const slot = takeExportSlot(clientKey(request.headers));
  if ("refused" in slot) return tooMany(slot.refused);
  const { db, close } = openExportDb();
  const done = async () => {
    slot.release();
    await close();
  };
  try {
    const result = await EXPORTERS[view](db, params, publicBase(request));
    if (!result.ok || !result.data) {
      await done();
      return result.ok ? notFound(`no such ${view}`) : badRequest(result.error);
    }
    const { filename, header, rows } = result.data;
    return new Response(
      csvStream(header, rows, (r) => r, done),
      {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${filename}"`,
          "Cache-Control": "no-store",
        },
      },
    );
  } catch (error) {
    await done();
    throw error;
  }
}
