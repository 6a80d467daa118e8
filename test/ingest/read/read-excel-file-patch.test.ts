import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Plugin } from "vite";
import viteConfig from "../../../vite.config";
import { patchParseSheet, readExcelFileLinearRows } from "../../../src/ingest/read/read-excel-file-patch";

const require = createRequire(import.meta.url);
const installed = path.join(path.dirname(require.resolve("read-excel-file/package.json")), "modules/xlsx/parseSheet.js");

describe("the read-excel-file patch (rows appended in place, not copied per chunk)", () => {
  it("applies to the installed library", () => {
    const code = readFileSync(installed, "utf8");
    const patched = patchParseSheet(code);
    expect(patched).not.toContain("rows = rows.concat(finalizedRows);");
    expect(patched).toContain("rows.push(finalizedRows[finalized])");
  });

  it("fails the build loudly when the library changed", () => {
    expect(() => patchParseSheet("export default function parseSheet() {}")).toThrow(/no longer has/);
  });

  it("is applied by the Vite plugin to that file only", () => {
    const transform = readExcelFileLinearRows().transform as (code: string, id: string) => { code: string } | null;
    expect(transform("rows = rows.concat(finalizedRows);", "/x/node_modules/read-excel-file/modules/xlsx/parseSheet.js?v=1")?.code).toContain("rows.push");
    expect(transform("rows = rows.concat(finalizedRows);", "/x/node_modules/other/parseSheet.js")).toBeNull();
  });

  it("is in the build of the page and of its workers (workbooks are read in a worker)", async () => {
    const config = viteConfig as { plugins?: unknown[]; worker?: { plugins?: () => unknown[] } };
    const names = (plugins: unknown[] = []) => plugins.flat().map((plugin) => (plugin as Plugin | null)?.name);
    const name = readExcelFileLinearRows().name;
    expect(names(config.plugins)).toContain(name);
    expect(names(config.worker?.plugins?.())).toContain(name);
  });
});
