import { For, Show } from "solid-js";
import type { AnalysisViewProps } from "../analysis";
import { fmt, t } from "../../i18n/i18n";
import { userMessage } from "../../app/user-error";
import { ChartFrame } from "../../ui/ChartFrame";
import { Kpi } from "../../ui/Kpi";
import { SqlPanel } from "../../ui/SqlPanel";
import { createQuery } from "../../ui/use-query";
import { downloadCsv } from "../../ui/download";
import { activeCustomersChart, monthlyRevenueChart, type ChartText } from "./charts";
import { buildMonthlySeriesQuery, buildOverviewQuery } from "./query";
import { overviewResult } from "./view-queries";
import type { OverviewMetrics } from "./types";

type MetricKey = keyof OverviewMetrics;
const HEADLINE: { key: MetricKey; format: (value: number | null) => string }[] = [
  { key: "customers", format: (value) => fmt.number(value) },
  { key: "orders", format: (value) => fmt.number(value) },
  { key: "revenue", format: (value) => fmt.money(value) },
  { key: "average_order_value", format: (value) => fmt.money(value) },
  { key: "orders_per_customer", format: (value) => fmt.number(value, 2) },
  { key: "repeat_purchase_rate", format: (value) => fmt.percent(value) },
  { key: "median_days_between_purchases", format: (value) => fmt.number(value, 1) },
  { key: "repeat_customer_revenue_share", format: (value) => fmt.percent(value) },
];

/** The Overview: headline figures, revenue and active customers per month, definitions and SQL. */
export function OverviewView(props: AnalysisViewProps) {
  const result = createQuery(
    () => ({ asOfDate: props.asOfDate, version: props.dataVersion }),
    (key) => overviewResult(props.db, key.asOfDate, key.version),
  );
  const chartText = (): ChartText => ({
    month: t("overview.chart.month"),
    value: "",
    partial: t("overview.chart.partial"),
    formatMonth: (date) => fmt.month(date.getTime()),
    formatValue: (value) => fmt.number(value),
  });
  const sql = () => `-- ${t("overview.sql.metrics")}\n${buildOverviewQuery({ asOfDate: props.asOfDate })};\n\n-- ${t("overview.sql.monthly")}\n${buildMonthlySeriesQuery({ asOfDate: props.asOfDate })};`;

  return (
    <div class="overview" data-testid="overview" aria-busy={result.loading ? "true" : "false"}>
      <Show when={result.error}>
        <p class="error">{userMessage(result.error)}</p>
      </Show>
      <Show when={!result.error && result()} fallback={<Show when={!result.error}><p class="muted">{t("common.loading")}</p></Show>}>
        {(current) => (
          <>
            <section class="kpis" data-testid="overview-kpis">
              <For each={HEADLINE}>
                {(metric) => (
                  <Kpi
                    testId={`kpi-${metric.key}`}
                    label={t(`overview.metric.${metric.key}`)}
                    value={metric.format(current().metrics[metric.key] as number | null)}
                    definition={t(`overview.definition.${metric.key}`)}
                  />
                )}
              </For>
            </section>
            <p class="muted notes" data-testid="overview-notes">
              {t("overview.notes", {
                first: fmt.date(current().metrics.first_purchase_date),
                last: fmt.date(current().metrics.last_purchase_date),
                refundRows: fmt.number(current().metrics.refund_rows),
                refunded: fmt.money(current().metrics.refunded_amount),
              })}
              <Show when={current().metrics.refund_only_customers > 0}>
                {" "}
                {t("overview.notesRefundOnly", { refundOnly: fmt.number(current().metrics.refund_only_customers) })}
              </Show>
            </p>
            <div class="charts-2">
              <ChartFrame
                title={t("overview.chart.revenue")}
                fileName="revenue-per-month"
                caption={t("overview.chart.revenueCaption")}
                render={(width) => monthlyRevenueChart(current().monthly, width, { ...chartText(), value: t("overview.metric.revenue"), formatValue: (value) => fmt.number(value) })}
              />
              <ChartFrame
                title={t("overview.chart.active")}
                fileName="active-customers-per-month"
                caption={t("overview.chart.activeCaption")}
                render={(width) =>
                  activeCustomersChart(current().monthly, width, {
                    ...chartText(),
                    value: t("overview.chart.customers"),
                    active: t("overview.chart.activeSeries"),
                    newCustomers: t("overview.chart.newSeries"),
                  })
                }
              />
            </div>
            <section class="card explain">
              <h2>{t("common.definitions")}</h2>
              <dl>
                <For each={HEADLINE}>
                  {(metric) => (
                    <>
                      <dt>{t(`overview.metric.${metric.key}`)}</dt>
                      <dd>{t(`overview.definition.${metric.key}`)}</dd>
                    </>
                  )}
                </For>
              </dl>
              <p>{t("overview.definition.asOf")}</p>
              <button type="button" onClick={() => downloadCsv("overview-monthly.csv", current().monthly)}>
                {t("overview.downloadMonthly")}
              </button>
            </section>
            <SqlPanel sql={sql()} />
          </>
        )}
      </Show>
    </div>
  );
}
