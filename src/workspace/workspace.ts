import type { Database, Row } from "../engine/database";
import { makeReplaceableAs } from "../engine/relation-kind";
import { ident } from "../engine/sql";
import { INGEST_ROWS_TABLE, TRANSACTIONS_TABLE } from "../ingest/canonical/ingest-tables";
import { buildTransactionsSql } from "../ingest/canonical/build-transactions";
import { readQualityReport } from "../ingest/canonical/quality-report";
import { normalizeIdSql } from "../ingest/canonical/normalize-id";
import { loadRawTable, type ReadOptions } from "../ingest/read/load-raw-table";
import { suggestMapping } from "../ingest/mapping/suggest-mapping";
import type { CanonicalOptions, QualityReport, RawTable } from "../ingest/types";
import { repeatsTableOf } from "../ingest/canonical/staged-rows";
import type { Source } from "./source";

const SAMPLE_ROWS = 200;
/** The loaded customer table(s), matched to the transactions by customer id. */
export const CUSTOMERS_TABLE = "customers";
let tableCounter = 0;

/** Reads a file into DuckDB and suggests how its columns map to the canonical table. */
export async function addSource(
  db: Database,
  file: { fileName: string; bytes: Uint8Array },
  options: ReadOptions = {},
  onProgress?: (stage: string, fraction?: number) => void,
): Promise<Source> {
  const raw = await loadRawTable(db, `raw_${++tableCounter}`, file, options, onProgress);
  const preview = await db.query<Row>(`SELECT * EXCLUDE (__row) FROM ${ident(raw.table)} ORDER BY __row LIMIT ${SAMPLE_ROWS}`);
  const samples: Record<string, (string | null)[]> = {};
  for (const column of raw.columns) samples[column] = preview.map((row) => (row[column] ?? null) as string | null);
  const suggestion = suggestMapping(raw.columns, samples);
  return {
    raw,
    readOptions: options,
    role: "transactions",
    mapping: suggestion.mapping,
    suggested: suggestion.suggestedFields,
    dateOrderAmbiguous: suggestion.dateOrderAmbiguous,
    preview: preview.slice(0, 8) as Record<string, string | null>[],
  };
}

/** Removes a loaded file's table (and the table of its repeated rows). */
export async function removeSource(db: Database, source: Source): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${ident(repeatsTableOf(source.raw.table))}`);
  await db.exec(`DROP TABLE IF EXISTS ${ident(source.raw.table)}`);
}

// The loaded files whose repeated rows were found by an earlier build: they depend on the file alone, so a
// rebuild after a new mapping or the drop-duplicates switch skips them (0.6 s per million rows in the page).
const repeatsFound = new WeakSet<RawTable>();

/**
 * (Re)builds the canonical `transactions` table from every transactions source and the `customers`
 * table from customer sources, and returns the data-quality report.
 */
export async function buildCanonicalTables(db: Database, sources: Source[], options: CanonicalOptions): Promise<QualityReport> {
  const transactionSources = sources.filter((source) => source.role === "transactions");
  const mapped = transactionSources.map((source) => ({ raw: source.raw, mapping: source.mapping }));
  const statements = buildTransactionsSql(
    mapped,
    options,
    mapped.filter((source) => !repeatsFound.has(source.raw)),
  );
  for (const view of [TRANSACTIONS_TABLE, INGEST_ROWS_TABLE]) await makeReplaceableAs(db, view, "VIEW");
  for (const statement of statements) await db.exec(statement);
  for (const source of mapped) repeatsFound.add(source.raw);
  await buildCustomersTable(db, sources);
  return readQualityReport(
    db,
    transactionSources.map((source) => ({ raw: source.raw, mapping: source.mapping })),
  );
}

async function buildCustomersTable(db: Database, sources: Source[]): Promise<void> {
  const customerSources = sources.filter((source) => source.role === "customers" && source.mapping.columns.customer_id);
  if (customerSources.length === 0) {
    await db.exec(`CREATE OR REPLACE TABLE ${CUSTOMERS_TABLE} (customer_id VARCHAR, source VARCHAR)`);
    return;
  }
  const selects = customerSources.map((source) => {
    const idColumn = ident(source.mapping.columns.customer_id as string);
    return `SELECT ${normalizeIdSql(idColumn)} AS customer_id, * EXCLUDE (__row) FROM ${ident(source.raw.table)}`;
  });
  await db.exec(`CREATE OR REPLACE TABLE ${CUSTOMERS_TABLE} AS ${selects.join(" UNION ALL BY NAME ")}`);
}

/** How a loaded customer table matches the transactions: shown beside the quality report. */
export interface CustomerTableSummary {
  customers: number;
  withPurchases: number;
  buyersNotInTable: number;
}

/** Null when no customer table is loaded. */
export async function readCustomerTableSummary(db: Database): Promise<CustomerTableSummary | null> {
  // Without a customer table, skip the distinct buyers of every transaction (about a second at 1 M rows in the page).
  const [listed] = await db.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM customers WHERE customer_id IS NOT NULL) AS any");
  if (!listed?.any) return null;
  const [row] = await db.query<{ customers: number; with_purchases: number; buyers_not_in_table: number }>(`
    WITH listed AS (SELECT DISTINCT customer_id FROM customers WHERE customer_id IS NOT NULL),
    buyers AS (SELECT DISTINCT customer_id FROM transactions WHERE amount >= 0)
    SELECT
      (SELECT count(*) FROM listed)::INTEGER AS customers,
      (SELECT count(*) FROM listed SEMI JOIN buyers USING (customer_id))::INTEGER AS with_purchases,
      (SELECT count(*) FROM buyers ANTI JOIN listed USING (customer_id))::INTEGER AS buyers_not_in_table`);
  return row && row.customers > 0 ? { customers: row.customers, withPurchases: row.with_purchases, buyersNotInTable: row.buyers_not_in_table } : null;
}
