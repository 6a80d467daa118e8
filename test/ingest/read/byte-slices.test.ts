import { describe, expect, it } from "vitest";
import { ByteAssembler, sendInSlices, type ByteSlice } from "../../../src/ingest/read/byte-slices";
import { scanDelimitedText } from "../../../src/ingest/read/scan-text";

const dialect = { delimiter: ",", header: true, skipLines: 0, columnCount: 3 };
// Repeats far apart (rows 2 and 40, 7 and 55) and a space at an edge late in the file, so a slice lost,
// doubled or put at the wrong offset changes what the scan of the assembled bytes says.
const line = (row: number) => `C${row},2024-01-${String((row % 28) + 1).padStart(2, "0")},${row}.50`;
const lines = ["id,day,amount"];
for (let row = 1; row <= 60; row++) lines.push(row === 40 ? line(2) : row === 55 ? line(7) : row === 58 ? `${line(58)} ` : line(row));
const text = new TextEncoder().encode(lines.join("\n") + "\n");

/** Sends the file through the two halves, as the page and a worker do, with the given slice size. */
async function inSlices(bytes: Uint8Array, sliceBytes: number, order: "in order" | "reversed" = "in order") {
  const slices: ByteSlice[] = [];
  let tasks = 0;
  await sendInSlices(bytes, (slice) => slices.push(slice), async () => void tasks++, sliceBytes);
  const assembler = new ByteAssembler(bytes.length);
  const complete = (order === "reversed" ? [...slices].reverse() : slices).map((slice) => assembler.add(slice));
  return { assembler, complete, tasks, slices: slices.length };
}

describe("a file sent to a worker in slices", () => {
  it("is whole again once the last slice is in, whatever the slice size", async () => {
    const whole = scanDelimitedText(text, dialect);
    expect(whole).toMatchObject({ repeatedRows: [40, 55], fieldEdgesTrimmed: false });
    for (const size of [1, 7, 64, 1000, text.length, text.length * 2]) {
      const { assembler, complete, tasks, slices } = await inSlices(text, size);
      expect(slices).toBe(Math.ceil(text.length / size));
      expect(tasks, "a new task after each slice").toBe(slices);
      expect(complete, `size ${size}: complete after the last slice only`).toEqual(complete.map((_, index) => index === slices - 1));
      expect(assembler.bytes, `size ${size}`).toEqual(text);
      expect(scanDelimitedText(assembler.bytes, dialect)).toEqual(whole);
    }
  });

  it("puts slices at their offsets, also when they come out of order", async () => {
    const { assembler, complete } = await inSlices(text, 100, "reversed");
    expect(complete.at(-1)).toBe(true);
    expect(assembler.bytes).toEqual(text);
  });

  it("goes as copies: the page's own bytes stay as they were", async () => {
    const bytes = text.slice();
    const sent: Uint8Array[] = [];
    await sendInSlices(bytes, (slice) => sent.push(slice.bytes), async () => {}, 256);
    for (const slice of sent) slice.fill(0);
    expect(bytes).toEqual(text);
  });

  it("is complete at once when empty", () => {
    expect(new ByteAssembler(0).complete()).toBe(true);
  });
});
