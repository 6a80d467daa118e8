import { describe, expect, it } from "vitest";
import { class8Of } from "../../../src/analyses/rfm/class8";
import { cutpointsProblem, parseCutpoints } from "../../../src/analyses/rfm/options";
import { cellKey, DEFAULT_SEGMENT_MAP, isSegmentMap, sameSegmentMap, SCORES, segmentsInMap, SEGMENT_KEYS, withCell } from "../../../src/analyses/rfm/segments";

// DESIGN.md's default map, row by row (R = 5 first), FM = 1..5.
const designTable = `
5 | New | Potential loyalist | Potential loyalist | Champions | Champions
4 | Promising | Potential loyalist | Potential loyalist | Loyal | Champions
3 | About to sleep | Need attention | Need attention | Loyal | Loyal
2 | Hibernating | Hibernating | At risk | At risk | Can't lose them
1 | Lost | Lost | At risk | At risk | Can't lose them`;

const keyOf = (name: string) => name.toLowerCase().replaceAll("'", "").replaceAll(" ", "_");

describe("the segment map", () => {
  it("is DESIGN.md's table, complete, with all 11 segments", () => {
    for (const line of designTable.trim().split("\n")) {
      const [r, ...names] = line.split("|").map((cell) => cell.trim());
      names.forEach((name, index) => expect(DEFAULT_SEGMENT_MAP[cellKey(Number(r) as 1, (index + 1) as 1)], `R ${r} FM ${index + 1}`).toBe(keyOf(name)));
    }
    expect(isSegmentMap(DEFAULT_SEGMENT_MAP)).toBe(true);
    expect(segmentsInMap(DEFAULT_SEGMENT_MAP)).toEqual([...SEGMENT_KEYS]);
    expect(SCORES.length * SCORES.length).toBe(Object.keys(DEFAULT_SEGMENT_MAP).length);
  });

  it("edits one cell and rejects incomplete or unknown maps", () => {
    const edited = withCell(DEFAULT_SEGMENT_MAP, 3, 1, "lost");
    expect(edited["3-1"]).toBe("lost");
    expect(DEFAULT_SEGMENT_MAP["3-1"]).toBe("about_to_sleep");
    expect(sameSegmentMap(edited, DEFAULT_SEGMENT_MAP)).toBe(false);
    expect(segmentsInMap(edited)).not.toContain("about_to_sleep");
    const { ["1-1"]: _dropped, ...incomplete } = DEFAULT_SEGMENT_MAP;
    expect(isSegmentMap(incomplete)).toBe(false);
    expect(isSegmentMap({ ...DEFAULT_SEGMENT_MAP, "1-1": "others" })).toBe(false);
  });

  it("names the 8 classes from the three above-the-mean flags", () => {
    expect(class8Of(true, true, true)).toBe("important_value");
    expect(class8Of(false, true, true)).toBe("important_retain");
    expect(class8Of(true, false, true)).toBe("important_develop");
    expect(class8Of(false, false, true)).toBe("important_winback");
    expect(class8Of(true, true, false)).toBe("general_value");
    expect(class8Of(false, true, false)).toBe("general_retain");
    expect(class8Of(true, false, false)).toBe("general_develop");
    expect(class8Of(false, false, false)).toBe("general_winback");
  });
});

describe("cut points", () => {
  it("need four numbers that do not decrease (equal ones are allowed)", () => {
    expect(parseCutpoints("30, 90, 180, 365")).toEqual([30, 90, 180, 365]);
    expect(parseCutpoints("1 1 2 3")).toEqual([1, 1, 2, 3]);
    expect(cutpointsProblem([1, 2, 3])).toBe("count");
    expect(cutpointsProblem([1, 2, Number.NaN, 4])).toBe("number");
    expect(() => parseCutpoints("4,3,2,1")).toThrow(/must not decrease/);
  });
});
