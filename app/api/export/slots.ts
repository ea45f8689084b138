/**
 * How many CSV exports may run at once: per client and in all. A client over its share gets a 429
 * at once, rather than a queue without limit. Behind a trusted proxy (CLAIMBOARD_TRUST_PROXY=1) the
 * client is the first X-Forwarded-For address; otherwise a route handler cannot tell clients
 * apart, and all share one key.
 */
export const MAX_EXPORTS_PER_CLIENT = 2;
export const MAX_EXPORTS_IN_ALL = 8;

const running = new Map<string, number>();
let total = 0;

export function clientKey(headers: Headers): string {
  // Client-supplied headers name the client only behind a proxy of ours (as for HSTS in proxy.ts).
  if (process.env.CLAIMBOARD_TRUST_PROXY !== "1") return "direct";
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "direct";
}

/** A release function when a slot is free, else the reason for the 429. */
export function takeExportSlot(client: string): { release: () => void } | { refused: string } {
  const mine = running.get(client) ?? 0;
  if (mine >= MAX_EXPORTS_PER_CLIENT)
    return {
      refused: `too many exports at once: at most ${MAX_EXPORTS_PER_CLIENT} per client; try again when one has finished`,
    };
  if (total >= MAX_EXPORTS_IN_ALL)
    return { refused: `too many exports at once: at most ${MAX_EXPORTS_IN_ALL} in all; try again shortly` };
  running.set(client, mine + 1);
  total++;
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      total--;
      const left = (running.get(client) ?? 1) - 1;
      if (left > 0) running.set(client, left);
      else running.delete(client);
    },
  };
}
