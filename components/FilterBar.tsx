/**
 * Text, kind and self-reported filters as a plain GET form: the state lives in the URL, it works
 * without JavaScript, and the back button undoes a filter.
 */
import type { ReactNode } from "react";

export interface FilterBarProps {
  action: string;
  q: string;
  kind?: { value: string; options: readonly string[] };
  self: string;
  /** Parameters to keep (slug-independent ones such as metric or sort). */
  keep: Record<string, string | undefined>;
  children?: ReactNode;
}

const SELF_LABELS: Record<string, string> = {
  all: "all sources",
  self: "self-reported",
  "third-party": "third-party",
};

export function FilterBar({ action, q, kind, self, keep, children }: FilterBarProps) {
  return (
    <form className="filters" action={action} method="get" role="search">
      {Object.entries(keep).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <label>
        Filter{" "}
        <input type="search" name="q" defaultValue={q} placeholder="model, paper, metric" maxLength={200} />
      </label>
      {kind && (
        <label>
          Kind{" "}
          <select name="kind" defaultValue={kind.value}>
            {kind.options.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Source{" "}
        <select name="self" defaultValue={self}>
          {Object.entries(SELF_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {children}
      <button type="submit">Apply</button>
    </form>
  );
}
