/**
 * Only our own origin: the data never leaves the page. DuckDB needs 'wasm-unsafe-eval' to compile its
 * WebAssembly; Observable Plot writes inline style attributes; PNG export draws the chart from a blob: URL.
 * Static hosts: the same policy is in public/_headers and, in the built page, in a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
