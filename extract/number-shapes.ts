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
