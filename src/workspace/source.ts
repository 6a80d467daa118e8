import type { ReadOptions } from "../ingest/read/load-raw-table";
import type { RawTable, TransactionMapping } from "../ingest/types";

/** What a loaded file is used for. */
export type SourceRole = "transactions" | "customers" | "ignore";

/** A loaded file, what it is used for, and how its columns map to the canonical table. */
export interface Source {
  raw: RawTable;
  /** What the user said about reading it (empty = everything detected). */
  readOptions: ReadOptions;
  role: SourceRole;
  mapping: TransactionMapping;
  /** Fields whose suggestion came with confidence (shown as "suggested" in the mapping step). */
  suggested: string[];
  /** True when day/month order could not be told from the values (e.g. only `3/5/2024`). */
  dateOrderAmbiguous: boolean;
  /** The first rows of the file, shown beside the mapping. */
  preview: Record<string, string | null>[];
}
