"use client";
/**
 * Fetches JSON for what the user is typing: a short pause first, so that typing a word sends one
 * request, not one per letter, and the request of a superseded input is aborted so it can never land
 * after the newer one. `url` null means "nothing to ask" (e.g. fewer than two letters).
 */
import { useEffect } from "react";

export function useDebouncedJson<T>(url: string | null, onData: (body: T) => void, delayMs = 150): void {
  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(url, { signal: controller.signal })
        .then((r) => (r.ok ? (r.json() as Promise<T>) : null))
        .then((body) => body !== null && onData(body))
        .catch(() => undefined);
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // onData is a fresh closure each render; the request depends on the URL alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, delayMs]);
}
