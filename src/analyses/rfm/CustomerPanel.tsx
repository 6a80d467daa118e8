import { For, Show } from "solid-js";
import type { Database } from "../../engine/database";
import { fmt, t } from "../../i18n/i18n";
import { userMessage } from "../../app/user-error";
import { downloadCsv } from "../../ui/download";
import { createQuery } from "../../ui/use-query";
import { explainCustomer } from "./explain";
import { materializeScoredTables } from "./materialize";
import type { RfmOptions } from "./options";
import { runPurchaseHistory, runRfmCustomers } from "./run";
import type { RfmStats, ScoreRangeRow } from "./types";

/** One customer: in plain words why it is in its segment and class, and its orders and refunds. */
export function CustomerPanel(props: {
  db: Database;
  options: RfmOptions;
  dataVersion: number;
  customerId: string;
  stats: RfmStats | undefined;
  scoreRanges: ScoreRangeRow[] | undefined;
  onClose: () => void;
}) {
  const detail = createQuery(
    () => ({ customerId: props.customerId, options: props.options, version: props.dataVersion }),
    async (key) => {
      const tables = await materializeScoredTables(props.db, key.options, key.version);
      const [customer] = await runRfmCustomers(props.db, key.options, { kind: "customer", customerId: key.customerId }, 1, tables);
      return { customer, history: await runPurchaseHistory(props.db, key.customerId, key.options.asOfDate) };
    },
  );
  const why = () => {
    const customer = detail()?.customer;
    if (!customer || !props.stats || !props.scoreRanges) return [];
    return explainCustomer(customer, {
      scoring: props.options.scoring,
      stats: props.stats,
      scoreRanges: props.scoreRanges,
      t,
      formatNumber: (value) => fmt.number(value, 2),
      formatMoney: (value) => fmt.money(value),
    });
  };
  return (
    <aside class="card rfm-customer" data-testid="rfm-customer-panel" aria-label={t("rfm.customer.title", { id: props.customerId })}>
      <div class="rfm-list-header">
        <h2>{t("rfm.customer.title", { id: props.customerId })}</h2>
        <button type="button" class="link" onClick={() => props.onClose()}>
          {t("rfm.customer.close")}
        </button>
      </div>
      <Show when={detail.error}>
        <p class="error">{userMessage(detail.error)}</p>
      </Show>
      <h3>{t("rfm.customer.why")}</h3>
      <ol class="rfm-why" data-testid="rfm-why">
        <For each={why()}>{(line) => <li>{line}</li>}</For>
      </ol>
      <div class="rfm-list-header">
        <h3>{t("rfm.customer.history")}</h3>
        <button type="button" class="link" onClick={() => downloadCsv(`rfm-history-${props.customerId}.csv`, detail()?.history ?? [])}>
          {t("rfm.download.history")}
        </button>
      </div>
      <div class="rfm-table-scroll">
        <table>
          <thead>
            <tr>
              <th>{t("rfm.history.date")}</th>
              <th>{t("rfm.history.order")}</th>
              <th>{t("rfm.history.kind")}</th>
              <th class="num">{t("rfm.history.lines")}</th>
              <th class="num">{t("rfm.history.amount")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={detail()?.history ?? []}>
              {(row) => (
                <tr classList={{ "rfm-after-as-of": row.after_as_of }} title={row.after_as_of ? t("rfm.history.afterAsOf") : undefined}>
                  <td>{fmt.date(row.order_date)}</td>
                  <td>{row.order_id}</td>
                  <td>{row.is_refund ? t("rfm.history.refund") : t("rfm.history.purchase")}</td>
                  <td class="num">{fmt.number(row.lines)}</td>
                  <td class="num">{fmt.money(row.amount)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </aside>
  );
}
