/** /search?q=: models, benchmarks and papers matching the query, each linked to its page. */
import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import type { ReactNode } from "react";
import Link from "next/link";
import { searchAll } from "@/db/queries/search";
import { cachedQuery } from "@/db/server";
import { parseParams, SearchParams } from "@/db/views/url-params";
import { formatDate } from "@/components/format";
import { ParamError } from "@/components/ParamError";
import { benchmarkHref, modelHref, paperHref } from "@/components/routes";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseParams(SearchParams, await searchParams);
  return pageMetadata(parsed.ok ? `Search: ${parsed.data.q}` : "Search", { robots: { index: false } });
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseParams(SearchParams, await searchParams);
  if (!parsed.ok)
    return (
      <>
        <h1>Search</h1>
        <ParamError message={parsed.error} resetHref="/" />
      </>
    );
  const { q } = parsed.data;
  const found = await cachedQuery("search", searchAll, q, 25);
  const none = found.models.length + found.benchmarks.length + found.papers.length === 0;
  return (
    <>
      <h1>Search: “{q}”</h1>
      {none && (
        <p className="empty">
          Nothing matches “{q}”: try part of a model, benchmark or paper title, or an arXiv id.
        </p>
      )}
      <FoundList
        id="models"
        title="Models"
        items={found.models}
        render={(m) => (
          <>
            <Link href={modelHref(m.slug)}>{m.name}</Link> <span className="muted">{m.claims} claims</span>
          </>
        )}
      />
      <FoundList
        id="benchmarks"
        title="Benchmarks"
        items={found.benchmarks}
        render={(b) => (
          <>
            <Link href={benchmarkHref(b.slug)}>{b.name}</Link>{" "}
            <span className="muted">{b.claims} claims</span>
          </>
        )}
      />
      <FoundList
        id="papers"
        title="Papers"
        items={found.papers}
        render={(p) => (
          <>
            <Link href={paperHref(p.id)}>{p.title}</Link>{" "}
            <span className="muted">
              {formatDate(p.published)}
              {p.arxivId ? ` · arXiv ${p.arxivId}` : ""}
            </span>
          </>
        )}
      />
    </>
  );
}

/** One kind of result (models, benchmarks or papers) as a titled list; nothing at all when none matched. */
function FoundList<Item>({
  id,
  title,
  items,
  render,
}: {
  id: string;
  title: string;
  items: Item[];
  render: (item: Item) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`found-${id}`}>
      <h2 id={`found-${id}`}>{title}</h2>
      <ul data-testid={`search-${id}`}>
        {items.map((item, i) => (
          <li key={i}>{render(item)}</li>
        ))}
      </ul>
    </section>
  );
}
