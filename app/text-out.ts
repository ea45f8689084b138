/**
 * What app/ routes that write text by hand (Atom feeds, the embed page) share: HTML escaping of every
 * interpolated text, and reading a slug that carries a file extension ("coco.xml", "coco.png").
 */
import { decodeSlug } from "@/db/views/url-params";

export const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");

/** "coco.xml" with ".xml" is "coco"; a missing extension or an undecodable slug is null. */
export function slugWithExtension(raw: string, extension: string): string | null {
  return raw.endsWith(extension) ? decodeSlug(raw.slice(0, -extension.length)) : null;
}
