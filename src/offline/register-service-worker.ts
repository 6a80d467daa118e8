import { createSignal } from "solid-js";

/** Whether the app (with DuckDB) is stored for use without a network. */
const [offlineState, setOfflineState] = createSignal<"off" | "preparing" | "ready">("off");
export { offlineState };

const WARM_UP_DELAY_MS = 5_000;

function askWorker(worker: ServiceWorker, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => resolve(event.data);
    worker.postMessage(message, [channel.port2]);
  });
}

/** Registers the service worker (production builds only) and has it store the DuckDB build this browser uses. */
export async function registerServiceWorker(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  setOfflineState("preparing");
  try {
    await navigator.serviceWorker.register("./sw.js");
    const { active } = await navigator.serviceWorker.ready;
    // DuckDB's build is ~35 MB: stored a little later so it does not compete with a file the user loads at once
    // (if the page starts DuckDB first, the service worker stores it from that request and this finds it stored).
    await new Promise((resolve) => setTimeout(resolve, WARM_UP_DELAY_MS));
    const { duckdbFileUrls } = await import("../engine/browser-database");
    const urls = (await duckdbFileUrls()).map((url) => new URL(url, location.href).href);
    const answer = active ? await askWorker(active, { type: "cache-files", urls }) : null;
    setOfflineState((answer as { type?: string } | null)?.type === "cached" ? "ready" : "off");
  } catch {
    setOfflineState("off");
  }
}
