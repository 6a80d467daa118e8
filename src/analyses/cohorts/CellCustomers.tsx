import { For, Show } from "solid-js";
import type { Database } from "../../engine/database";
import { fmt, t } from "../../i18n/i18n";
import { userMessage } from "../../app/user-error";
import { downloadCsv } from "../../ui/download";
import { createQuery } from "../../ui/use-query";
import type { CohortCell } from "./customers-query";
import { measureSpec, type CohortMeasure } from "./measures";
import type { CohortOptions } from "./options";
import { runCohortCellCustomers } from "./run";
import type { CohortCellCustomerRow, CohortCellRow } from "./types";

const SHOWN = 200;
const COLUMNS: (keyof CohortCellCustomerRow)[] = ["customer_id", "first_purchase_date", "last_purchase_date", "period_orders", "period_revenue", "cumulative_revenue"];

function cellText(row: CohortCellCustomerRow, column: keyof CohortCellCustomerRow): string {
  const value = row[column];
  if (column === "period_revenue" || column === "cumulative_revenue") return fmt.money(value as number);
  if (column === "period_orders") return fmt.number(value as number);
  if (column === "customer_id") return String(value);
  return fmt.date(value as string);
}

/** The customers behind the clicked cell, as a table with a CSV download. */
export function CellCustomers(props: { db: Database; options: CohortOptions; cell: CohortCellRow; measure: CohortMeasure; dataVersion: number; onClose: () => void }) {
  const set = () => measureSpec(props.measure).customers;
  const customers = createQuery(
    () => ({ options: props.options, cell: { cohortStart: props.cell.cohort_start, k: props.cell.k } satisfies CohortCell, set: set(), version: props.dataVersion }),
    (key) => runCohortCellCustomers(props.db, key.options, key.cell, key.set),
  );
  const fileName = () => `cohort-${props.cell.cohort}-k${props.cell.k}-${set()}.csv`;
  return (
    <section class="card cohorts-customers" data-testid="cohorts-customers">
      <div class="cohorts-customers-head">
        <h2>{t("cohorts.customers.title", { cohort: props.cell.cohort, k: props.cell.k, period: fmt.date(props.cell.period_start) })}</h2>
        <button type="button" class="link" onClick={() => props.onClose()}>
          {t("cohorts.customers.close")}
        </button>
      </div>
      <p class="muted">{t(`cohorts.customers.set.${set()}`)}</p>
      <Show when={customers.error}>
        <p class="error">{userMessage(customers.error)}</p>
      </Show>
      <Show when={!customers.error && customers()} fallback={<Show when={!customers.error}><p class="muted">{t("common.loading")}</p></Show>}>
        {(rows) => (
          <Show when={rows().length > 0} fallback={<p>{t("cohorts.customers.none")}</p>}>
            <p>
              {t("cohorts.customers.count", { count: fmt.number(rows().length) })}{" "}
              <Show when={rows().length > SHOWN}>{t("cohorts.customers.more", { shown: fmt.number(SHOWN), count: fmt.number(rows().length) })}</Show>{" "}
              <button type="button" onClick={() => downloadCsv(fileName(), rows(), COLUMNS)}>
                {t("cohorts.customers.download")}
              </button>
            </p>
            <div class="cohorts-customers-table">
              <table>
                <thead>
                  <tr>
                    <For each={COLUMNS}>{(column) => <th classList={{ num: column !== "customer_id" }}>{t(`cohorts.column.${column}`)}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={rows().slice(0, SHOWN)}>
                    {(row) => (
                      <tr>
                        <For each={COLUMNS}>{(column) => <td classList={{ num: column !== "customer_id" }}>{cellText(row, column)}</td>}</For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        )}
      </Show>
    </section>
  );
}
