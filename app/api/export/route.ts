/**
 * GET /api/export?view=benchmark|model|compare|claims|paper&...: the view's table as streamed CSV,
 * read through a connection of its own (see openExportDb) and capped per client (slots.ts).
 */
import type { NextRequest } from "next/server";
import { z } from "zod";
import { csvStream } from "@/db/export/csv";
import { EXPORTERS, EXPORT_VIEWS, type ExportView } from "@/db/export/views";
import { openExportDb } from "@/db/server";
import { badRequest, notFound, tooMany } from "../respond";
import { clientKey, takeExportSlot } from "./slots";

/** Where links in the CSV point: CLAIMBOARD_PUBLIC_URL when set (behind a proxy), else this request's origin. */
function publicBase(request: NextRequest): string {
  const configured = z.url({ protocol: /^https?$/ }).safeParse(process.env.CLAIMBOARD_PUBLIC_URL);
  if (configured.success) return configured.data.replace(/\/+$/, "");
  // The host the client asked for (Next's own origin may say "localhost" behind any address).
  const host = request.headers.get("host");
  return host && /^[\w.-]+(?::\d+)?$/.test(host)
    ? `${request.nextUrl.protocol}//${host}`
    : request.nextUrl.origin;
}

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
