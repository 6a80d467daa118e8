import { describe, expect, it } from "vitest";
import { cachingStrategy, planPrecache } from "../../src/offline/cache-plan";

// The names `vite build` writes (dist/), plus the public folder's files.
const BUILD = [
  "index.html",
  "sw.js",
  "_headers",
  "assets/index-LhAtEGLl.js",
  "assets/index-CtmEl7PW.css",
  "assets/browser-database-Bu68F4Za.js",
  "assets/small-shop-F_BdVKTv.csv",
  "assets/duckdb-browser-eh.worker-hQa-dcAV.js",
  "assets/duckdb-browser-mvp.worker-C9hF7LGh.js",
  "assets/duckdb-eh-9ubY-jlA.wasm",
  "assets/duckdb-mvp-BP0pRkMH.wasm",
  "assets/index-LhAtEGLl.js.map",
];

describe("planPrecache", () => {
  it("stores the page, scripts, styles and samples at install, DuckDB's builds on demand, and never the worker itself", () => {
    const plan = planPrecache(BUILD);
    expect(plan.shell).toEqual(["./", "assets/browser-database-Bu68F4Za.js", "assets/index-CtmEl7PW.css", "assets/index-LhAtEGLl.js", "assets/small-shop-F_BdVKTv.csv", "index.html"]);
    expect(plan.onDemand).toEqual([
      "assets/duckdb-browser-eh.worker-hQa-dcAV.js",
      "assets/duckdb-browser-mvp.worker-C9hF7LGh.js",
      "assets/duckdb-eh-9ubY-jlA.wasm",
      "assets/duckdb-mvp-BP0pRkMH.wasm",
    ]);
  });

  it("has a version that changes with any file name and not with their order", () => {
    const version = planPrecache(BUILD).version;
    expect(planPrecache([...BUILD].reverse()).version).toBe(version);
    expect(planPrecache(BUILD.map((file) => file.replace("LhAtEGLl", "Zz9"))).version).not.toBe(version);
    expect(version).toMatch(/^[0-9a-z]+$/);
  });
});

describe("cachingStrategy", () => {
  it("answers hashed assets from the cache and the page from the network first", () => {
    expect(cachingStrategy("assets/duckdb-eh-9ubY-jlA.wasm")).toBe("cache-first");
    expect(cachingStrategy("")).toBe("network-first");
    expect(cachingStrategy("index.html")).toBe("network-first");
    expect(cachingStrategy("?lang=zh")).toBe("network-first");
  });
});
