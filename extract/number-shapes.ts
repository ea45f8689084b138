/** Numbers that are parts of something else, never values: configurations ("8/128") and image sizes. */

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

const SIDE_AFTER = /^\s?[×x]\s?\d{2,4}\b/;
const SIDE_BEFORE = /\b\d{2,4}\s?[×x]\s?$/;

/** Whether the integer at [start, end) is a side of an "N×M" size (two to four digits each). */
export function isDimension(sentence: string, start: number, end: number): boolean {
  if (!/^\d{2,4}$/.test(sentence.slice(start, end))) return false;
  return (
    SIDE_AFTER.test(sentence.slice(end, end + 8)) ||
    SIDE_BEFORE.test(sentence.slice(Math.max(0, start - 8), start))
  );
}
