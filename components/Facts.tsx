/** The facts panel at the top of a leaderboard or a model page: label and value pairs, plain props. */
import type { ReactNode } from "react";

export function Facts({ facts, label }: { facts: [string, ReactNode][]; label: string }) {
  // "x && <Links/>" gives false when there is nothing to show: no row then, as for null.
  const shown = facts.filter(
    ([, value]) => value !== null && value !== undefined && value !== "" && value !== false,
  );
  if (shown.length === 0) return null;
  return (
    <dl className="facts" aria-label={label} data-testid="facts">
      {shown.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
