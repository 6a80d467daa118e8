import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

// Proportional set size: memory shared between Chromium's processes is counted once, split among them.
function pssBytes(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Memory (PSS) of every process started by this one (the headless Chromium: browser, renderer with its workers, GPU …). */
export function childProcessesMemory(root = process.pid): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== null) parents.set(pid, parent);
  }
  const isDescendant = (pid: number): boolean => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at)) if (at === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parents.keys()) if (isDescendant(pid)) total += pssBytes(pid);
  return total;
}

/** Samples childProcessesMemory every `everyMs` until stopped; returns the peak in bytes. */
export function samplePeakMemory(everyMs = 200): { peak(): number; stop(): number } {
  let peak = childProcessesMemory();
  const timer = setInterval(() => {
    peak = Math.max(peak, childProcessesMemory());
  }, everyMs);
  return {
    peak: () => peak,
    stop() {
      clearInterval(timer);
      return Math.max(peak, childProcessesMemory());
    },
  };
}
