import { For, Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { class8Label, segmentLabel } from "./names";
import type { RfmCustomerRow } from "./types";

/** The customers of the current selection, highest monetary first; a click opens the "why" panel. */
export function CustomerList(props: {
  title: string;
  rows: RfmCustomerRow[] | undefined;
  limit: number;
  total: number | undefined;
  selectedCustomer: string | null;
  canShowAll: boolean;
  onShowAll: () => void;
  onDownload: () => void;
  onSelectCustomer: (customerId: string) => void;
}) {
  const shown = () => (props.rows ?? []).slice(0, props.limit);
  return (
    <section class="card rfm-list" data-testid="rfm-customer-list">
      <div class="rfm-list-header">
        <h2>{props.title}</h2>
        <span class="rfm-list-actions">
          <Show when={props.canShowAll}>
            <button type="button" class="link" onClick={() => props.onShowAll()}>
              {t("rfm.list.all")}
            </button>
          </Show>
          <button type="button" onClick={() => props.onDownload()} data-testid="rfm-download-list">
            {t("rfm.download.list")}
          </button>
        </span>
      </div>
      <Show when={(props.rows?.length ?? 0) > props.limit}>
        <p class="muted">{t("rfm.list.showing", { shown: fmt.number(props.limit), total: fmt.number(props.total ?? null) })}</p>
      </Show>
      <Show when={props.rows && props.rows.length === 0}>
        <p class="muted">{t("rfm.list.empty")}</p>
      </Show>
      <Show when={shown().length > 0}>
        <p class="muted hint">{t("rfm.list.hint")}</p>
        <div class="rfm-table-scroll">
          <table>
            <thead>
              <tr>
                <th>{t("rfm.column.customer")}</th>
                <th class="num">{t("rfm.column.recency")}</th>
                <th class="num">{t("rfm.column.frequency")}</th>
                <th class="num">{t("rfm.column.monetary")}</th>
                <th class="num">R</th>
                <th class="num">F</th>
                <th class="num">M</th>
                <th class="num">FM</th>
                <th>{t("rfm.column.segment")}</th>
                <th>{t("rfm.column.class8")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={shown()}>
                {(row) => (
                  <tr class="rfm-clickable" classList={{ "rfm-selected": props.selectedCustomer === row.customer_id }} onClick={() => props.onSelectCustomer(row.customer_id)}>
                    <td>{row.customer_id}</td>
                    <td class="num">{fmt.number(row.recency_days)}</td>
                    <td class="num">{fmt.number(row.frequency)}</td>
                    <td class="num">{fmt.money(row.monetary)}</td>
                    <td class="num">{row.r_score}</td>
                    <td class="num">{row.f_score}</td>
                    <td class="num">{row.m_score}</td>
                    <td class="num">{row.fm_score}</td>
                    <td>{segmentLabel(row.segment)}</td>
                    <td>{class8Label(row.class8)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
