/** Every page's address in one place: pages and components build links with these, never by hand. */
export const benchmarkHref = (
  slug: string,
  query: { metric?: string; setting?: string | null } = {},
): string => {
  const params = new URLSearchParams();
  if (query.metric !== undefined) params.set("metric", query.metric);
  if (query.setting) params.set("setting", query.setting);
  const search = params.toString();
  return `/benchmarks/${encodeURIComponent(slug)}${search ? `?${search}` : ""}`;
};

export const modelHref = (slug: string): string => `/models/${encodeURIComponent(slug)}`;

export const paperHref = (id: number, claimOrdinal?: number): string =>
  `/papers/${id}${claimOrdinal === undefined ? "" : `#claim-${claimOrdinal}`}`;

/** The Atom feeds: the newest claims everywhere, on one benchmark, of one model. */
export const CLAIMS_FEED = "/feeds/claims.xml";
export const benchmarkFeedHref = (slug: string): string =>
  `/feeds/benchmarks/${encodeURIComponent(slug)}.xml`;
/** Link preview images (Open Graph / Twitter cards) of a leaderboard and a model. */
export const benchmarkImageHref = (slug: string): string => `/og/benchmarks/${encodeURIComponent(slug)}.png`;
export const modelImageHref = (slug: string): string => `/og/models/${encodeURIComponent(slug)}.png`;
export const modelFeedHref = (slug: string): string => `/feeds/models/${encodeURIComponent(slug)}.xml`;

/** The compact, framable leaderboard (the one route other sites may put in an iframe). */
export const embedHref = (slug: string): string => `/embed/benchmarks/${encodeURIComponent(slug)}`;
