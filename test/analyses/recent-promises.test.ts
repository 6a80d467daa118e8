import { describe, expect, it } from "vitest";
import { recentPromises } from "../../src/analyses/recent-promises";

describe("recentPromises", () => {
  it("shares a key's promise, keeps the most recently used and hands the others to onEvict", async () => {
    const evicted: string[] = [];
    const get = recentPromises<string>(2, (old) => void old.then((value) => evicted.push(value)));
    let starts = 0;
    const start = (value: string) => () => (starts++, Promise.resolve(value));
    expect(await get("a", start("A"))).toBe("A");
    expect(await get("a", start("A again"))).toBe("A");
    await get("b", start("B"));
    await get("a", start("A3")); // a is now the most recent
    await get("c", start("C")); // pushes out b, the least recently used
    await Promise.resolve();
    expect(evicted).toEqual(["B"]);
    expect(starts).toBe(3);
    expect(await get("b", start("B2"))).toBe("B2");
  });

  it("forgets a failed promise so the next request starts again", async () => {
    const get = recentPromises<number>(4);
    await expect(get("k", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect(await get("k", () => Promise.resolve(2))).toBe(2);
  });
});
