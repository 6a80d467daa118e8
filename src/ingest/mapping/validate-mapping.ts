import { CANONICAL_FIELDS, type CanonicalField, type TransactionMapping } from "../types";

/** A problem with a mapping, as a message key and its parameters (the UI translates it). */
export type MappingProblem =
  | { key: "mapping.missingRequired"; field: CanonicalField }
  | { key: "mapping.columnUsedTwice"; column: string; fields: CanonicalField[] }
  | { key: "mapping.unknownColumn"; field: CanonicalField; column: string };

function requiredFields(mapping: TransactionMapping): CanonicalField[] {
  const amount: CanonicalField[] = mapping.amountFrom === "column" ? ["amount"] : ["quantity", "unit_price"];
  return ["customer_id", "order_date", ...amount];
}

/** The problems that keep a mapping from building the transactions table; `columns` (the file's) also checks the names. */
export function validateMapping(mapping: TransactionMapping, columns?: string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  for (const field of requiredFields(mapping)) {
    if (mapping.columns[field] === null) problems.push({ key: "mapping.missingRequired", field });
  }
  // With amount = quantity × unit price a leftover amount column is not read.
  const used = CANONICAL_FIELDS.filter((field) => mapping.columns[field] !== null && !(field === "amount" && mapping.amountFrom !== "column"));
  for (const column of new Set(used.map((field) => mapping.columns[field] as string))) {
    const fields = used.filter((field) => mapping.columns[field] === column);
    if (fields.length > 1) problems.push({ key: "mapping.columnUsedTwice", column, fields });
  }
  if (columns !== undefined) {
    for (const field of used) {
      const column = mapping.columns[field] as string;
      if (!columns.includes(column)) problems.push({ key: "mapping.unknownColumn", field, column });
    }
  }
  return problems;
}
