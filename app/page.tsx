import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { type BenchmarkSummary, listBenchmarks } from "@/db/queries/benchmarks";
import { countRows, newestPapers } from "@/db/queries/papers";
import { cachedQuery } from "@/db/server";
import { ListParams, parseParams } from "@/db/views/url-params";
import { ParamError } from "@/components/ParamError";
import { formatDate } from "@/components/format";
import { type IndexColumn, IndexTable } from "@/components/IndexTable";
import { Leaders } from "@/components/Leaders";
import { benchmarkHref, paperHref } from "@/components/routes";

export const metadata: Metadata = pageMetadata("Benchmarks");

const BENCHMARK_COLUMNS: IndexColumn<BenchmarkSummary>[] = [
  { header: "Benchmark", cell: (b) => <Link href={benchmarkHref(b.slug)}>{b.name}</Link> },
  { header: "Claims", numeric: true, cell: (b) => b.claims },
  { header: "Top model per metric", cell: (b) => <Leaders leaders={b.leaders} max={3} /> },
];

export default async function Home({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = parseParams(ListParams, await searchParams);
  const q = parsed.ok ? parsed.data.q : "";
  const [stats, benchmarks, papers] = await Promise.all([
    cachedQuery("counts", countRows),
    cachedQuery("benchmarks", listBenchmarks, { q }, 200, 0),
    cachedQuery("newest", newestPapers, 8),
  ]);
  return (
    <>
      <section className="hero">
        <h1>What papers claim, model by model</h1>
        <dl className="stats">
          {Object.entries(stats).map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd data-testid={`stat-${label}`}>{n.toLocaleString("en-US")}</dd>
            </div>
          ))}
        </dl>
      </section>
      {!parsed.ok && <ParamError message={parsed.error} resetHref="/" />}
      <div className="home-grid">
        <section aria-labelledby="benchmarks-heading">
          <h2 id="benchmarks-heading">Benchmarks</h2>
          <form action="/" method="get" role="search" className="filters">
            <label>
              Search benchmarks{" "}
              <input type="search" name="q" defaultValue={q} maxLength={200} data-testid="benchmark-search" />
            </label>
            <button type="submit">Search</button>
          </form>
          <div className="table-scroll">
            <IndexTable
              caption={q ? `Benchmarks matching “${q}”` : "Benchmarks by number of claims"}
              columns={BENCHMARK_COLUMNS}
              rows={benchmarks}
              rowKey={(b) => b.slug}
              testId="benchmark-row"
              className="claims"
              empty={`No benchmark matches “${q}”.`}
            />
          </div>
        </section>
        <aside aria-labelledby="papers-heading">
          <h2 id="papers-heading">Newest papers</h2>
          <ul className="paper-list">
            {papers.map((p) => (
              <li key={p.id}>
                <Link href={paperHref(p.id)}>{p.title}</Link>
                <span className="muted">
                  {" "}
                  {formatDate(p.published)} · {Number(p.claims)} claims
                </span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </>
  );
}
