import { t } from "../i18n/i18n";
import { IngestError, isOutOfMemory } from "../ingest/read/ingest-error";

/** A message for the user in their language, never a stack trace. */
export function userMessage(error: unknown): string {
  if (error instanceof IngestError) {
    const detail = error.message.startsWith(`${error.fileName}: `) ? error.message.slice(error.fileName.length + 2) : error.message;
    return t(`ingestError.${error.code}`, { file: error.fileName, detail });
  }
  const text = error instanceof Error ? error.message : String(error);
  // DuckDB prefixes its errors with their kind and adds a caret drawing; the first line says enough.
  const firstLine = text.split("\n")[0] ?? text;
  // After a load (building the table, a large view) the 4 GB heap can still run out: say what to do.
  if (isOutOfMemory(firstLine)) return t("error.outOfMemory", { detail: firstLine.slice(0, 300) });
  return t("error.unexpected", { detail: firstLine.slice(0, 300) });
}
