import { IngestError, type IngestErrorCode } from "./ingest-error";

/** An error thrown in a reading worker, as it crosses to the page (an Error's class does not survive postMessage). */
export interface WorkerFailure {
  type: "failed";
  code: IngestErrorCode | null;
  message: string;
}

export function toWorkerFailure(error: unknown): WorkerFailure {
  if (error instanceof IngestError) return { type: "failed", code: error.code, message: error.message };
  return { type: "failed", code: null, message: error instanceof Error ? error.message : String(error) };
}

/** The error again on the page's side: an IngestError for `fileName` keeps its code, so it is shown translated. */
export function fromWorkerFailure(fileName: string, failure: WorkerFailure): Error {
  const problem = failure.message.startsWith(`${fileName}: `) ? failure.message.slice(fileName.length + 2) : failure.message;
  return failure.code ? new IngestError(fileName, failure.code, problem) : new Error(problem);
}
