import { describe, expect, it } from "vitest";
import { csvCell, csvLine, csvStream } from "../../db/export/csv";
import { CSV_CELL_CASES } from "./cases/csv-cases";

describe("csvCell", () => {
  it.each(CSV_CELL_CASES)("$name", ({ value, cell }) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe("csvStream", () => {
  it("writes a BOM, the header and CRLF-terminated rows, pulling rows lazily", async () => {
    let pulled = 0;
    async function* rows() {
      for (let i = 0; i < 1203; i++) {
        pulled++;
        yield [i, `row ${i}`];
      }
    }
    const stream = csvStream(["n", "label"], rows(), (r) => r);
    const reader = stream.getReader();
    const first = await reader.read();
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(first.value)).toBe("\uFEFFn,label\r\n");
    expect(pulled).toBe(0);
    let text = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      text += new TextDecoder().decode(chunk.value);
    const lines = text.split("\r\n");
    expect(lines).toHaveLength(1204);
    expect(lines[0]).toBe("0,row 0");
    expect(lines[1202]).toBe("1202,row 1202");
    expect(csvLine(["a", 1])).toBe("a,1\r\n");
  });
});
