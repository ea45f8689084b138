import type { Metadata } from "next";
import Link from "next/link";
import { listBenchmarks } from "@/db/queries/benchmarks";
import { countRows, newestPapers } from "@/db/queries/papers";
import { cachedQuery } from "@/db/server";
import { ListParams, parseParams } from "@/db/views/url-params";
import { ParamError } from "@/components/ParamError";
import { formatDate, formatValue } from "@/components/format";
import { benchmarkHref, modelHref, paperHref } from "@/components/routes";

export const metadata: Metadata = { title: "Benchmarks" };

export default async function Home({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = parseParams(ListParams, await searchParams);
  const q = parsed.ok ? parsed.data.q : "";
  const [stats, benchmarks, papers] = await Promise.all([
    cachedQuery("counts", countRows),
    cachedQuery("benchmarks", listBenchmarks, q, 200, 0),
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
            <table className="claims">
              <caption>{q ? `Benchmarks matching “${q}”` : "Benchmarks by number of claims"}</caption>
              <thead>
                <tr>
                  <th scope="col">Benchmark</th>
                  <th scope="col" className="num">
                    Claims
                  </th>
                  <th scope="col">Top model per metric</th>
                </tr>
              </thead>
              <tbody>
                {benchmarks.map((b) => (
                  <tr key={b.slug} data-testid="benchmark-row">
                    <td>
                      <Link href={benchmarkHref(b.slug)}>{b.name}</Link>
                    </td>
                    <td className="num">{b.claims}</td>
                    <td>
                      {b.leaders.slice(0, 3).map((l) => (
                        <span key={l.metric} className="leader">
                          {l.metric}: <Link href={modelHref(l.modelSlug)}>{l.model}</Link>{" "}
                          {formatValue(l.value, l.unit)}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
                {benchmarks.length === 0 && (
                  <tr>
                    <td colSpan={3} className="empty">
                      No benchmark matches “{q}”.
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
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
