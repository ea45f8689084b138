/** Previous / next links for a paginated view; the page number lives in the URL like every other state. */
import Link from "next/link";
import { redirect } from "next/navigation";
import { hrefWith } from "./format";

export type Paging = {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  per: number;
  total: number;
};

/** A page number past the end (an old link, a shrunk filter) goes to the last page instead of an empty one. */
export function redirectPastEnd({ path, params, page, per, total }: Paging): void {
  const last = Math.max(1, Math.ceil(total / per));
  if (page > last && total > 0) redirect(hrefWith(path, params, { page: last > 1 ? last : undefined }));
}

export function Pager({ path, params, page, per, total }: Paging) {
  const pages = Math.max(1, Math.ceil(total / per));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages">
      {page > 1 && <Link href={hrefWith(path, params, { page: page - 1 })}>← Previous</Link>}
      <span>
        Page {Math.min(page, pages)} of {pages}
      </span>
      {page < pages && <Link href={hrefWith(path, params, { page: page + 1 })}>Next →</Link>}
    </nav>
  );
}

/** The paging of an index view: redirects a page number past the end, else says where the pager points. */
export function pageWithin(
  path: string,
  params: Record<string, string | undefined>,
  query: { page: number; per: number },
  total: number,
): Paging {
  const paging = { path, params, page: query.page, per: query.per, total };
  redirectPastEnd(paging);
  return paging;
}
