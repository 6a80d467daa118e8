import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { planPrecache } from "./cache-plan";

const SOURCE = fileURLToPath(new URL("./service-worker.ts", import.meta.url));
const PLACEHOLDER = /(["'`])__CRM_STUDIO_PRECACHE__\1/;

function filesUnder(dir: string, prefix = ""): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

/** Builds `sw.js` (src/offline/service-worker.ts) with the list of files of the build written into it. */
export function serviceWorkerPlugin(): Plugin {
  let publicDir = "";
  return {
    name: "crm-studio-service-worker",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      this.emitFile({ type: "chunk", id: SOURCE, fileName: "sw.js" });
    },
    generateBundle(_options, bundle) {
      const worker = bundle["sw.js"];
      if (!worker || worker.type !== "chunk") return this.error("sw.js was not built");
      const manifest = planPrecache([...Object.keys(bundle), ...filesUnder(publicDir)]);
      if (!manifest.shell.includes("index.html")) return this.error("index.html is missing from the service worker's file list");
      if (!PLACEHOLDER.test(worker.code)) return this.error("the file list placeholder is missing from sw.js");
      // A service worker is a classic script: it must not import anything.
      if (/^import\b|\bimport\(/m.test(worker.code) || worker.imports.length > 0) return this.error("sw.js must not import other chunks");
      worker.code = worker.code.replace(PLACEHOLDER, JSON.stringify(manifest));
    },
  };
}
