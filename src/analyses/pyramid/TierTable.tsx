import { For } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { downloadCsv } from "../../ui/download";
import { tierLabel } from "./labels";
import type { PyramidTier, PyramidTierRow } from "./types";

const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);

/** Per tier: ranks, revenue range, customers, revenue, share, average; a click lists the tier's customers. */
export function TierTable(props: { tiers: PyramidTierRow[]; selected: PyramidTier | null; onSelect: (tier: PyramidTier) => void }) {
  return (
    <section class="card">
      <h2>{t("pyramid.table.title")}</h2>
      <p class="hint muted">{t("pyramid.table.hint")}</p>
      <div class="pyramid-table-scroll">
        <table class="pyramid-tiers" data-testid="pyramid-tiers">
          <thead>
            <tr>
              <th>{t("pyramid.table.tier")}</th>
              <th class="num">{t("pyramid.table.ranks")}</th>
              <th class="num">{t("pyramid.table.range")}</th>
              <th class="num">{t("pyramid.table.customers")}</th>
              <th class="num">{t("pyramid.table.revenue")}</th>
              <th class="num">{t("pyramid.table.share")}</th>
              <th class="num">{t("pyramid.table.average")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.tiers}>
              {(row) => (
                <tr classList={{ "pyramid-selected": props.selected === row.tier }} data-tier={row.tier}>
                  <td>
                    <button type="button" class="link" onClick={() => props.onSelect(row.tier)}>
                      {tierLabel(row.tier)}
                    </button>
                  </td>
                  <td class="num">{row.first_rank === null ? "–" : range(fmt.number(row.first_rank), fmt.number(row.last_rank))}</td>
                  <td class="num">{row.min_revenue === null ? "–" : range(fmt.money(row.min_revenue), fmt.money(row.max_revenue))}</td>
                  <td class="num">{fmt.number(row.customers)}</td>
                  <td class="num">{fmt.money(row.revenue)}</td>
                  <td class="num">{fmt.percent(row.revenue_share)}</td>
                  <td class="num">{fmt.money(row.avg_revenue)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => downloadCsv("pyramid-tiers.csv", props.tiers)}>
        {t("pyramid.table.download")}
      </button>
    </section>
  );
}
