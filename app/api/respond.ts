/** Shared JSON responses of the API routes: 400 names the bad parameter, 404 the missing thing. */
export const badRequest = (error: string) => Response.json({ error }, { status: 400 });
export const notFound = (error: string) => Response.json({ error }, { status: 404 });
export const ok = (body: unknown) => Response.json(body, { headers: { "Cache-Control": "no-store" } });
export const tooMany = (error: string) =>
  Response.json({ error }, { status: 429, headers: { "Retry-After": "5" } });
