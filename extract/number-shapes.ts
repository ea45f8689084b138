/** The shapes of numbers: parts of something else ("8/128", image sizes), spreads after a value, units. */

/**
 * "8/128" and "4/64" are configurations; "35%/52%" and "1.8/3.3 WER" (decimals) are lists of
 * two values.
 */
export function isFraction(sentence: string, start: number, end: number, unitRaw: string): boolean {
  const slashBefore =
    sentence.charAt(start - 1) === "/" &&
    /\d/.test(sentence.charAt(start - 2)) &&
    !isDecimalPair(sentence, start - 1);
  const slashAfter =
    unitRaw === "" &&
    sentence.charAt(end) === "/" &&
    /\d/.test(sentence.charAt(end + 1)) &&
    !isDecimalPair(sentence, end);
  return slashBefore || slashAfter;
}

/** Both sides of the slash at `slash` are decimals ("1.8/3.3"), which configurations never are. */
function isDecimalPair(sentence: string, slash: number): boolean {
  return (
    /\d\.\d+$/.test(sentence.slice(Math.max(0, slash - 12), slash)) &&
    /^\d+\.\d/.test(sentence.slice(slash + 1, slash + 13))
  );
}

/** An image or input size, "512×512" or "640 x 480": each side two to four digits. */
export const RESOLUTION = /\b(\d{2,4}) ?[×x] ?(\d{2,4})\b/;
const EVERY_SIZE = new RegExp(RESOLUTION.source, "g");

/** Whether the integer at [start, end) is a side of an "N×M" size. */
export function isDimension(sentence: string, start: number, end: number): boolean {
  if (!/^\d{2,4}$/.test(sentence.slice(start, end))) return false;
  const from = Math.max(0, start - 8);
  for (const m of sentence.slice(from, end + 8).matchAll(EVERY_SIZE)) {
    const at = from + m.index;
    if (at <= start && end <= at + m[0].length) return true;
  }
  return false;
}

/**
 * "79.9 % ± 5.7 % accuracy", "62.53% (± 1.59)": a spread written after a value is part of that
 * value's mention, never a result of its own; the mention ends after it, so what follows (the
 * metric) is read as the value's.
 */
export function foldSpread(
  sentence: string,
  previous: { end: number } | undefined,
  spreadStart: number,
  spreadEnd: number,
): void {
  if (!previous || !/^\s*\(?\s*$/.test(sentence.slice(previous.end, spreadStart))) return;
  previous.end = spreadEnd + (/^\s*\)/.exec(sentence.slice(spreadEnd))?.[0].length ?? 0);
}

const UNIT_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^%|^percent$/, "%"],
  [/^(?:[x×X]|-?times|-?fold)$/, "x"],
  [/^(?:FPS|fps|frames per second|frames\/s(?:ec)?)$/, "FPS"],
  [/^tokens(?:\/s| per second)$/, "tokens/s"],
  [/^-?points?$|^(?:percentage|percent) points?$/, "points"],
  [/^pp$/, "points"],
  [/^KB$/, "KB"],
  [/^MB$/, "MB"],
  [/^GB$/, "GB"],
  [/^TB$/, "TB"],
  // "420 MiB": binary sizes keep their own unit (a MiB is not a MB).
  [/^KiB$/, "KiB"],
  [/^MiB$/, "MiB"],
  [/^GiB$/, "GiB"],
  [/^TiB$/, "TiB"],
  [/^ms$/, "ms"],
  [/^hours?$/, "hours"],
  [/^dB$/, "dB"],
  // Pose and reconstruction errors ("38.1 mm and 30.2 mm"): a shared unit lets such values form a list.
  [/^mm$/, "mm"],
];

/** The unit as the claim records it: "percent" is "%", "-fold" is "x", "frames per second" is "FPS". */
export function nameUnit(unitRaw: string): string {
  if (!unitRaw) return "";
  for (const [pattern, name] of UNIT_NAMES) if (pattern.test(unitRaw)) return name;
  return unitRaw;
}
