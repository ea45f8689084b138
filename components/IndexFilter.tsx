/**
 * The filter form of the index pages: a text filter, a sort and the page's own selects (area, family,
 * size), as a plain GET form, so the state lives in the URL. Options are data the page passes in.
 */
export type SelectOption = { value: string; label: string };
export type IndexSelect = { name: string; label: string; value: string; options: SelectOption[] };

export function IndexFilter({
  action,
  q,
  label,
  selects,
}: {
  action: string;
  q: string;
  label: string;
  selects: IndexSelect[];
}) {
  return (
    <form className="filters" action={action} method="get" role="search">
      <label>
        {label} <input name="q" defaultValue={q} />
      </label>
      {selects.map((s) => (
        <label key={s.name}>
          {s.label}{" "}
          <select name={s.name} defaultValue={s.value}>
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit">Filter</button>
    </form>
  );
}
