/** Number and label formatting shared by tables, charts and pages (no React, no I/O). */

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

const UNIT_SUFFIX: Record<string, (n: string) => string> = {
  "%": (n) => `${n}%`,
  x: (n) => `${n}×`,
  $: (n) => `$${n}`,
  "": (n) => n,
};

export function formatValue(value: number, unit: string): string {
  const n = NUMBER.format(value);
  return (UNIT_SUFFIX[unit] ?? ((s: string) => `${s} ${unit}`))(n);
}

export function directionLabel(higherIsBetter: boolean | null): { arrow: string; text: string } {
  if (higherIsBetter === true) return { arrow: "↑", text: "higher is better" };
  if (higherIsBetter === false) return { arrow: "↓", text: "lower is better" };
  return { arrow: "↕", text: "direction not stated" };
}

export function formatDate(date: string | null): string {
  return date ?? "undated";
}

/** An ISO timestamp as "2026-11-30 03:12 UTC": the same on the server and in every visitor's zone. */
export function formatDateTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A query string from the current parameters with some changed; undefined or "" removes a key. */
export function hrefWith(
  path: string,
  current: Record<string, string | undefined>,
  changes: Record<string, string | number | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) {
    if (v !== undefined && v !== "") params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}
