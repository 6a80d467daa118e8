import { CANONICAL_FIELDS, unmappedColumns, type CanonicalField, type ColumnMapping, type TransactionMapping } from "../types";
import { detectDateOrder } from "./detect-date-order";
import { guessAmountColumn, guessCustomerColumn, guessDateColumn } from "./guess-from-values";
import { matchHeaders } from "./match-headers";
import { profileValues } from "./value-profile";

/** high: the header names the field; medium: the header contains a telling word; low: guessed from the values. */
export type MappingConfidence = "high" | "medium" | "low";

export interface MappingSuggestion {
  mapping: TransactionMapping;
  confidence: Record<CanonicalField, MappingConfidence | null>;
  /** The fields the suggestion mapped, for the "suggested" badge. */
  suggestedFields: CanonicalField[];
  /** True when the values do not tell whether `3/5/2024` is month-first or day-first. */
  dateOrderAmbiguous: boolean;
}

function emptyRecord<T>(value: T): Record<CanonicalField, T> {
  return Object.fromEntries(CANONICAL_FIELDS.map((field) => [field, value])) as Record<CanonicalField, T>;
}

/** Suggests which column feeds each canonical field, from the header names first and the sample values second. */
export function suggestMapping(columns: string[], samples: Record<string, (string | null)[]>): MappingSuggestion {
  const mapped: ColumnMapping = unmappedColumns();
  const confidence = emptyRecord<MappingConfidence | null>(null);
  const assign = (field: CanonicalField, column: string | undefined, level: MappingConfidence) => {
    if (column === undefined || mapped[field] !== null || Object.values(mapped).includes(column)) return;
    mapped[field] = column;
    confidence[field] = level;
  };

  for (const match of matchHeaders(columns)) assign(match.field, match.column, match.exact ? "high" : "medium");

  const amountFrom = mapped.amount === null && mapped.quantity !== null && mapped.unit_price !== null ? "quantity_x_unit_price" : "column";
  if (mapped.amount === null && mapped.quantity === null && mapped.unit_price !== null) {
    // A lone price column (`Price`, `价格`) is the amount paid.
    mapped.amount = mapped.unit_price;
    confidence.amount = "medium";
    mapped.unit_price = null;
    confidence.unit_price = null;
  }

  const profiles = () =>
    columns.flatMap((column, index) => (Object.values(mapped).includes(column) ? [] : [profileValues(column, index, samples[column] ?? [])]));
  assign("order_date", guessDateColumn(profiles()), "low");
  if (amountFrom === "column") assign("amount", guessAmountColumn(profiles()), "low");
  assign("customer_id", guessCustomerColumn(profiles()), "low");

  const dateOrder = detectDateOrder(mapped.order_date === null ? [] : (samples[mapped.order_date] ?? []));
  return {
    mapping: { columns: mapped, amountFrom, dateOrder: dateOrder.order },
    confidence,
    suggestedFields: CANONICAL_FIELDS.filter((field) => mapped[field] !== null),
    dateOrderAmbiguous: dateOrder.ambiguous,
  };
}
