import { batch, createSignal } from "solid-js";
import type { QualityReport, TransactionMapping } from "../ingest/types";
import type { ReadOptions } from "../ingest/read/load-raw-table";
import { t } from "../i18n/i18n";
import { validateMapping } from "../ingest/mapping/validate-mapping";
import { addSource, buildCanonicalTables, readCustomerTableSummary, removeSource, type CustomerTableSummary } from "../workspace/workspace";
import type { Source, SourceRole } from "../workspace/source";
import { defaultAsOfDate as readDefaultAsOf } from "../analyses/as-of";
import { pageDatabase } from "./database";
import { userMessage } from "./user-error";
import { assertLoadableRows, assertLoadableSize, assertRoomFor, fileShare } from "../ingest/read/size-limit";

export interface Progress {
  fileName: string;
  stage: string;
  fraction?: number;
}

const [sources, setSources] = createSignal<Source[]>([]);
const [report, setReport] = createSignal<QualityReport | null>(null);
const [customerTable, setCustomerTable] = createSignal<CustomerTableSummary | null>(null);
const [dropDuplicates, setDropDuplicatesSignal] = createSignal(false);
const [asOfDate, setAsOfDate] = createSignal<string | null>(null);
const [defaultAsOfDate, setDefaultAsOfDate] = createSignal<string | null>(null);
const [progress, setProgress] = createSignal<Progress | null>(null);
/** A problem to show the user: kept as the error itself so its message follows a change of language. */
export interface ReportedError {
  error: unknown;
  /** The file it concerns, named in front of the message when the message does not name it. */
  fileName?: string;
}

const [errors, setErrors] = createSignal<ReportedError[]>([]);
/** Bumped each time `transactions` is rebuilt: analyses key their queries on it. */
const [dataVersion, setDataVersion] = createSignal(0);
const [mappingDirty, setMappingDirty] = createSignal(false);
/** "data" or an analysis id: which page is open. */
const [currentPage, setCurrentPage] = createSignal<string>("data");

export { currentPage, setCurrentPage, sources, report, customerTable, dropDuplicates, asOfDate, defaultAsOfDate, progress, errors, dataVersion, mappingDirty, setAsOfDate };

/** The as-of date in force: the user's choice, or the day after the last purchase. */
export const effectiveAsOfDate = () => asOfDate() ?? defaultAsOfDate();

export function dismissError(index: number): void {
  setErrors((list) => list.filter((_, i) => i !== index));
}

function reportError(error: unknown, fileName?: string): void {
  setErrors((list) => [...list, { error, fileName }]);
}

/** A reported error's text in the current language (reactive inside Solid components). */
export function errorText({ error, fileName }: ReportedError): string {
  const message = userMessage(error);
  return fileName && !message.includes(fileName) ? `${fileName}: ${message}` : message;
}

/** A file the user gave: its name and how to get its bytes (again, when it is re-read with other options). */
export interface PickedFile {
  fileName: string;
  bytes: (onProgress: (fraction: number) => void) => Promise<Uint8Array>;
  /** The file itself when there is one: browser storage streams it instead of reading it again. */
  blob?: Blob;
}

// Per loaded table, the file it came from (DuckDB-WASM takes over a loaded file's buffer, so re-reading goes
// back to the File or the sample URL) and how much of what the page can hold it takes (fileShare): the tables
// loaded together must fit.
const loadedFiles = new Map<string, { file: PickedFile; share: number }>();

/** Where a loaded table's bytes came from (kept in browser storage by src/persistence). */
export const pickedFileOf = (table: string): PickedFile | undefined => loadedFiles.get(table)?.file;

/** Reads a file into a new source; `replacing` is the table it is read again for (its share is then free). */
async function readSource(file: PickedFile, options: ReadOptions, replacing?: string): Promise<Source> {
  if (file.blob) assertLoadableSize(file.fileName, file.blob.size);
  setProgress({ fileName: file.fileName, stage: "reading", fraction: 0 });
  // The database (a worker and its .wasm: seconds on a slow machine) starts while the file is read, with progress shown.
  const [db, bytes] = await Promise.all([pageDatabase(), file.bytes((fraction) => setProgress({ fileName: file.fileName, stage: "reading", fraction }))]);
  assertLoadableRows(file.fileName, bytes);
  const share = fileShare(file.fileName, bytes);
  const loadedShare = sources()
    .filter((source) => source.raw.table !== replacing)
    .reduce((sum, source) => sum + (loadedFiles.get(source.raw.table)?.share ?? 0), 0);
  assertRoomFor(file.fileName, share, loadedShare);
  const source = await addSource(db, { fileName: file.fileName, bytes }, options, (stage, fraction) => setProgress({ fileName: file.fileName, stage, fraction }));
  loadedFiles.set(source.raw.table, { file, share });
  return source;
}

/**
 * Reads each file and adds it as `describe` says; a file that fails is reported and nothing already loaded is
 * lost. The tables are rebuilt only when a file was added (after a broken file alone, the data is as it was).
 */
async function addFiles<T extends { file: PickedFile; readOptions: ReadOptions }>(entries: T[], describe: (source: Source, entry: T) => Source): Promise<void> {
  let added = 0;
  for (const entry of entries) {
    try {
      const source = describe(await readSource(entry.file, entry.readOptions), entry);
      setSources((list) => [...list, source]);
      added++;
    } catch (error) {
      reportError(error, entry.file.fileName);
    }
  }
  setProgress(null);
  if (added > 0) await applyMapping();
}

/** Loads files one after another, with the options, role and mapping detected. */
export function loadFiles(files: PickedFile[]): Promise<void> {
  return addFiles(
    files.map((file) => ({ file, readOptions: {} })),
    (source) =>
      // A second file without dates is most likely a customer table.
      sources().some((existing) => existing.role === "transactions") && !source.mapping.columns.order_date ? { ...source, role: "customers" } : source,
  );
}

/** Loads files with the read options, role and mapping they had before (a session kept in browser storage). */
export function loadFilesAs(entries: { file: PickedFile; readOptions: ReadOptions; role: SourceRole; mapping: TransactionMapping }[]): Promise<void> {
  return addFiles(entries, (source, entry) => {
    const mappedColumns = Object.values(entry.mapping.columns).filter((column): column is string => column !== null);
    const mapping = mappedColumns.every((column) => source.raw.columns.includes(column)) ? entry.mapping : source.mapping;
    return { ...source, role: entry.role, mapping };
  });
}

/**
 * Reads a loaded file again with the encoding / delimiter / header the user chose; on failure the old one stays.
 * When the columns come out the same, the mapping the user had is kept.
 */
export async function rereadFile(table: string, options: ReadOptions): Promise<void> {
  const file = pickedFileOf(table);
  if (!file || !sources().some((source) => source.raw.table === table)) return;
  try {
    const read = await readSource(file, options, table);
    // The user may have changed the role or mapping while the file was read: take the source as it is now.
    const old = sources().find((source) => source.raw.table === table);
    if (!old) {
      loadedFiles.delete(read.raw.table);
      await removeSource(await pageDatabase(), read);
      return;
    }
    const sameColumns = read.raw.columns.join("\u0000") === old.raw.columns.join("\u0000");
    const source = sameColumns ? { ...read, role: old.role, mapping: old.mapping, suggested: old.suggested } : { ...read, role: old.role };
    setSources((list) => list.map((candidate) => (candidate.raw.table === table ? source : candidate)));
    loadedFiles.delete(table);
    setProgress(null);
    await dropAfterRebuilds(old);
    await applyMapping();
  } catch (error) {
    reportError(error, file.fileName);
  } finally {
    setProgress(null);
  }
}

/** Replaces one source's role or mapping; the canonical table is rebuilt when the user applies it. */
export function updateSource(table: string, change: (source: Source) => Source): void {
  setSources((list) => list.map((source) => (source.raw.table === table ? change(source) : source)));
  setMappingDirty(true);
}

export async function removeFile(table: string): Promise<void> {
  const source = sources().find((candidate) => candidate.raw.table === table);
  if (!source) return;
  setSources((list) => list.filter((candidate) => candidate.raw.table !== table));
  loadedFiles.delete(table);
  // The rebuild without the file is queued first, so the report stops showing its rows at once; the table is
  // dropped after it (and after any rebuild still reading it).
  const rebuilt = applyMapping();
  await dropAfterRebuilds(source);
  await rebuilt;
}

export async function setDropDuplicates(value: boolean): Promise<void> {
  setDropDuplicatesSignal(value);
  await applyMapping();
}

let rebuildQueue: Promise<void> = Promise.resolve();

/** Runs `task` once the rebuilds already asked for are done. */
function afterRebuilds(task: () => Promise<void>): Promise<void> {
  const run = rebuildQueue.then(task, task);
  rebuildQueue = run.catch(() => undefined);
  return run;
}

/** Drops a source's table that is no longer in `sources`, once no rebuild in progress can still be reading it. */
async function dropAfterRebuilds(source: Source): Promise<void> {
  const db = await pageDatabase();
  await afterRebuilds(() => removeSource(db, source));
}

/** Rebuilds `transactions` and the quality report from the current sources and mappings. */
export function applyMapping(): Promise<void> {
  // Rebuilds run one after another: two at once would drop each other's staging tables.
  return afterRebuilds(rebuildCanonicalTables);
}

async function rebuildCanonicalTables(): Promise<void> {
  const db = await pageDatabase();
  const usable = sources().filter((source) => source.role !== "transactions" || isMappingComplete(source));
  if (!usable.some((source) => source.role === "transactions")) {
    batch(() => {
      setReport(null);
      setCustomerTable(null);
      setDefaultAsOfDate(null);
      setMappingDirty(false);
    });
    return;
  }
  setProgress({ fileName: "", stage: "building" });
  try {
    const quality = await buildCanonicalTables(db, usable, { dropDuplicates: dropDuplicates() });
    const defaultAsOf = await readDefaultAsOf(db);
    const customerSummary = await readCustomerTableSummary(db);
    batch(() => {
      setReport(quality);
      setCustomerTable(customerSummary);
      setDefaultAsOfDate(defaultAsOf);
      setDataVersion((version) => version + 1);
      setMappingDirty(false);
    });
  } catch (error) {
    reportError(error);
  } finally {
    setProgress(null);
  }
}

/** A transactions source needs customer, date and an amount (or quantity × unit price), each from its own column. */
export function isMappingComplete(source: Source): boolean {
  return validateMapping(source.mapping, source.raw.columns).length === 0;
}

/** The bundled sample data sets (served from our own origin). */
export async function loadSample(url: string, fileName: string): Promise<void> {
  await loadFiles([
    {
      fileName,
      bytes: async () => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(t("error.sampleMissing", { file: fileName }));
        return new Uint8Array(await response.arrayBuffer());
      },
    },
  ]);
}
