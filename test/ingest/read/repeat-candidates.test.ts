import { describe, expect, it } from "vitest";
import { RepeatCandidates } from "../../../src/ingest/read/repeat-candidates";
import { RowHashes } from "../../../src/ingest/read/row-hashes";
import { textVector } from "../../../src/ingest/read/text-vector";

/** Hashes of the rows of a batch given as columns. */
function hashed(columns: unknown[][]): RowHashes {
  const hashes = new RowHashes(columns[0]?.length ?? 0);
  for (const column of columns) hashes.fold(textVector(column).vector);
  return hashes;
}

describe("RepeatCandidates", () => {
  it("lists the rows equal to an earlier one in every column, with those earlier rows, across batches", () => {
    const candidates = new RepeatCandidates(7);
    // Rows 1–4, then rows 5–7: row 3 repeats row 1; row 6 repeats row 2 (in another batch); row 7 repeats rows 1 and 3.
    candidates.add(hashed([["C1", "C2", "C1", "C1"], ["2024-03-05", null, "2024-03-05", "2024-03-06"], [12.5, 3, 12.5, 12.5]]), 1);
    candidates.add(hashed([["C9", "C2", "C1"], ["2024-03-05", null, "2024-03-05"], [12.5, 3, 12.5]]), 5);
    expect(candidates.rows()).toEqual([1, 2, 3, 6, 7]);
  });

  it("tells values apart by where one ends, and NULL from text", () => {
    const candidates = new RepeatCandidates(4);
    candidates.add(hashed([["ab", "a", "x", null], ["c", "bc", null, "x"]]), 1);
    expect(candidates.rows()).toEqual([]);
  });

  it("gives up (null) with more rows than announced", () => {
    const candidates = new RepeatCandidates(2);
    candidates.add(hashed([["a", "b", "c"]]), 1);
    expect(candidates.rows()).toBeNull();
  });
});
