/**
 * Promises kept by key, the `keep` most recently used: asking again for a key returns the same promise
 * (work in progress is shared, not repeated). A promise that fails is forgotten, so the next request tries
 * again; one pushed out by newer keys is handed to `onEvict` (e.g. to drop the table it made).
 */
export function recentPromises<T>(keep: number, onEvict: (evicted: Promise<T>) => void = () => {}): (key: string, start: () => Promise<T>) => Promise<T> {
  const byKey = new Map<string, Promise<T>>();
  return (key, start) => {
    const pending = byKey.get(key) ?? start();
    byKey.delete(key);
    byKey.set(key, pending);
    pending.catch(() => {
      if (byKey.get(key) === pending) byKey.delete(key);
    });
    for (const [oldKey, old] of [...byKey].slice(0, Math.max(0, byKey.size - keep))) {
      byKey.delete(oldKey);
      onEvict(old);
    }
    return pending;
  };
}
