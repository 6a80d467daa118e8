import { createEffect, createRoot, createSignal, untrack } from "solid-js";
import { applySettings, snapshotSettings } from "../app/settings";
import { pickedFileOf, removeFile, setDropDuplicates, sources, type PickedFile } from "../app/store";
import { opfsAvailable, readKeptFile, removeEverything, removeKeptFilesExcept, writeKeptFile, writeSessionText } from "./opfs-files";
import type { KeptFile, NotKeptFile, PersistedSession } from "./session-format";
import { isQuotaError, whyNotKept } from "./storage-limits";

/** Where keeping the session in browser storage stands. */
export type SaveState = "starting" | "saving" | "saved" | "failed" | "unavailable";

const [saveState, setSaveState] = createSignal<SaveState>("starting");
const [keptFiles, setKeptFiles] = createSignal<KeptFile[]>([]);
const [notKeptFiles, setNotKeptFiles] = createSignal<NotKeptFile[]>([]);
export { saveState, keptFiles, notKeptFiles };

let keptIds = new WeakMap<PickedFile, { id: string; size: number }>();
let notKept = new WeakMap<PickedFile, NotKeptFile>();

/** Marks a file as already kept under `id` (a file restored from storage is not written again). */
export function rememberKept(file: PickedFile, id: string, size: number): void {
  keptIds.set(file, { id, size });
}

async function keepBytes(file: PickedFile): Promise<{ id: string; size: number } | NotKeptFile> {
  const estimate = await navigator.storage.estimate().catch(() => ({}));
  const data = file.blob ?? (await file.bytes(() => {}));
  const size = data instanceof Blob ? data.size : data.byteLength;
  const reason = whyNotKept(size, estimate);
  if (reason) return { fileName: file.fileName, size, reason };
  const id = crypto.randomUUID();
  try {
    await writeKeptFile(id, data);
    return { id, size };
  } catch (error) {
    return { fileName: file.fileName, size, reason: isQuotaError(error) ? "no_space" : "write_failed" };
  }
}

async function saveNow(): Promise<void> {
  const current = untrack(sources);
  if (current.length === 0) {
    await removeEverything();
    setKeptFiles([]);
    setNotKeptFiles([]);
    return;
  }
  const files: KeptFile[] = [];
  const skipped: NotKeptFile[] = [];
  for (const source of current) {
    const picked = pickedFileOf(source.raw.table);
    if (!picked) continue;
    if (!keptIds.has(picked) && !notKept.has(picked)) {
      const result = await keepBytes(picked);
      if ("id" in result) keptIds.set(picked, result);
      else notKept.set(picked, result);
    }
    const kept = keptIds.get(picked);
    const missed = notKept.get(picked);
    if (kept) files.push({ id: kept.id, fileName: picked.fileName, size: kept.size, role: source.role, readOptions: source.readOptions, mapping: source.mapping });
    else if (missed) skipped.push(missed);
  }
  const session: PersistedSession = { version: 1, savedAt: new Date().toISOString(), files, notKept: skipped, settings: untrack(snapshotSettings) };
  await writeSessionText(JSON.stringify(session));
  await removeKeptFilesExcept(new Set(files.map((file) => file.id)));
  setKeptFiles(files);
  setNotKeptFiles(skipped);
}

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;
let again = false;
let paused = true;

async function runSave(): Promise<void> {
  if (paused) return;
  if (running) {
    again = true;
    return;
  }
  setSaveState("saving");
  running = saveNow().then(
    () => void setSaveState("saved"),
    () => void setSaveState("failed"),
  );
  await running;
  running = null;
  if (again) {
    again = false;
    await runSave();
  }
}

function scheduleSave(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void runSave(), 150);
}

/** Saves the files, mappings and settings whenever they change (after a restore, so it never saves half a session). */
export function startAutosave(): void {
  if (!opfsAvailable()) {
    setSaveState("unavailable");
    return;
  }
  paused = false;
  createRoot(() =>
    createEffect(() => {
      sources();
      JSON.stringify(snapshotSettings());
      scheduleSave();
    }),
  );
  addEventListener("pagehide", () => void runSave());
}

/** Removes everything kept in this browser and unloads the data from the page. */
export async function forgetKeptData(): Promise<void> {
  paused = true;
  clearTimeout(timer);
  await running;
  await removeEverything();
  keptIds = new WeakMap();
  notKept = new WeakMap();
  for (const source of sources()) await removeFile(source.raw.table);
  applySettings({ page: "data", asOfDate: null, views: {} });
  await setDropDuplicates(false);
  setKeptFiles([]);
  setNotKeptFiles([]);
  paused = false;
  scheduleSave();
}

/** Sizes of the kept files, read back from storage (what the browser really holds). */
export async function keptBytes(): Promise<number> {
  let total = 0;
  for (const file of keptFiles()) total += (await readKeptFile(file.id))?.size ?? 0;
  return total;
}
