/**
 * Caches a pure lookup by its string argument. Names and phrases recur across sentences and papers,
 * so each is worked out once; the cache is bounded so a huge corpus cannot grow it without limit.
 */
export function memoise<T>(lookup: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    const hit = seen.get(key);
    if (hit !== undefined || seen.has(key)) return hit as T;
    if (seen.size > 50_000) seen.clear();
    const value = lookup(key);
    seen.set(key, value);
    return value;
  };
}
