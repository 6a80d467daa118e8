import { describe, expect, it } from "vitest";
import { detectDateOrder } from "../../../src/ingest/mapping/detect-date-order";

describe("detectDateOrder", () => {
  it("reads day-first when a first part is above 12", () => {
    expect(detectDateOrder(["3/5/2024", "25/12/2024", null])).toEqual({ order: "dmy", ambiguous: false });
  });

  it("reads month-first when a second part is above 12", () => {
    expect(detectDateOrder(["9/7/11", "3/14/11 10:30"])).toEqual({ order: "mdy", ambiguous: false });
  });

  it("assumes month-first and says so when no part is above 12", () => {
    expect(detectDateOrder(["3/5/2024", "04-06-2024"])).toEqual({ order: "mdy", ambiguous: true });
  });

  it("follows the majority and says so when the values disagree", () => {
    expect(detectDateOrder(["13/1/2024", "14/1/2024", "1/13/2024"])).toEqual({ order: "dmy", ambiguous: true });
  });

  it("is not ambiguous when no date puts the year last (ISO, YYYYMMDD, dotted day-first)", () => {
    expect(detectDateOrder(["2024-03-05", "20240305", "05.03.2024", "", null])).toEqual({ order: "mdy", ambiguous: false });
  });
});
