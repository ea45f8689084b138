/** Models that share leaderboards with the ones picked: each a link that adds it to the comparison. */
import Link from "next/link";
import type { CompareSuggestion } from "@/db/queries/compare";

export function Suggestions({ picked, suggestions }: { picked: string[]; suggestions: CompareSuggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <nav className="suggestions" aria-label="Models to add" data-testid="compare-suggestions">
      <span className="muted">Add a model that shares benchmarks: </span>
      {suggestions.map((s, i) => (
        <span key={s.slug}>
          {i > 0 && ", "}
          <Link href={`/compare?models=${[...picked, s.slug].map(encodeURIComponent).join(",")}`}>
            {s.name}
          </Link>{" "}
          <span className="muted">({s.shared === 1 ? "1 benchmark" : `${s.shared} benchmarks`})</span>
        </span>
      ))}
    </nav>
  );
}
