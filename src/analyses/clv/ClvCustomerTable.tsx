import { createMemo, createSignal, For } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { downloadCsv } from "../../ui/download";
import { topRows } from "../../ui/top-rows";
import type { ClvCustomerRow } from "./result-types";

type Column = keyof ClvCustomerRow;
const COLUMNS: { key: Column; digits: number }[] = [
  { key: "customer_id", digits: 0 },
  { key: "x", digits: 0 },
  { key: "t_x", digits: 2 },
  { key: "T", digits: 2 },
  { key: "mean_repeat_value", digits: 2 },
  { key: "p_alive", digits: 3 },
  { key: "expected_purchases", digits: 2 },
  { key: "expected_spend", digits: 2 },
  { key: "clv", digits: 2 },
  { key: "holdout_purchases", digits: 0 },
  { key: "predicted_holdout_purchases", digits: 2 },
];
const SHOWN_ROWS = 200;

/** The per-customer table: sortable by any column, filterable by id and by one-time / repeat buyers, downloadable. */
export function ClvCustomerTable(props: { rows: ClvCustomerRow[]; hasHoldout: boolean }) {
  const [sortKey, setSortKey] = createSignal<Column>("clv");
  const [descending, setDescending] = createSignal(true);
  const [idFilter, setIdFilter] = createSignal("");
  const [buyers, setBuyers] = createSignal<"all" | "oneTime" | "repeat">("all");
  const columns = () => COLUMNS.filter((column) => props.hasHoldout || (column.key !== "holdout_purchases" && column.key !== "predicted_holdout_purchases"));

  const filtered = createMemo(() => {
    const needle = idFilter().trim().toLowerCase();
    const kind = buyers();
    return props.rows.filter((row) => (!needle || row.customer_id.toLowerCase().includes(needle)) && (kind === "all" || (kind === "oneTime" ? row.x === 0 : row.x > 0)));
  });
  const order = () => {
    const key = sortKey();
    const sign = descending() ? -1 : 1;
    return (a: ClvCustomerRow, b: ClvCustomerRow) => {
      const left = a[key];
      const right = b[key];
      if (left === right) return a.customer_id.localeCompare(b.customer_id);
      if (left === null) return 1;
      if (right === null) return -1;
      return sign * (typeof left === "string" ? left.localeCompare(String(right)) : left - (right as number));
    };
  };
  // Only the rows shown are put in order while the user types or sorts; the download sorts them all.
  const shown = createMemo(() => topRows(filtered(), order(), SHOWN_ROWS));
  const sortBy = (key: Column) => {
    if (sortKey() === key) setDescending(!descending());
    else {
      setSortKey(key);
      setDescending(key !== "customer_id");
    }
  };
  const cell = (row: ClvCustomerRow, column: (typeof COLUMNS)[number]) => {
    const value = row[column.key];
    return typeof value === "number" ? fmt.number(value, column.digits) : (value ?? "–");
  };

  return (
    <section class="card" data-testid="clv-customers">
      <h2>{t("clv.table.title")}</h2>
      <div class="clv-table-controls">
        <label>
          {t("clv.table.filter")} <input type="search" value={idFilter()} onInput={(event) => setIdFilter(event.currentTarget.value)} />
        </label>
        <label>
          {t("clv.table.show")}{" "}
          <select value={buyers()} onChange={(event) => setBuyers(event.currentTarget.value as "all" | "oneTime" | "repeat")}>
            <option value="all">{t("clv.table.all")}</option>
            <option value="oneTime">{t("clv.table.oneTime")}</option>
            <option value="repeat">{t("clv.table.repeat")}</option>
          </select>
        </label>
        <button type="button" onClick={() => downloadCsv("customer-lifetime-value.csv", [...filtered()].sort(order()), columns().map((column) => column.key))}>
          {t("clv.table.download")}
        </button>
      </div>
      <p class="muted">{t("clv.table.showing", { shown: fmt.number(Math.min(SHOWN_ROWS, filtered().length)), total: fmt.number(filtered().length) })}</p>
      <div class="clv-table-scroll">
        <table>
          <thead>
            <tr>
              <For each={columns()}>
                {(column) => (
                  <th class={column.key === "customer_id" ? "" : "num"} aria-sort={sortKey() === column.key ? (descending() ? "descending" : "ascending") : "none"}>
                    <button type="button" class="link" onClick={() => sortBy(column.key)}>
                      {t(`clv.col.${column.key}`)}
                      {sortKey() === column.key ? (descending() ? " ↓" : " ↑") : ""}
                    </button>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(row) => (
                <tr>
                  <For each={columns()}>{(column) => <td class={column.key === "customer_id" ? "" : "num"}>{cell(row, column)}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
