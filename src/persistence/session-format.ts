import type { AppSettings } from "../app/settings";
import type { ReadOptions } from "../ingest/read/load-raw-table";
import { CANONICAL_FIELDS, type TransactionMapping } from "../ingest/types";
import type { SourceRole } from "../workspace/source";

/** One loaded file as kept in browser storage: its bytes live in OPFS under `id`. */
export interface KeptFile {
  id: string;
  fileName: string;
  size: number;
  role: SourceRole;
  readOptions: ReadOptions;
  mapping: TransactionMapping;
}

/** Why a file's bytes could not be kept. */
export type NotKeptReason = "too_large" | "no_space" | "write_failed";

/** A file that works for this session only; named again after a reload so the user can load it again. */
export interface NotKeptFile {
  fileName: string;
  size: number;
  reason: NotKeptReason;
}

/** Everything kept between visits: the files (in load order), what was not kept, and the settings. */
export interface PersistedSession {
  version: 1;
  savedAt: string;
  files: KeptFile[];
  notKept: NotKeptFile[];
  settings: Partial<AppSettings>;
}

const ROLES: readonly SourceRole[] = ["transactions", "customers", "ignore"];
const REASONS: readonly NotKeptReason[] = ["too_large", "no_space", "write_failed"];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function parseMapping(value: unknown): TransactionMapping | null {
  if (!isRecord(value) || !isRecord(value.columns)) return null;
  const columns = {} as TransactionMapping["columns"];
  for (const field of CANONICAL_FIELDS) {
    const column = value.columns[field];
    if (column !== null && column !== undefined && typeof column !== "string") return null;
    columns[field] = column ?? null;
  }
  const amountFrom = value.amountFrom === "quantity_x_unit_price" ? "quantity_x_unit_price" : "column";
  const dateOrder = value.dateOrder === "dmy" ? "dmy" : "mdy";
  return { columns, amountFrom, dateOrder };
}

function parseReadOptions(value: unknown): ReadOptions {
  if (!isRecord(value)) return {};
  const options: ReadOptions = {};
  if (typeof value.encoding === "string") options.encoding = value.encoding;
  if (typeof value.delimiter === "string") options.delimiter = value.delimiter;
  if (typeof value.header === "boolean") options.header = value.header;
  if (typeof value.sheet === "string") options.sheet = value.sheet;
  return options;
}

function parseKeptFile(value: unknown): KeptFile | null {
  if (!isRecord(value)) return null;
  const { id, fileName, size, role } = value;
  const mapping = parseMapping(value.mapping);
  if (typeof id !== "string" || !/^[\w-]+$/.test(id) || typeof fileName !== "string" || typeof size !== "number") return null;
  if (!ROLES.includes(role as SourceRole) || !mapping) return null;
  return { id, fileName, size, role: role as SourceRole, readOptions: parseReadOptions(value.readOptions), mapping };
}

function parseNotKept(value: unknown): NotKeptFile | null {
  if (!isRecord(value) || typeof value.fileName !== "string" || typeof value.size !== "number") return null;
  return REASONS.includes(value.reason as NotKeptReason) ? { fileName: value.fileName, size: value.size, reason: value.reason as NotKeptReason } : null;
}

/** Reads a stored session; null when it is missing, of another version or malformed (entries that do not parse are dropped). */
export function parseSession(text: string | null): PersistedSession | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.files)) return null;
  const files = value.files.map(parseKeptFile).filter((file): file is KeptFile => file !== null);
  const notKept = Array.isArray(value.notKept) ? value.notKept.map(parseNotKept).filter((file): file is NotKeptFile => file !== null) : [];
  return {
    version: 1,
    savedAt: typeof value.savedAt === "string" ? value.savedAt : "",
    files,
    notKept,
    settings: isRecord(value.settings) ? (value.settings as Partial<AppSettings>) : {},
  };
}
