/** Machine-readable reason, so the UI can show the message in the user's language. */
export type IngestErrorCode =
  | "empty_file"
  | "unsupported_format"
  | "unknown_encoding"
  | "invalid_option"
  | "unreadable_text"
  | "unreadable_workbook"
  | "no_sheet_with_data"
  | "sheet_not_found"
  | "unreadable_parquet"
  | "invalid_json"
  | "unexpected_json_shape"
  | "load_failed"
  | "too_large"
  | "over_size_limit"
  | "over_row_limit"
  | "over_total_limit";

/** An error written for the person who dropped the file: it names the file and says what to do. */
export class IngestError extends Error {
  override readonly name = "IngestError";

  constructor(
    readonly fileName: string,
    readonly code: IngestErrorCode,
    problem: string,
  ) {
    super(`${fileName}: ${problem}`);
  }
}

const OUT_OF_MEMORY = /out of memory|allocation failed|invalid array length|invalid string length/i;

/** Whether an error's text says memory ran out (DuckDB's 4 GB WebAssembly heap, or JavaScript's limits). */
export function isOutOfMemory(text: string): boolean {
  return OUT_OF_MEMORY.test(text);
}

/** Turns an unexpected failure while reading into an IngestError; out-of-memory becomes "too large". */
export function explainFailure(fileName: string, error: unknown, code: IngestErrorCode, problem: string): IngestError {
  if (error instanceof IngestError) return error;
  const detail = firstLine(error);
  if (isOutOfMemory(detail)) {
    return new IngestError(fileName, "too_large", "the file is too large to load in this browser; try a smaller extract or the command-line version");
  }
  return new IngestError(fileName, code, `${problem} (${detail})`);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0] ?? message;
}
