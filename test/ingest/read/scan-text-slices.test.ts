import { describe, expect, it } from "vitest";
import { scanDelimitedText } from "../../../src/ingest/read/scan-text";
import { ScanReceiver, sendInSlices, type ScanWorkerRequest } from "../../../src/ingest/read/scan-text-slices";

const dialect = { delimiter: ",", header: true, skipLines: 0, columnCount: 3 };
// Repeats far apart (rows 2 and 40, 7 and 55) and a space at an edge late in the file, so a slice lost,
// doubled or put at the wrong offset changes the answer.
const line = (row: number) => `C${row},2024-01-${String((row % 28) + 1).padStart(2, "0")},${row}.50`;
const lines = ["id,day,amount"];
for (let row = 1; row <= 60; row++) lines.push(row === 40 ? line(2) : row === 55 ? line(7) : row === 58 ? `${line(58)} ` : line(row));
const text = new TextEncoder().encode(lines.join("\n") + "\n");

/** Sends the file through the two halves, as the page and the worker do, with the given slice size. */
async function scanInSlices(bytes: Uint8Array, sliceBytes: number, order: "in order" | "reversed" = "in order") {
  const requests: ScanWorkerRequest[] = [];
  let tasks = 0;
  await sendInSlices(bytes, sliceBytes, (request) => requests.push(request), async () => void tasks++);
  const receiver = new ScanReceiver(bytes.length, dialect);
  const slices = order === "reversed" ? [...requests].reverse() : requests;
  const answers = slices.map((request) => (request.type === "slice" ? receiver.receive(request.offset, request.bytes) : undefined));
  return { answers, tasks, slices: requests.length };
}

describe("the scan's copy in slices", () => {
  it("gives the scan of the whole file once the last slice is in, whatever the slice size", async () => {
    const whole = scanDelimitedText(text, dialect);
    expect(whole).toMatchObject({ repeatedRows: [40, 55], fieldEdgesTrimmed: false });
    for (const size of [1, 7, 64, 1000, text.length, text.length * 2]) {
      const { answers, tasks, slices } = await scanInSlices(text, size);
      expect(slices).toBe(Math.ceil(text.length / size));
      expect(tasks, "a new task after each slice").toBe(slices);
      expect(answers.slice(0, -1).every((answer) => answer === undefined), `size ${size}: no answer before the end`).toBe(true);
      expect(answers.at(-1), `size ${size}`).toEqual(whole);
    }
  });

  it("puts slices at their offsets, also when they come out of order", async () => {
    const { answers } = await scanInSlices(text, 100, "reversed");
    expect(answers.at(-1)).toEqual(scanDelimitedText(text, dialect));
  });

  it("sends the bytes as copies: the page's own bytes stay usable", async () => {
    const bytes = text.slice();
    const sent: Uint8Array[] = [];
    await sendInSlices(bytes, 256, (request) => request.type === "slice" && sent.push(request.bytes), async () => {});
    for (const slice of sent) slice.fill(0);
    expect(bytes).toEqual(text);
  });

  it("answers at once for an empty file", () => {
    const receiver = new ScanReceiver(0, dialect);
    expect(receiver.complete()).toBe(true);
    expect(receiver.scanNow()).toEqual(scanDelimitedText(new Uint8Array(0), dialect));
  });
});
