/** "Embed this leaderboard": the iframe code to paste elsewhere, ready to select and copy. */
export function EmbedSnippet({ src, title }: { src: string; title: string }) {
  const code = `<iframe src="${src}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="420" style="border:0" loading="lazy"></iframe>`;
  return (
    <details className="embed-snippet">
      <summary>Embed this leaderboard</summary>
      <label>
        Paste this into a web page:
        <textarea readOnly rows={3} value={code} data-testid="embed-code" />
      </label>
    </details>
  );
}
