import { describe, expect, it } from "vitest";
import { formatBytes } from "../../src/persistence/format-bytes";
import { isQuotaError, MAX_KEPT_FILE_BYTES, whyNotKept } from "../../src/persistence/storage-limits";

describe("whyNotKept", () => {
  it("keeps files up to the limit that fit in the quota", () => {
    expect(MAX_KEPT_FILE_BYTES).toBe(500 * 1024 * 1024);
    expect(whyNotKept(MAX_KEPT_FILE_BYTES, {})).toBeNull();
    expect(whyNotKept(MAX_KEPT_FILE_BYTES + 1, {})).toBe("too_large");
    expect(whyNotKept(1_000, { usage: 9_000, quota: 10_000 })).toBeNull();
    expect(whyNotKept(1_001, { usage: 9_000, quota: 10_000 })).toBe("no_space");
    expect(whyNotKept(10, { quota: 100 }, 5)).toBe("too_large");
  });

  it("tells a quota error from other failures", () => {
    expect(isQuotaError(new DOMException("full", "QuotaExceededError"))).toBe(true);
    expect(isQuotaError(new DOMException("gone", "NotFoundError"))).toBe(false);
    expect(isQuotaError(new Error("disk full: quota exceeded"))).toBe(true);
  });
});

describe("formatBytes", () => {
  it("uses powers of 1024 and the language's number format", () => {
    expect(formatBytes("en", 733)).toBe("0.7 kB");
    expect(formatBytes("en", 1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatBytes("en", 500 * 1024 * 1024)).toBe("500 MB");
    expect(formatBytes("en", 10 * 1024 ** 3)).toBe("10 GB");
    expect(formatBytes("zh-Hans", 1234.5 * 1024 * 1024)).toMatch(/^1\.2\s?GB$/);
  });
});
