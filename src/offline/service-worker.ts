import { cachingStrategy, type PrecacheManifest } from "./cache-plan";

declare const self: ServiceWorkerGlobalScope;

// Replaced by the build (src/offline/service-worker-plugin.ts) with the list of files of dist/.
const MANIFEST = "__CRM_STUDIO_PRECACHE__" as unknown as PrecacheManifest;
const PREFIX = "crm-studio-";
const CACHE = `${PREFIX}${MANIFEST.version}`;
const inScope = (path: string) => new URL(path, self.registration.scope).href;

async function install(): Promise<void> {
  const cache = await caches.open(CACHE);
  await cache.addAll(MANIFEST.shell.map(inScope));
  // DuckDB's files keep their content-hashed names across releases: take them over instead of downloading 35 MB again.
  for (const name of await caches.keys()) {
    if (name === CACHE || !name.startsWith(PREFIX)) continue;
    const older = await caches.open(name);
    for (const url of MANIFEST.onDemand.map(inScope)) {
      const response = await older.match(url, { ignoreVary: true });
      if (response) await cache.put(url, response);
    }
  }
}

async function activate(): Promise<void> {
  for (const name of await caches.keys()) if (name !== CACHE && name.startsWith(PREFIX)) await caches.delete(name);
  await self.clients.claim();
}

// One download per file even when the page and a "cache-files" message ask for it at the same time.
const storing = new Map<string, Promise<void>>();

function store(url: string, response: Response): Promise<void> {
  const done = caches
    .open(CACHE)
    .then((cache) => cache.put(url, response))
    .finally(() => storing.delete(url));
  storing.set(url, done);
  return done;
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(CACHE);
  // ignoreVary: a module script's request carries an Origin header the install-time request did not.
  const cached = (await cache.match(event.request, { ignoreVary: true })) ?? (await storing.get(event.request.url)?.then(() => cache.match(event.request, { ignoreVary: true })));
  if (cached) return cached;
  const response = await fetch(event.request);
  // Stored in the background: the page gets the body as it streams in (DuckDB compiles its .wasm while it downloads).
  if (response.ok && response.type === "basic") event.waitUntil(store(event.request.url, response.clone()));
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic" && (await cache.match(request, { ignoreSearch: true, ignoreVary: true }))) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request, { ignoreSearch: true, ignoreVary: true })) ?? (request.mode === "navigate" ? await cache.match(inScope("./"), { ignoreVary: true }) : undefined);
    if (cached) return cached;
    throw error;
  }
}

/** Stores the files the page asks for (the DuckDB build this browser uses) and answers on the message's port. */
async function cacheFiles(urls: string[]): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    if (await cache.match(url, { ignoreVary: true })) continue;
    const pending = storing.get(url);
    if (pending) {
      await pending;
      continue;
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await store(url, response);
  }
}

self.addEventListener("install", (event) => event.waitUntil(install()));
self.addEventListener("activate", (event) => event.waitUntil(activate()));
self.addEventListener("fetch", (event) => {
  const { request } = event;
  const scope = self.registration.scope;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  const path = request.url.slice(scope.length);
  event.respondWith(cachingStrategy(path) === "cache-first" ? cacheFirst(event) : networkFirst(request));
});
self.addEventListener("message", (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  const port = event.ports[0];
  if (data?.type !== "cache-files" || !Array.isArray(data.urls) || !port) return;
  const urls = data.urls.filter((url): url is string => typeof url === "string" && url.startsWith(self.registration.scope));
  event.waitUntil(
    cacheFiles(urls).then(
      () => port.postMessage({ type: "cached" }),
      () => port.postMessage({ type: "failed" }),
    ),
  );
});
