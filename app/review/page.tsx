/**
 * /review: the curators' queue (reported claims, low-confidence listed claims, orphaned reviews),
 * filterable by reason and benchmark. Signed-in curators only; 404 when curation is off.
 */
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { curationEnabled, currentCurator } from "@/app/review/session";
import { getReviewQueue, QUEUE_FILTERS } from "@/db/queries/review-queue";
import { getDb } from "@/db/server";
import { parseParams, ReviewParams } from "@/db/views/url-params";
import { ParamError } from "@/components/ParamError";
import { ReviewQueue } from "@/components/ReviewQueue";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  if (!curationEnabled()) notFound();
  const curator = await currentCurator();
  if (!curator) redirect("/review/login");
  const parsed = parseParams(ReviewParams, await searchParams);
  const query = parsed.ok ? parsed.data : {};
  const items = await getReviewQueue(getDb(), query);
  return (
    <article>
      <h1>Review queue</h1>
      <p className="muted">
        Signed in as <strong>{curator}</strong>. Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept,{" "}
        <kbd>r</kbd> reject, <kbd>e</kbd> correct.
      </p>
      <form method="post" action="/api/review/logout">
        <button type="submit">Sign out</button>
      </form>
      {!parsed.ok && <ParamError message={parsed.error} resetHref="/review" />}
      {parsed.ok && parsed.data.merged && <p role="status">Merged.</p>}
      <form method="get" action="/review" className="filters" role="search">
        <label>
          Reason{" "}
          <select name="reason" defaultValue={query.reason ?? ""}>
            <option value="">all</option>
            {QUEUE_FILTERS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label>
          Benchmark (slug) <input name="benchmark" defaultValue={query.benchmark ?? ""} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <ReviewQueue items={items} />
      <h2>Merge a model or benchmark</h2>
      <p className="muted">
        Moves every claim of the first onto the second, keeps its spelling as an alias, and applies to every
        later ingest. Use the slugs of their pages.
      </p>
      <form method="post" action="/api/review/merges" className="filters">
        <label>
          Kind{" "}
          <select name="kind" defaultValue="model">
            <option value="model">model</option>
            <option value="benchmark">benchmark</option>
          </select>
        </label>
        <label>
          Merge <input name="from" required />
        </label>
        <label>
          into <input name="into" required />
        </label>
        <button type="submit">Merge</button>
      </form>
    </article>
  );
}
