import { defineConfig, type Plugin } from "vite";
import solid from "vite-plugin-solid";
import { CONTENT_SECURITY_POLICY } from "./src/security/content-security-policy";
import { serviceWorkerPlugin } from "./src/offline/service-worker-plugin";
import { readExcelFileLinearRows } from "./src/ingest/read/read-excel-file-patch";

/** Puts the CSP into the built page as a meta tag, for static hosts that cannot send headers. */
function cspMetaTag(): Plugin {
  return {
    name: "crm-studio-csp-meta",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
    ],
  };
}

export default defineConfig({
  base: "./",
  plugins: [solid(), cspMetaTag(), serviceWorkerPlugin(), readExcelFileLinearRows()],
  // Not pre-bundled, so that the dev server applies readExcelFileLinearRows too.
  optimizeDeps: { exclude: ["read-excel-file"] },
  // Sample files stay files: an inlined data: URL would be blocked by connect-src 'self'.
  build: { target: "es2022", chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
  // Workbooks are read in a worker (src/ingest/read/js-table.worker.ts): it bundles read-excel-file too.
  worker: { format: "es", plugins: () => [readExcelFileLinearRows()] },
  preview: { headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY } },
  server: { fs: { allow: [".."] } },
});
