/** The "Download CSV" link for a view: the export route with the page's own parameters. */
export function DownloadCsv({ view, params }: { view: string; params: Record<string, string | undefined> }) {
  const query = new URLSearchParams({ view });
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") query.set(k, v);
  return (
    <a className="button" href={`/api/export?${query.toString()}`} download data-testid="download-csv">
      Download CSV
    </a>
  );
}
