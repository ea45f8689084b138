/**
 * A page's title in the tab and in link previews alike: Next does not copy `title` into og:title or
 * twitter:title, so every page says it once through here.
 */
import type { Metadata } from "next";

export function pageMetadata(title: string, extra: Metadata = {}): Metadata {
  return {
    title,
    ...extra,
    openGraph: { title, siteName: "Claimboard", type: "website", ...extra.openGraph },
    twitter: { title, ...extra.twitter },
  };
}
