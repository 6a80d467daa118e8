import { fileURLToPath } from "node:url";
import { mergeConfig } from "vite";
import appConfig from "../vite.config";

/** Builds bench/page (the analyses' queries in the browser's DuckDB) into bench/results/page-dist. */
export default mergeConfig(appConfig, {
  root: fileURLToPath(new URL("./page/", import.meta.url)),
  build: { outDir: fileURLToPath(new URL("./results/page-dist/", import.meta.url)), emptyOutDir: true },
});
