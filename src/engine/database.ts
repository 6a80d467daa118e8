/** A row as plain JS values: numbers (BIGINT/DECIMAL cast to double), strings, booleans, null; DATE/TIMESTAMP as epoch ms. */
export type Row = Record<string, unknown>;

/**
 * The one interface every part of the app uses to talk to DuckDB. A browser (worker) and a Node
 * implementation exist; the SQL that runs in tests and on the command line is the SQL that runs in the page.
 */
export interface Database {
  /** Runs a query and returns its rows as plain objects. */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Runs statements that return nothing of interest (CREATE, INSERT, SET …). */
  exec(sql: string): Promise<void>;
  /** Makes bytes readable by SQL under `fileName` (e.g. `read_csv('fileName')`). */
  registerFile(fileName: string, bytes: Uint8Array): Promise<void>;
  /** Forgets a file registered with registerFile. */
  dropFile(fileName: string): Promise<void>;
  /** Creates (or replaces) table `tableName` from an Arrow IPC stream; with `append`, adds its rows to the existing table. */
  insertArrowIPC(tableName: string, ipc: Uint8Array, options?: { append?: boolean }): Promise<void>;
  /** Releases the database (worker, memory). */
  close(): Promise<void>;
}

/**
 * Settings applied right after the database opens. DuckDB-WASM 1.32 has no parquet / json / icu / excel
 * extension built in and would try to fetch them from a CDN; we read those formats in JS instead, and
 * point the extension repository at our own origin so nothing ever leaves the page.
 */
export function startupStatements(extensionRepository: string): string[] {
  return [
    "SET autoinstall_known_extensions = false",
    "SET autoload_known_extensions = false",
    `SET custom_extension_repository = '${extensionRepository.replaceAll("'", "''")}'`,
  ];
}

/** Wraps `start` so it runs once, lazily; a failed start is forgotten so the next call tries again. */
export function once<T>(start: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= start().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
