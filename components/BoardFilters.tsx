/** A leaderboard's own filters: model size (from names) and the papers' date range. */
export function BoardFilters({
  size,
  sizes,
  from,
  to,
}: {
  size: string;
  sizes: { key: string; label: string }[];
  from?: string;
  to?: string;
}) {
  return (
    <>
      <label>
        Size{" "}
        <select name="size" defaultValue={size} data-testid="size">
          {sizes.map(({ key, label }) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Papers from <input type="date" name="from" defaultValue={from} data-testid="from" />
      </label>
      <label>
        to <input type="date" name="to" defaultValue={to} data-testid="to" />
      </label>
    </>
  );
}
