/** The filter form of the index pages: a text filter and a sort, as a plain GET form (state in the URL). */
export function IndexFilter({
  action,
  q,
  sort,
  sorts,
  label,
}: {
  action: string;
  q: string;
  sort: string;
  sorts: readonly string[];
  label: string;
}) {
  return (
    <form className="filters" action={action} method="get" role="search">
      <label>
        {label} <input name="q" defaultValue={q} />
      </label>
      <label>
        Sort{" "}
        <select name="sort" defaultValue={sort}>
          {sorts.map((s) => (
            <option key={s} value={s}>
              {s === "claims" ? "most claims" : "name"}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Filter</button>
    </form>
  );
}
