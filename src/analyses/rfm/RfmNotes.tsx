import { Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import type { RfmStats } from "./types";

/** Who was scored, the customer means, and the refund-only customers left out. */
export function RfmNotes(props: { stats: RfmStats }) {
  return (
    <p class="muted notes" data-testid="rfm-notes">
      {t("rfm.notes", {
        customers: fmt.number(props.stats.customers),
        asOf: fmt.date(props.stats.as_of_date),
        recency: fmt.number(props.stats.mean_recency_days, 1),
        frequency: fmt.number(props.stats.mean_frequency, 2),
        monetary: fmt.money(props.stats.mean_monetary),
      })}
      <Show when={props.stats.refund_only_customers > 0}>
        {" "}
        {t("rfm.notes.refundOnly", { count: fmt.number(props.stats.refund_only_customers), amount: fmt.money(props.stats.refund_only_net_revenue) })}
      </Show>
    </p>
  );
}
