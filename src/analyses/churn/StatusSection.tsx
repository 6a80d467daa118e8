import { For, Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { ChartFrame } from "../../ui/ChartFrame";
import { gapHistogram } from "./gap-histogram";
import { AT_RISK_DENOMINATOR, AT_RISK_NUMERATOR, isThresholdDays, MAX_THRESHOLD_DAYS } from "./options";
import { shareOfGapsWithin } from "./pooled";
import type { CustomerStatusResult, ThresholdEvidence } from "./types";
import { WinBackLists } from "./WinBackLists";

/** The inactivity threshold (derived, shown on the gap histogram, editable), the status counts and the win-back lists. */
export function StatusSection(props: {
  evidence: ThresholdEvidence;
  result: CustomerStatusResult;
  thresholdDays: number;
  overridden: boolean;
  onThreshold: (days: number | null) => void;
}) {
  const threshold = () => props.evidence;
  const n = () => props.thresholdDays;
  const total = () => props.result.summary.reduce((sum, row) => sum + row.customers, 0);
  const notChurned = () => props.result.summary.filter((row) => row.status !== "churned").reduce((sum, row) => sum + row.customers, 0);
  const ruleParams = () => ({ n: fmt.number(n()), atRisk: fmt.number((AT_RISK_NUMERATOR * n()) / AT_RISK_DENOMINATOR, 2) });

  const onInput = (input: HTMLInputElement) => {
    const days = Number(input.value);
    if (isThresholdDays(days)) props.onThreshold(days === threshold().default_days ? null : days);
    else input.value = String(n());
  };

  return (
    <>
      <section class="card">
        <h2>{t("churn.section.status")}</h2>
        <div class="churn-controls">
          <label>
            {t("churn.threshold")}{" "}
            <input
              type="number"
              min="1"
              max={MAX_THRESHOLD_DAYS}
              step="1"
              data-testid="churn-threshold"
              value={n()}
              onChange={(event) => onInput(event.currentTarget)}
            />
          </label>
          <Show when={props.overridden}>
            <button type="button" class="link" onClick={() => props.onThreshold(null)}>
              {t("churn.threshold.reset", { days: fmt.number(threshold().default_days) })}
            </button>
          </Show>
        </div>
        <p>
          <Show
            when={threshold().percentile_days !== null}
            fallback={t("churn.threshold.fallback", { days: fmt.number(threshold().default_days) })}
          >
            {t("churn.threshold.derived", { days: fmt.number(threshold().default_days), gaps: fmt.number(threshold().gap_count) })}
          </Show>{" "}
          <Show when={threshold().gap_count > 0}>
            {t("churn.threshold.share", { days: fmt.number(n()), share: fmt.percent(shareOfGapsWithin(threshold().gap_distribution, n())) })}
          </Show>
        </p>
        <Show when={threshold().gap_count > 0}>
          <ChartFrame
            title={t("churn.chart.gaps")}
            fileName="days-between-purchases"
            caption={t("churn.chart.gapsCaption")}
            render={(width) =>
              gapHistogram(threshold().gap_distribution, n(), width, {
                days: t("churn.chart.gapDays"),
                count: t("churn.chart.gapCount"),
                threshold: `N = ${fmt.number(n())}`,
                formatValue: (value) => fmt.number(value),
              })
            }
          />
        </Show>
        <table class="churn-status" data-testid="churn-status">
          <thead>
            <tr>
              <th>{t("churn.col.status")}</th>
              <th class="num">{t("churn.col.customers")}</th>
              <th class="num">{t("churn.col.share")}</th>
              <th class="num">{t("churn.col.statusRevenue")}</th>
              <th>{t("churn.col.rule")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.result.summary}>
              {(row) => (
                <tr class={`churn-status-${row.status}`}>
                  <td>{t(`churn.status.${row.status}`)}</td>
                  <td class="num">{fmt.number(row.customers)}</td>
                  <td class="num">{fmt.percent(total() > 0 ? row.customers / total() : null)}</td>
                  <td class="num">{fmt.money(row.revenue)}</td>
                  <td class="churn-rule">{t(`churn.rule.${row.status}`, ruleParams())}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <p>{t("churn.notChurned", { customers: fmt.number(notChurned()), total: fmt.number(total()), share: fmt.percent(total() > 0 ? notChurned() / total() : null) })}</p>
        <p class="muted">{t("churn.rule.order")}</p>
      </section>
      <WinBackLists rows={props.result.winBack} />
    </>
  );
}
