import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { configuredPublicUrl } from "@/app/public-url";
import { lastUpdated } from "@/db/queries/freshness";
import { cachedQuery } from "@/db/server";
import { formatDateTime } from "@/components/format";
import { CLAIMS_FEED } from "@/components/routes";
import { SiteSearch } from "@/components/SiteSearch";
import "./globals.css";

// Every page reads the database at request time; nothing is prerendered from the build machine's data.
export const dynamic = "force-dynamic";

const DESCRIPTION = "What papers claim about models on benchmarks, traced to the sentence.";
// Absolute links in previews need the public address; without one, Next falls back to this server's.
const PUBLIC_URL = configuredPublicUrl();

export const metadata: Metadata = {
  metadataBase: PUBLIC_URL ? new URL(PUBLIC_URL) : undefined,
  title: { default: "Claimboard", template: "%s · Claimboard" },
  description: DESCRIPTION,
  openGraph: { siteName: "Claimboard", type: "website", description: DESCRIPTION },
  twitter: { card: "summary", description: DESCRIPTION },
  icons: { icon: "/favicon.svg" },
  alternates: { types: { "application/atom+xml": CLAIMS_FEED } },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, colorScheme: "light dark" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const updated = await cachedQuery("last-updated", lastUpdated);
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Claimboard
          </Link>
          <nav aria-label="Main">
            <Link href="/benchmarks">Benchmarks</Link>
            <Link href="/models">Models</Link>
            <Link href="/papers">Papers</Link>
            <Link href="/claims">All claims</Link>
            <Link href="/compare">Compare</Link>
            <Link href="/about">About</Link>
          </nav>
          <SiteSearch />
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Claims are extracted from abstracts by rules, not by hand: every number links to its sentence.{" "}
          <Link href="/about">How claims are extracted, and how good the extraction is</Link>. Data as{" "}
          <Link href="/api">JSON</Link>, CSV and <a href="/feeds/claims.xml">Atom</a>.
          {updated && (
            <>
              {" "}
              Data last updated <time dateTime={updated}>{formatDateTime(updated)}</time>.
            </>
          )}
        </footer>
      </body>
    </html>
  );
}
