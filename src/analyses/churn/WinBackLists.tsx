import { segmentLabel } from "../rfm/names";
import type { SegmentKey } from "../rfm/segments";
import { For, Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { downloadCsv } from "../../ui/download";
import type { WinBackRow } from "./types";

const SHOWN = 25;
const LISTS: WinBackRow["list"][] = ["at_risk", "recently_churned"];
const CSV_COLUMNS: (keyof WinBackRow)[] = ["customer_id", "list", "status", "first_purchase", "last_purchase", "days_since", "orders", "revenue", "rfm_segment"];

function CustomerTable(props: { rows: WinBackRow[]; list: WinBackRow["list"] }) {
  return (
    <div class="churn-list" data-testid={`churn-list-${props.list}`}>
      <h3>
        {t(`churn.list.${props.list}`)} <span class="muted">· {t("churn.list.count", { count: fmt.number(props.rows.length) })}</span>
      </h3>
      <Show when={props.rows.length > 0} fallback={<p class="muted">{t("churn.list.empty")}</p>}>
        <table>
          <thead>
            <tr>
              <th>{t("churn.col.customer_id")}</th>
              <th class="num">{t("churn.col.value")}</th>
              <th class="num">{t("churn.col.orders")}</th>
              <th>{t("churn.col.last_purchase")}</th>
              <th class="num">{t("churn.col.days_since")}</th>
              <th>{t("churn.col.rfm_segment")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows.slice(0, SHOWN)}>
              {(row) => (
                <tr>
                  <td>{row.customer_id}</td>
                  <td class="num">{fmt.money(row.revenue)}</td>
                  <td class="num">{fmt.number(row.orders)}</td>
                  <td>{fmt.date(row.last_purchase)}</td>
                  <td class="num">{fmt.number(row.days_since)}</td>
                  <td>{row.rfm_segment ? segmentLabel(row.rfm_segment as SegmentKey) : ""}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={props.rows.length > SHOWN}>
          <p class="muted">{t("churn.list.showing", { shown: SHOWN, total: fmt.number(props.rows.length) })}</p>
        </Show>
      </Show>
    </div>
  );
}

/** At-risk and recently churned customers, most valuable first, and the CSV for a win-back campaign. */
export function WinBackLists(props: { rows: WinBackRow[] }) {
  return (
    <section class="card">
      <h2>{t("churn.section.winBack")}</h2>
      <p>{t("churn.winBack.explain")}</p>
      <div class="churn-lists">
        <For each={LISTS}>{(list) => <CustomerTable list={list} rows={props.rows.filter((row) => row.list === list)} />}</For>
      </div>
      <button type="button" disabled={props.rows.length === 0} onClick={() => downloadCsv("win-back-customers.csv", props.rows, CSV_COLUMNS)}>
        {t("churn.list.download")}
      </button>
    </section>
  );
}
