/** The files of a build as the service worker sees them (paths relative to the app's folder). */
export interface PrecacheManifest {
  /** Changes whenever any file name changes (Vite puts content hashes in names). */
  version: string;
  /** Stored when the service worker installs: the page, its scripts and styles, the sample files. */
  shell: string[];
  /** DuckDB's .wasm and worker of both builds (~35 MB each): stored when the page names the one this browser uses. */
  onDemand: string[];
}

const NOT_SERVED = /(^|\/)(sw\.js|_headers|_redirects)$|\.map$/;
const DUCKDB_FILE = /\.wasm$|duckdb-browser-[\w-]*\.worker[\w.-]*\.js$/;

/** FNV-1a: a short, stable fingerprint of the file list. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** Splits a build's output files into what is stored at install and what is stored on demand. */
export function planPrecache(files: string[]): PrecacheManifest {
  const served = [...new Set(files)].filter((file) => !NOT_SERVED.test(file)).sort();
  const onDemand = served.filter((file) => DUCKDB_FILE.test(file));
  const shell = ["./", ...served.filter((file) => !DUCKDB_FILE.test(file))];
  return { version: fingerprint(served.join("\n")), shell, onDemand };
}

/** How a same-origin GET is answered: hashed files never change, so the stored copy wins; the page itself is fetched fresh when possible. */
export function cachingStrategy(pathInScope: string): "cache-first" | "network-first" {
  return pathInScope.startsWith("assets/") ? "cache-first" : "network-first";
}
