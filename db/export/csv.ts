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

/** Rows per chunk: big enough to keep the per-chunk overhead low, small enough to yield often. */
const ROWS_PER_CHUNK = 200;

/**
 * All exports of the process take turns: one chunk at a time, then a turn of the event loop, so
 * however many downloads run, they add at most one chunk's work between two other requests.
 */
let turn: Promise<void> = Promise.resolve();
function nextTurn(): Promise<() => void> {
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  const ready = turn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
  turn = ready.then(() => mine);
  return ready.then(() => done);
}

/**
 * A byte stream of CSV: the header, then each row as the source yields it, never all in memory.
 * It is pulled only as fast as the client reads (backpressure), and yields to the event loop
 * after every chunk, so a full-speed download never starves the other requests. `onClose` runs
 * once, whether the stream ends, fails or is cancelled by the client.
 */
export function csvStream<T>(
  header: readonly string[],
  rows: AsyncIterable<T>,
  toValues: (row: T) => CsvValue[],
  onClose: () => unknown = () => undefined,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let sentHeader = false;
  let closed = false;
  const finish = async () => {
    if (closed) return;
    closed = true;
    await onClose();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentHeader) {
        sentHeader = true;
        controller.enqueue(encoder.encode("\uFEFF" + csvLine(header)));
        return;
      }
      const release = await nextTurn();
      try {
        let chunk = "";
        for (let i = 0; i < ROWS_PER_CHUNK; i++) {
          const next = await iterator.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            await finish();
            return;
          }
          chunk += csvLine(toValues(next.value));
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        await finish();
        throw error;
      } finally {
        release();
      }
    },
    async cancel() {
      await iterator.return?.();
      await finish();
    },
  });
}
