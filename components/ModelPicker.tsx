"use client";
/** Pick 2-6 models to compare: a search box over /api/models and removable chips; the selection lives in the URL. */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useDebouncedJson } from "./use-debounced-json";

interface Option {
  slug: string;
  name: string;
  claims: number;
}

const MAX_MODELS = 6;

export function ModelPicker({ selected }: { selected: { slug: string; name: string }[] }) {
  const router = useRouter();
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  // The query the options answer: "no model matches" is said only once the answer for q is in.
  const [answered, setAnswered] = useState("");

  useDebouncedJson<{ items: Option[] }>(`/api/models?per=12&q=${encodeURIComponent(q)}`, (body) => {
    setOptions(body.items);
    setAnswered(q);
  });
  const offered = options.filter((o) => !selected.some((m) => m.slug === o.slug));

  const go = (slugs: string[]) =>
    router.push(slugs.length ? `/compare?models=${slugs.map(encodeURIComponent).join(",")}` : "/compare");
  const chosen = selected.map((m) => m.slug);
  return (
    <div className="picker">
      <ul className="chips" aria-label="Selected models">
        {selected.map((m) => (
          <li key={m.slug}>
            {m.name}{" "}
            <button
              type="button"
              aria-label={`Remove ${m.name}`}
              onClick={() => go(chosen.filter((s) => s !== m.slug))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label>
        Add a model{" "}
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="search models"
          maxLength={200}
          data-testid="model-search"
        />
      </label>
      <ul className="options" aria-label="Matching models">
        {offered.map((o) => (
          <li key={o.slug}>
            <button
              type="button"
              disabled={chosen.length >= MAX_MODELS}
              onClick={() => go([...chosen, o.slug])}
            >
              {o.name} <span className="muted">({o.claims})</span>
            </button>
          </li>
        ))}
      </ul>
      {q.trim() !== "" && answered === q && offered.length === 0 && (
        <p className="muted" role="status" data-testid="no-model-match">
          No model matches “{q.trim()}”: try part of its name or another spelling.
        </p>
      )}
      {chosen.length >= MAX_MODELS && <p className="muted">At most {MAX_MODELS} models can be compared.</p>}
    </div>
  );
}
