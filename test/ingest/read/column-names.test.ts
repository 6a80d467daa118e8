import { describe, expect, it } from "vitest";
import { uniqueColumnNames } from "../../../src/ingest/read/column-names";

describe("uniqueColumnNames", () => {
  it("trims, names blanks by position and numbers repeats (ignoring case, as DuckDB does)", () => {
    expect(uniqueColumnNames([" id ", "", null, "Amount", "amount", "id", "__row", "id_2"])).toEqual([
      "id",
      "column_2",
      "column_3",
      "Amount",
      "amount_2",
      "id_2",
      "__row_2",
      "id_2_2",
    ]);
  });
});
