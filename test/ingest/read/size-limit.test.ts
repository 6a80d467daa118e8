import { parquetWriteBuffer } from "hyparquet-writer";
import { beforeAll, describe, expect, it } from "vitest";
import { IngestError } from "../../../src/ingest/read/ingest-error";
import {
  assertLoadableRows,
  assertLoadableSize,
  assertRoomFor,
  fileShare,
  formatFileSize,
  MAX_BROWSER_COMPRESSED_BYTES,
  MAX_BROWSER_FILE_BYTES,
  MAX_BROWSER_VALUES,
  sizeLimitFor,
} from "../../../src/ingest/read/size-limit";
import { userMessage } from "../../../src/app/user-error";
import { registerMessages, setLocale } from "../../../src/i18n/i18n";
import { appMessages } from "../../../src/app/messages";
import { sizeLimitMessages } from "../../../src/data-page/size-limit-messages";

/** The IngestError `action` throws. */
function ingestErrorOf(action: () => void): IngestError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(IngestError);
    return error as IngestError;
  }
  throw new Error("expected an IngestError, nothing was thrown");
}

/** The user's message for `error`: all of it in English, how it starts in 简体中文 and 繁體中文. */
function expectMessages(error: unknown, english: string, simplifiedStart: string, traditionalStart: string): void {
  setLocale("en");
  expect(userMessage(error)).toBe(english);
  setLocale("zh-Hans");
  expect(userMessage(error)).toContain(simplifiedStart);
  setLocale("zh-Hant");
  expect(userMessage(error)).toContain(traditionalStart);
  setLocale("en");
}

describe("file size limit", () => {
  beforeAll(() => {
    registerMessages(appMessages);
    registerMessages(sizeLimitMessages);
  });

  it("lets a file up to the limit through and stops a larger one with the sizes", () => {
    expect(() => assertLoadableSize("ok.csv", MAX_BROWSER_FILE_BYTES)).not.toThrow();
    const error = ingestErrorOf(() => assertLoadableSize("huge.csv", 1.6 * 1024 ** 3));
    expect(error.code).toBe("over_size_limit");
    expect(error.message).toBe(`huge.csv: 1.6 GB > ${formatFileSize(MAX_BROWSER_FILE_BYTES)}`);
  });

  it("gives .xlsx (read whole in JavaScript) a smaller limit; Parquet is limited by its rows", () => {
    expect(sizeLimitFor("sales.CSV")).toBe(MAX_BROWSER_FILE_BYTES);
    expect(sizeLimitFor("sales.parquet")).toBe(MAX_BROWSER_FILE_BYTES);
    expect(sizeLimitFor("sales.xlsx")).toBe(MAX_BROWSER_COMPRESSED_BYTES);
    expect(() => assertLoadableSize("sales.xlsx", MAX_BROWSER_FILE_BYTES / 4)).toThrow(IngestError);
    expect(() => assertLoadableSize("sales.csv", MAX_BROWSER_FILE_BYTES / 4)).not.toThrow();
  });

  it("stops a Parquet file with more values (rows × columns) than the page holds, from its footer", () => {
    const parquet = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: "customer", data: ["C1", "C2", "C3"] },
          { name: "day", data: ["2024-03-05", "2024-03-06", "2024-03-07"] },
          { name: "amount", data: [12.5, 3, 4] },
        ],
      }),
    );
    expect(() => assertLoadableRows("fits.parquet", parquet, 9)).not.toThrow();
    const error = ingestErrorOf(() => assertLoadableRows("wide.parquet", parquet, 8));
    expect(error.code).toBe("over_row_limit");
    expectMessages(
      error,
      "wide.parquet has more rows than this browser tab can hold (3 > 2 rows for its number of columns) and was not loaded. Load a smaller extract (for example one year), or use the command-line version, which has no such limit.",
      "wide.parquet 行数太多",
      "wide.parquet 列數太多",
    );
    // Other files, and a footer that cannot be read (the reader says why later), pass.
    expect(() => assertLoadableRows("sales.csv", new TextEncoder().encode("a,b\n1,2"), 1)).not.toThrow();
    expect(() => assertLoadableRows("broken.parquet", new TextEncoder().encode("PAR1 not really PAR1"), 1)).not.toThrow();
  });

  it("adds up the files loaded together: each takes its share of what the page holds", () => {
    const csv = new Uint8Array(MAX_BROWSER_FILE_BYTES / 4);
    expect(fileShare("sales.csv", csv)).toBe(0.25);
    expect(fileShare("sales.xlsx", new Uint8Array(MAX_BROWSER_COMPRESSED_BYTES / 2))).toBe(0.5);
    const parquet = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: "a", data: [1, 2] }, { name: "b", data: ["x", "y"] }] }));
    expect(fileShare("sales.parquet", parquet)).toBe(4 / MAX_BROWSER_VALUES);

    expect(() => assertRoomFor("year-3.csv", 0.4, 0.6)).not.toThrow();
    const error = ingestErrorOf(() => assertRoomFor("year-3.csv", 0.45, 0.8));
    expect(error.code).toBe("over_total_limit");
    expectMessages(
      error,
      "year-3.csv was not loaded: together with the files already loaded it is more than this browser tab can hold (125 % of it). Remove a file first, load a smaller extract, or use the command-line version, which has no such limit.",
      "year-3.csv 未载入",
      "year-3.csv 未載入",
    );
  });

  it("formats sizes as a file manager does", () => {
    expect(formatFileSize(700 * 1024 * 1024)).toBe("700 MB");
    expect(formatFileSize(1.5 * 1024 ** 3)).toBe("1.5 GB");
  });

  it("explains the limit in the user's language", () => {
    const error = new IngestError("huge.csv", "over_size_limit", "1.6 GB > 200 MB");
    setLocale("en");
    expect(userMessage(error)).toBe(
      "huge.csv is too large for this browser tab (1.6 GB > 200 MB) and was not loaded. Load a smaller extract (for example one year), or use the command-line version, which has no such limit.",
    );
    setLocale("zh-Hans");
    expect(userMessage(error)).toContain("huge.csv 太大");
    setLocale("en");
  });

  it("explains running out of memory after the load too, in each language", () => {
    const error = new Error("Out of Memory Error: could not allocate block of size 256.0 KiB (3.9 GiB/4.0 GiB used)\nat ...");
    setLocale("en");
    expect(userMessage(error)).toBe(
      "This browser tab ran out of memory (Out of Memory Error: could not allocate block of size 256.0 KiB (3.9 GiB/4.0 GiB used)). Remove a file or load a smaller extract (for example one year), or use the command-line version, which has no such limit.",
    );
    setLocale("zh-Hant");
    expect(userMessage(error)).toContain("記憶體不足");
    setLocale("en");
    expect(userMessage(new Error("Binder Error: column x not found"))).toBe("Something went wrong: Binder Error: column x not found");
  });
});
