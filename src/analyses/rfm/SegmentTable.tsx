import { For, Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { CLASS8_RULES } from "./class8";
import { groupLook } from "./names";
import type { SegmentScheme } from "./options";
import type { SegmentSummaryRow } from "./types";

const arrows = (key: string) => {
  const rule = CLASS8_RULES.find((candidate) => candidate.key === key);
  return rule ? [rule.r, rule.f, rule.m].map((high) => (high ? "↑" : "↓")) : ["", "", ""];
};

/** Customers, net revenue and shares per segment (or class); a click on a row lists its customers. */
export function SegmentTable(props: { rows: SegmentSummaryRow[]; scheme: SegmentScheme; selected: string | null; onSelect: (key: string) => void }) {
  return (
    <table class="rfm-segments" data-testid="rfm-segment-table">
      <thead>
        <tr>
          <th>{props.scheme === "cn8" ? t("rfm.column.class8") : t("rfm.column.segment")}</th>
          <Show when={props.scheme === "cn8"}>
            <th>R</th>
            <th>F</th>
            <th>M</th>
          </Show>
          <th class="num">{t("rfm.column.customers")}</th>
          <th class="num">{t("rfm.column.customerShare")}</th>
          <th class="num">{t("rfm.column.revenue")}</th>
          <th class="num">{t("rfm.column.revenueShare")}</th>
          <th>{t("rfm.column.advice")}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.rows}>
          {(row) => {
            const look = () => groupLook(props.scheme, row.segment);
            return (
              <tr class="rfm-clickable" classList={{ "rfm-selected": props.selected === row.segment }} onClick={() => props.onSelect(row.segment)}>
                <td>
                  <span class="rfm-swatch" style={{ background: look().color }} />
                  {look().name}
                </td>
                <Show when={props.scheme === "cn8"}>
                  <For each={arrows(row.segment)}>{(arrow) => <td class="rfm-arrow">{arrow}</td>}</For>
                </Show>
                <td class="num">{fmt.number(row.customers)}</td>
                <td class="num">{fmt.percent(row.customer_share)}</td>
                <td class="num">{fmt.money(row.revenue)}</td>
                <td class="num">{fmt.percent(row.revenue_share)}</td>
                <td class="rfm-advice">{look().help}</td>
              </tr>
            );
          }}
        </For>
      </tbody>
    </table>
  );
}
