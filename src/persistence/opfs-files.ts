/** Files kept in the Origin Private File System: `crm-studio/files/<id>` for bytes, `crm-studio/session.json`. */

const ROOT = "crm-studio";
const FILES = "files";
const SESSION = "session.json";

/** True when this browser can keep files in OPFS from the page (createWritable: Chromium, Firefox, recent Safari). */
export function opfsAvailable(): boolean {
  return typeof navigator !== "undefined" && typeof navigator.storage?.getDirectory === "function" && typeof FileSystemFileHandle !== "undefined" && "createWritable" in FileSystemFileHandle.prototype;
}

async function rootDirectory(): Promise<FileSystemDirectoryHandle> {
  return (await navigator.storage.getDirectory()).getDirectoryHandle(ROOT, { create: true });
}

async function filesDirectory(): Promise<FileSystemDirectoryHandle> {
  return (await rootDirectory()).getDirectoryHandle(FILES, { create: true });
}

// createWritable writes to a swap file that replaces the old one on close(): a crash never leaves half a file.
async function writeTo(directory: FileSystemDirectoryHandle, name: string, data: Blob | Uint8Array | string): Promise<void> {
  const handle = await directory.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  try {
    if (data instanceof Blob) {
      await data.stream().pipeTo(writable);
    } else {
      await writable.write(data as FileSystemWriteChunkType);
      await writable.close();
    }
  } catch (error) {
    await writable.abort().catch(() => {});
    await directory.removeEntry(name).catch(() => {});
    throw error;
  }
}

/** Keeps a file's bytes under `id`; on failure nothing is left behind. */
export async function writeKeptFile(id: string, data: Blob | Uint8Array): Promise<void> {
  await writeTo(await filesDirectory(), id, data);
}

/** The kept file `id`, or null when it is gone. */
export async function readKeptFile(id: string): Promise<File | null> {
  try {
    return await (await (await filesDirectory()).getFileHandle(id)).getFile();
  } catch {
    return null;
  }
}

/** Deletes every kept file whose id is not in `keep`. */
export async function removeKeptFilesExcept(keep: Set<string>): Promise<void> {
  const directory = await filesDirectory();
  const names: string[] = [];
  for await (const name of (directory as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
  for (const name of names) if (!keep.has(name)) await directory.removeEntry(name).catch(() => {});
}

/** Replaces the session document. */
export async function writeSessionText(text: string): Promise<void> {
  await writeTo(await rootDirectory(), SESSION, text);
}

/** The session document, or null when there is none. */
export async function readSessionText(): Promise<string | null> {
  try {
    return await (await (await rootDirectory()).getFileHandle(SESSION)).getFile().then((file) => file.text());
  } catch {
    return null;
  }
}

/** Removes everything this app keeps in OPFS. */
export async function removeEverything(): Promise<void> {
  await (await navigator.storage.getDirectory()).removeEntry(ROOT, { recursive: true }).catch((error: unknown) => {
    if (!(error instanceof DOMException && error.name === "NotFoundError")) throw error;
  });
}
