"use client";
/**
 * The header's search box: a plain GET form to /search (works without JavaScript), with
 * type-ahead suggestions from /api/search as an ARIA combobox: arrows move, Enter opens, Escape closes.
 */
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useDebouncedJson } from "./use-debounced-json";

interface Suggestion {
  label: string;
  kind: "model" | "benchmark" | "paper";
  url: string;
}

interface SearchResponse {
  models: { name: string; url: string }[];
  benchmarks: { name: string; url: string }[];
  papers: { title: string; url: string }[];
}

export function SiteSearch() {
  const router = useRouter();
  const listId = useId();
  const [q, setQ] = useState("");
  const [items, setItems] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);

  useDebouncedJson<SearchResponse>(
    q.trim().length < 2 ? null : `/api/search?q=${encodeURIComponent(q.trim())}`,
    (found) => {
      setItems([
        ...found.models.map((m) => ({ label: m.name, kind: "model" as const, url: m.url })),
        ...found.benchmarks.map((b) => ({ label: b.name, kind: "benchmark" as const, url: b.url })),
        ...found.papers.slice(0, 3).map((p) => ({ label: p.title, kind: "paper" as const, url: p.url })),
      ]);
      setActive(-1);
    },
  );

  const shown = q.trim().length >= 2 ? items : [];
  return (
    <form action="/search" method="get" role="search" className="site-search">
      <input
        name="q"
        type="search"
        placeholder="Search models, benchmarks, papers"
        aria-label="Search models, benchmarks and papers"
        role="combobox"
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && shown.length) setActive((i) => Math.min(i + 1, shown.length - 1));
          else if (e.key === "ArrowUp" && shown.length) setActive((i) => Math.max(i - 1, -1));
          else if (e.key === "Escape") setItems([]);
          else if (e.key === "Enter" && active >= 0 && shown[active]) router.push(shown[active].url);
          else return;
          e.preventDefault();
        }}
      />
      {shown.length > 0 && (
        <ul id={listId} role="listbox" className="suggestions">
          {shown.map((s, i) => (
            <li
              key={`${s.kind}:${s.url}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                router.push(s.url);
              }}
            >
              <span className="muted">{s.kind}</span> {s.label}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
