/**
 * Whether reading work can go to a Web Worker: in a page, yes; in Node (the command line, tests) the same code
 * runs in line.
 */
export function canStartWorker(): boolean {
  return typeof window !== "undefined" && typeof Worker !== "undefined";
}
