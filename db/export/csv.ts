/**
 * RFC 4180 CSV: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled.
 * Text cells that a spreadsheet would run as a formula (= + - @, tab, carriage return first) get a
 * leading apostrophe, so a claim's evidence can never execute in the downloader's spreadsheet.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = typeof value === "boolean" ? String(value) : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + "\r\n";
}

/** A byte stream of CSV: the header, then each row as the source yields it, never all in memory. */
export function csvStream<T>(header: readonly string[], rows: AsyncIterable<T>, toValues: (row: T) => CsvValue[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let sentHeader = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentHeader) {
        sentHeader = true;
        controller.enqueue(encoder.encode("\uFEFF" + csvLine(header)));
        return;
      }
      let chunk = "";
      for (let i = 0; i < 500; i++) {
        const next = await iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(toValues(next.value));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
