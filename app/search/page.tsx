/** /search?q=: models, benchmarks and papers matching the query, each linked to its page. */
import type { Metadata } from "next";
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
  return { title: parsed.ok ? `Search: ${parsed.data.q}` : "Search" };
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
      {found.models.length > 0 && (
        <section aria-labelledby="found-models">
          <h2 id="found-models">Models</h2>
          <ul data-testid="search-models">
            {found.models.map((m) => (
              <li key={m.slug}>
                <Link href={modelHref(m.slug)}>{m.name}</Link>{" "}
                <span className="muted">{m.claims} claims</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {found.benchmarks.length > 0 && (
        <section aria-labelledby="found-benchmarks">
          <h2 id="found-benchmarks">Benchmarks</h2>
          <ul data-testid="search-benchmarks">
            {found.benchmarks.map((b) => (
              <li key={b.slug}>
                <Link href={benchmarkHref(b.slug)}>{b.name}</Link>{" "}
                <span className="muted">{b.claims} claims</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {found.papers.length > 0 && (
        <section aria-labelledby="found-papers">
          <h2 id="found-papers">Papers</h2>
          <ul data-testid="search-papers">
            {found.papers.map((p) => (
              <li key={p.id}>
                <Link href={paperHref(p.id)}>{p.title}</Link>{" "}
                <span className="muted">
                  {formatDate(p.published)}
                  {p.arxivId ? ` · arXiv ${p.arxivId}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
