import { startsWithBytes } from "./bytes";
import { IngestError } from "./ingest-error";

/** Which reader a file goes to. */
export type FileKind = "delimited" | "xlsx" | "parquet" | "json" | "ndjson";

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  csv: "delimited",
  tsv: "delimited",
  tab: "delimited",
  txt: "delimited",
  dat: "delimited",
  psv: "delimited",
  xlsx: "xlsx",
  xlsm: "xlsx",
  parquet: "parquet",
  pq: "parquet",
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PARQUET = [0x50, 0x41, 0x52, 0x31];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const GZIP = [0x1f, 0x8b];

/** Picks the reader from the file's leading bytes when they are a binary signature, else from its extension or first character. */
export function detectFileKind(fileName: string, bytes: Uint8Array): FileKind {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (startsWithBytes(bytes, OLE2)) {
    throw new IngestError(fileName, "unsupported_format", "old Excel .xls files cannot be read; save it as .xlsx or CSV first");
  }
  if (startsWithBytes(bytes, GZIP) || (startsWithBytes(bytes, ZIP) && extension === "zip")) {
    throw new IngestError(fileName, "unsupported_format", "compressed files cannot be read; unpack it and load the file inside");
  }
  if (startsWithBytes(bytes, ZIP)) return "xlsx";
  if (startsWithBytes(bytes, PARQUET)) return "parquet";
  const byExtension = KIND_BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  return /^(\ufeff|\s)*[[{]/.test(leadingText(bytes)) ? "json" : "delimited";
}

function leadingText(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, 64));
}
