/** What /benchmarks/[slug] and /models/[slug] share: the decoded slug (a 404 when it cannot be) and the title. */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { decodeSlug } from "@/db/views/url-params";
import { pageMetadata } from "./page-metadata";

export type SlugPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function slugOf(params: SlugPageProps["params"]): Promise<string> {
  const slug = decodeSlug((await params).slug);
  if (slug === null) notFound();
  return slug;
}

/**
 * generateMetadata for a slug page: "Prefix: Real Name" (the name as papers write it, never the
 * slug), or "Not found" for a slug that cannot be decoded or names nothing.
 */
export function titleWithName(
  prefix: string,
  nameOf: (slug: string) => Promise<string | null>,
  links: { feed: (slug: string) => string; image: (slug: string) => string } | null = null,
): (props: SlugPageProps) => Promise<Metadata> {
  return async ({ params }) => {
    const slug = decodeSlug((await params).slug);
    const name = slug === null ? null : await nameOf(slug);
    if (slug === null || name === null) return { title: "Not found" };
    const title = `${prefix}: ${name}`;
    if (!links) return pageMetadata(title);
    // Feed readers find the Atom feed from <link rel="alternate">; shared links show the preview image.
    const images = [{ url: links.image(slug), width: 1200, height: 630, alt: `${title}, top five` }];
    return pageMetadata(title, {
      alternates: { types: { "application/atom+xml": links.feed(slug) } },
      openGraph: { images },
      twitter: { card: "summary_large_image", images },
    });
  };
}
