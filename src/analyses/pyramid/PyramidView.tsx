import { createSignal, Show } from "solid-js";
import type { AnalysisViewProps } from "../analysis";
import { userMessage } from "../../app/user-error";
import { fmt, t } from "../../i18n/i18n";
import { ChartFrame } from "../../ui/ChartFrame";
import { downloadCsv } from "../../ui/download";
import { Kpi } from "../../ui/Kpi";
import { SqlPanel } from "../../ui/SqlPanel";
import { createQuery } from "../../ui/use-query";
import { paretoChart, pyramidChart } from "./charts";
import { CustomerList } from "./CustomerList";
import { tierLabel } from "./labels";
import { MigrationMatrix } from "./MigrationMatrix";
import { pyramidOptionProblems, type PyramidOptions, type PyramidSettings, type TierRule } from "./options";
import { PyramidControls } from "./PyramidControls";
import { pyramidViewSettings } from "./view-settings";
import { PyramidExplain } from "./PyramidExplain";
import { pyramidSql } from "./pyramid-sql";
import { runPyramidCustomers } from "./run";
import { pyramidResult } from "./view-queries";
import { TierTable } from "./TierTable";
import type { CustomerSelection, PyramidResult, PyramidTierRow } from "./types";

/** The customer-value pyramid: tiers drawn as a pyramid, Pareto curve, Gini, migration matrix, customer lists. */
export function PyramidView(props: AnalysisViewProps) {
  const [settings, setSettings] = pyramidViewSettings();
  const [selection, setSelection] = createSignal<CustomerSelection | null>(null);
  const problems = () => pyramidOptionProblems(settings());
  const options = (): PyramidOptions => ({ asOfDate: props.asOfDate, ...settings() });

  const result = createQuery(
    () => problems().length === 0 && { options: options(), version: props.dataVersion },
    (key) => pyramidResult(props.db, key.options, key.version),
  );
  const customers = createQuery(
    () => {
      const current = selection();
      return current !== null && problems().length === 0 && { options: options(), selection: current, version: props.dataVersion };
    },
    (key) => runPyramidCustomers(props.db, key.options, key.selection),
  );

  const changeSettings = (next: PyramidSettings) => {
    const current = selection();
    if (next.windowDays === "all" && current && !("tier" in current)) setSelection(null);
    setSettings(next);
  };
  const suggestedThresholds = (): TierRule | null => {
    const lowest = (tier: string) => result()?.tiers.find((row) => row.tier === tier)?.min_revenue ?? null;
    const [top, big, medium] = [lowest("top"), lowest("big"), lowest("medium")];
    if (top === null || big === null || medium === null) return null;
    const cents = (value: number) => Math.round(value * 100) / 100;
    return { kind: "thresholds", top: cents(top), big: cents(big), medium: cents(medium) };
  };
  const bandLines = (row: PyramidTierRow) =>
    row.tier === "inactive"
      ? [t("pyramid.chart.bandInactive", { customers: fmt.number(row.customers) }), t("pyramid.chart.bandInactiveWhy")]
      : [
          t("pyramid.chart.bandCustomers", { customers: fmt.number(row.customers), share: fmt.percent(row.revenue_share) }),
          t("pyramid.chart.bandRevenue", { revenue: fmt.money(row.revenue), average: fmt.money(row.avg_revenue) }),
        ];

  return (
    <div class="pyramid" data-testid="pyramid" aria-busy={result.loading ? "true" : "false"}>
      <PyramidControls settings={settings()} problems={problems()} onChange={changeSettings} suggestedThresholds={suggestedThresholds} />
      <Show when={result.error}>
        <p class="error">{userMessage(result.error)}</p>
      </Show>
      <Show when={!result.error && result()} fallback={<Show when={!result.error}><p class="muted">{t("common.loading")}</p></Show>}>
        {(current) => (
          <>
            <PyramidHeadline result={current()} percentages={settings().tierRule} />
            <div class="charts-2">
              <ChartFrame
                title={t("pyramid.chart.pyramid")}
                fileName="customer-pyramid"
                caption={t("pyramid.chart.pyramidCaption")}
                render={(width) => pyramidChart(current().tiers, width, { tierName: tierLabel, bandLines, formatShare: (share) => fmt.percent(share) })}
              />
              <div>
                <ChartFrame
                  title={t("pyramid.chart.pareto")}
                  fileName="pareto-curve"
                  caption={t("pyramid.chart.paretoCaption")}
                  render={(width) => paretoChart(current().pareto, { share80: current().summary.customer_share_for_80, top20: current().summary.top_20_revenue_share }, width, paretoText(current()))}
                />
                <button type="button" onClick={() => downloadCsv("pareto-curve.csv", current().pareto)}>
                  {t("pyramid.chart.downloadPareto")}
                </button>
              </div>
            </div>
            <TierTable
              tiers={current().tiers}
              selected={(() => {
                const chosen = selection();
                return chosen && "tier" in chosen ? chosen.tier : null;
              })()}
              onSelect={(tier) => setSelection({ tier })}
            />
            <Show when={current().migration} fallback={<p class="card muted">{t("pyramid.migration.allTime")}</p>}>
              {(cells) => (
                <MigrationMatrix
                  cells={cells()}
                  selected={(() => {
                    const chosen = selection();
                    return chosen && !("tier" in chosen) ? chosen : null;
                  })()}
                  onSelect={(from, to) => setSelection({ from, to })}
                />
              )}
            </Show>
            <Show when={selection()}>
              {(chosen) => <CustomerList selection={chosen()} customers={customers()} error={customers.error} onClose={() => setSelection(null)} />}
            </Show>
            <PyramidExplain />
            <SqlPanel sql={pyramidSql(options(), selection(), t)} />
          </>
        )}
      </Show>
    </div>
  );
}

function paretoText(result: PyramidResult) {
  const { customer_share_for_80: share80, top_20_revenue_share: top20 } = result.summary;
  return {
    customerShare: t("pyramid.chart.customerShare"),
    revenueShare: t("pyramid.chart.revenueShare"),
    formatPercent: (share: number) => fmt.percent(share, 0),
    point80: share80 === null ? null : t("pyramid.chart.point80", { share: fmt.percent(share80) }),
    point20: top20 === null ? null : t("pyramid.chart.point20", { share: fmt.percent(top20) }),
  };
}

/** Headline figures, the window and cut-off lines, the 80 / 20 statements and the note on negative revenue. */
function PyramidHeadline(props: { result: PyramidResult; percentages: TierRule }) {
  const summary = () => props.result.summary;
  const n = () => summary().customers_in_window;
  const top20Customers = () => props.result.pareto.find((point) => point.percent_of_customers === 20)?.customers ?? 0;
  return (
    <>
      <section class="kpis" data-testid="pyramid-kpis">
        <Kpi testId="pyramid-kpi-customers" label={t("pyramid.kpi.customers")} value={fmt.number(n())} />
        <Kpi testId="pyramid-kpi-revenue" label={t("pyramid.kpi.revenue")} value={fmt.money(summary().revenue)} />
        <Kpi testId="pyramid-kpi-inactive" label={t("pyramid.kpi.inactive")} value={fmt.number(summary().inactive_customers)} />
        <Kpi testId="pyramid-kpi-gini" label={t("pyramid.kpi.gini")} value={fmt.number(summary().gini, 3)} definition={t("pyramid.explain.gini")} />
        <Kpi testId="pyramid-kpi-share80" label={t("pyramid.kpi.share80")} value={fmt.percent(summary().customer_share_for_80)} definition={t("pyramid.explain.pareto")} />
        <Kpi testId="pyramid-kpi-top20" label={t("pyramid.kpi.top20")} value={fmt.percent(summary().top_20_revenue_share)} />
      </section>
      <div class="muted notes" data-testid="pyramid-notes">
        <p>
          {summary().window_start === null
            ? t("pyramid.windowLineAll", { end: fmt.date(summary().window_end) })
            : t("pyramid.windowLine", {
                start: fmt.date(summary().window_start),
                end: fmt.date(summary().window_end),
                previousStart: fmt.date(summary().previous_window_start),
                previousEnd: fmt.date(summary().previous_window_end),
              })}{" "}
          <Show when={summary().top_cutoff !== null}>
            {t("pyramid.cutoffLine", {
              n: fmt.number(n()),
              top: fmt.number(props.percentages.top, 2),
              big: fmt.number(props.percentages.big, 2),
              medium: fmt.number(props.percentages.medium, 2),
              topCutoff: fmt.number(summary().top_cutoff),
              bigCutoff: fmt.number(summary().big_cutoff),
              mediumCutoff: fmt.number(summary().medium_cutoff),
            })}
          </Show>
        </p>
        <Show when={summary().customers_for_80 !== null}>
          <p data-testid="pyramid-statements">
            {t("pyramid.statement80", { share: fmt.percent(summary().customer_share_for_80), customers: fmt.number(summary().customers_for_80), n: fmt.number(n()) })}{" "}
            {t("pyramid.statementTop20", { customers: fmt.number(top20Customers()), share: fmt.percent(summary().top_20_revenue_share) })}
          </p>
        </Show>
        <Show when={summary().negative_customers > 0}>
          <p>{t("pyramid.negativeNote", { count: fmt.number(summary().negative_customers), amount: fmt.money(summary().negative_revenue) })}</p>
        </Show>
      </div>
    </>
  );
}
