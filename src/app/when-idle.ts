/** Runs `run` once the page has drawn and the main thread is idle (at the latest after `timeoutMs`). */
export function whenIdle(run: () => unknown, timeoutMs: number): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(() => run(), { timeout: timeoutMs });
  else setTimeout(run, 0);
}
