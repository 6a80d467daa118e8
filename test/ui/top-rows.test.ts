import { describe, expect, it } from "vitest";
import { topRows } from "../../src/ui/top-rows";
import { seededRandom } from "../analyses/clv/simulate";

describe("topRows, behind the highest-CLV chart and the customer table", () => {
  it("gives what a full stable sort would, ties included, in one pass", () => {
    const random = seededRandom(7);
    // Values from a small set so that many rows tie and the tie order matters.
    const rows = Array.from({ length: 2000 }, (_, index) => ({ index, clv: Math.floor(random() * 50) }));
    const order = (a: { clv: number }, b: { clv: number }) => b.clv - a.clv;
    for (const count of [1, 20, 1999, 2000, 2500]) {
      expect(topRows(rows, order, count)).toEqual([...rows].sort(order).slice(0, count));
    }
    expect(topRows([], order, 20)).toEqual([]);
    // Rows arriving in the reverse of the wanted order (every one goes first) still come out right.
    const ascending = Array.from({ length: 1000 }, (_, index) => ({ index, clv: index }));
    expect(topRows(ascending, order, 200).map((row) => row.clv)).toEqual(Array.from({ length: 200 }, (_, i) => 999 - i));
  });
});
