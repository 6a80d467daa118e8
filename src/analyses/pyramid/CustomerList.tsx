import { For, Show } from "solid-js";
import { userMessage } from "../../app/user-error";
import { fmt, t } from "../../i18n/i18n";
import { downloadCsv } from "../../ui/download";
import { fromLabel, tierLabel, toLabel } from "./labels";
import type { CustomerSelection, PyramidCustomer } from "./types";

const SHOWN_ROWS = 200;

/** The customers of the selected tier or migration cell: the first rows on screen, all of them in the CSV. */
export function CustomerList(props: {
  selection: CustomerSelection;
  customers: PyramidCustomer[] | undefined;
  error: unknown;
  onClose: () => void;
}) {
  const title = () => {
    const selection = props.selection;
    return "tier" in selection ? t("pyramid.list.tier", { tier: tierLabel(selection.tier) }) : t("pyramid.list.cell", { from: fromLabel(selection.from), to: toLabel(selection.to) });
  };
  const fileName = () => {
    const selection = props.selection;
    return "tier" in selection ? `pyramid-${selection.tier}.csv` : `pyramid-${selection.from}-to-${selection.to}.csv`;
  };

  return (
    <section class="card" data-testid="pyramid-customer-list">
      <div class="pyramid-list-header">
        <h2>{title()}</h2>
        <button type="button" class="link" onClick={() => props.onClose()}>
          {t("pyramid.list.close")}
        </button>
      </div>
      <Show when={props.error}>
        <p class="error">{userMessage(props.error)}</p>
      </Show>
      <Show when={props.customers} fallback={<Show when={!props.error}><p class="muted">{t("common.loading")}</p></Show>}>
        {(customers) => (
          <Show when={customers().length > 0} fallback={<p class="muted">{t("pyramid.list.empty")}</p>}>
            <Show when={customers().length > SHOWN_ROWS}>
              <p class="hint muted">{t("pyramid.list.showing", { shown: fmt.number(SHOWN_ROWS), total: fmt.number(customers().length) })}</p>
            </Show>
            <div class="pyramid-list-scroll">
              <table>
                <thead>
                  <tr>
                    <th>{t("pyramid.list.customer")}</th>
                    <th class="num">{t("pyramid.list.rank")}</th>
                    <th class="num">{t("pyramid.list.revenue")}</th>
                    <th>{t("pyramid.list.from")}</th>
                    <th class="num">{t("pyramid.list.previousRevenue")}</th>
                    <th>{t("pyramid.list.firstPurchase")}</th>
                    <th>{t("pyramid.list.lastPurchase")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={customers().slice(0, SHOWN_ROWS)}>
                    {(customer) => (
                      <tr>
                        <td>{customer.customer_id}</td>
                        <td class="num">{fmt.number(customer.revenue_rank)}</td>
                        <td class="num">{fmt.money(customer.revenue)}</td>
                        <td>{customer.from_tier === null ? "–" : fromLabel(customer.from_tier)}</td>
                        <td class="num">{fmt.money(customer.previous_revenue)}</td>
                        <td>{fmt.date(customer.first_purchase_date)}</td>
                        <td>{fmt.date(customer.last_purchase_date)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <button type="button" onClick={() => downloadCsv(fileName(), customers())}>
              {t("pyramid.list.download")}
            </button>
          </Show>
        )}
      </Show>
    </section>
  );
}
