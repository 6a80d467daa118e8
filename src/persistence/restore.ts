import { createSignal } from "solid-js";
import { applySettings } from "../app/settings";
import { currentPage, loadFilesAs, report, setCurrentPage, setDropDuplicates, type PickedFile } from "../app/store";
import { readFileWithProgress } from "../data-page/read-file";
import { opfsAvailable, readKeptFile, readSessionText } from "./opfs-files";
import { rememberKept, startAutosave } from "./persisted-session";
import { parseSession, type NotKeptFile } from "./session-format";

const [restoring, setRestoring] = createSignal<{ files: number } | null>(null);
/** Files of the last visit that could not be brought back (not kept, or gone from storage). */
const [notRestored, setNotRestored] = createSignal<NotKeptFile[]>([]);
export { restoring, notRestored };

/** Brings back what the last visit kept (files, mappings, settings), then keeps saving changes. */
export async function restoreSavedSession(): Promise<void> {
  const session = opfsAvailable() ? parseSession(await readSessionText()) : null;
  try {
    if (!session || session.files.length + session.notKept.length === 0) return;
    setRestoring({ files: session.files.length });
    // The page opens once the data is back: an analysis without data would only say "computing".
    const { page, ...settings } = session.settings;
    applySettings(settings);
    if (typeof session.settings.dropDuplicates === "boolean") await setDropDuplicates(session.settings.dropDuplicates);
    const missing: NotKeptFile[] = [...session.notKept];
    const entries = [];
    for (const kept of session.files) {
      const stored = await readKeptFile(kept.id);
      if (!stored) {
        missing.push({ fileName: kept.fileName, size: kept.size, reason: "write_failed" });
        continue;
      }
      const file: PickedFile = { fileName: kept.fileName, blob: stored, bytes: (onProgress) => readFileWithProgress(stored, onProgress) };
      rememberKept(file, kept.id, stored.size);
      entries.push({ file, readOptions: kept.readOptions, role: kept.role, mapping: kept.mapping });
    }
    setNotRestored(missing);
    await loadFilesAs(entries);
    if (report() !== null && typeof page === "string" && currentPage() === "data") setCurrentPage(page);
  } finally {
    setRestoring(null);
    startAutosave();
  }
}
