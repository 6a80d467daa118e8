import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/security/content-security-policy";

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");

describe("Content-Security-Policy", () => {
  it("allows only our own origin (and DuckDB's WebAssembly)", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it("is the same in the static-host headers file and the README", () => {
    expect(read("public/_headers")).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
    expect(read("README.md")).toContain(CONTENT_SECURITY_POLICY);
  });
});
