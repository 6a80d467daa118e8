import { Float32, Float64, Int32, Table, Utf8, vectorFromArray, type DataType } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { tableToRows } from "../../src/engine/rows";

/** A one-batch table of plain Arrow columns (not dictionaries, as tableFromArrays makes of text). */
function table(columns: Record<string, [unknown[], DataType]>): Table {
  return new Table(Object.fromEntries(Object.entries(columns).map(([name, [values, type]]) => [name, vectorFromArray(values, type)])));
}

describe("tableToRows", () => {
  it("gives one plain row per row, in order, across the batches of a result", () => {
    // Three batches of different lengths, as DuckDB sends a large result.
    const parts = [
      { id: ["a", "b", "c"], n: [1, 2, 3] },
      { id: ["d"], n: [4] },
      { id: ["e", "f"], n: [5, 6] },
    ].map(({ id, n }) => table({ id: [id, new Utf8()], n: [n, new Float64()], i: [n.map((value) => value * 10), new Int32()] }));
    const all = parts[0]!.concat(...parts.slice(1));
    expect(all.batches).toHaveLength(3);
    expect(tableToRows(all)).toEqual(["a", "b", "c", "d", "e", "f"].map((id, index) => ({ id, n: index + 1, i: (index + 1) * 10 })));
  });

  it("turns missing values into null, and keeps empty text", () => {
    const rows = tableToRows(
      table({
        id: [["a", null, "", "c"], new Utf8()],
        n: [[1.5, null, 0, -2], new Float64()],
        f32: [[0.5, 1, null, 4], new Float32()],
        i: [[7, null, 9, 10], new Int32()],
      }),
    );
    expect(rows).toEqual([
      { id: "a", n: 1.5, f32: 0.5, i: 7 },
      { id: null, n: null, f32: 1, i: null },
      { id: "", n: 0, f32: null, i: 9 },
      { id: "c", n: -2, f32: 4, i: 10 },
    ]);
  });

  it("reads text that is not ASCII, also beside ASCII text in another batch", () => {
    const ascii = table({ name: [["plain", "text"], new Utf8()] });
    const other = table({ name: [["客户 A", null, "Zoë", "𝟙"], new Utf8()] });
    expect(tableToRows(ascii.concat(other)).map((row) => row.name)).toEqual(["plain", "text", "客户 A", null, "Zoë", "𝟙"]);
  });

  it("reads a batch that is a slice of a larger one", () => {
    // Its values start inside the buffers and its null bits at a bit offset.
    const sliced = table({ id: [["a", null, "c", "d"], new Utf8()], n: [[1, 2, null, 4], new Float64()] }).slice(1, 3);
    expect(tableToRows(sliced)).toEqual([
      { id: null, n: 2 },
      { id: "c", n: null },
    ]);
  });

  it("gives no rows for an empty result", () => {
    expect(tableToRows(table({ id: [[], new Utf8()] }))).toEqual([]);
  });
});
