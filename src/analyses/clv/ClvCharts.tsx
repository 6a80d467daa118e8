import { Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { ChartFrame } from "../../ui/ChartFrame";
import { aliveMatrixChart, clvDistributionChart, holdoutCheckChart, repeatHistogramChart, topCustomersChart, trackingChart, type ClvChartText } from "./charts";
import { LAST_GROUP } from "./model-checks/frequency-groups";
import type { ClvResult } from "./result-types";

/** The model checks and the value charts of one result. */
export function ClvCharts(props: { result: ClvResult; unit: string }) {
  const text = (): ClvChartText => ({
    actual: t("clv.label.actual"),
    expected: t("clv.label.expected"),
    customers: t("clv.label.customers"),
    repeatPurchases: t("clv.label.repeatPurchases"),
    groupLabel: (group) => (group === LAST_GROUP ? t("clv.label.groupPlus", { n: group }) : String(group)),
    formatNumber: (value, digits = 0) => fmt.number(value, digits),
  });
  const hasSpend = () => props.result.customers.some((row) => row.clv !== null);
  return (
    <>
      <div class="charts-2">
        <ChartFrame
          title={t("clv.chart.histogram")}
          fileName="clv-repeat-purchases"
          caption={t("clv.chart.histogramCaption")}
          render={(width) => repeatHistogramChart(props.result.repeat_histogram, width, text())}
        />
        <ChartFrame
          title={t("clv.chart.alive")}
          fileName="clv-p-alive-matrix"
          caption={t("clv.chart.aliveCaption", { T: fmt.number(props.result.alive_matrix.T, 1), unit: props.unit })}
          render={(width) => aliveMatrixChart(props.result.alive_matrix.cells, width, { ...text(), recency: t("clv.label.recency"), pAlive: t("clv.label.pAlive") })}
        />
      </div>
      <Show when={props.result.holdout_check} fallback={<p class="card muted">{t("clv.holdout.none")}</p>}>
        {(check) => (
          <div class="charts-2">
            <ChartFrame
              title={t("clv.chart.holdout")}
              fileName="clv-holdout-check"
              caption={t("clv.chart.holdoutCaption", { length: fmt.number(props.result.holdout_length, 1), unit: props.unit })}
              render={(width) => holdoutCheckChart(check(), width, { ...text(), meanHoldout: t("clv.label.meanHoldout") })}
            />
            <ChartFrame
              title={t("clv.chart.tracking")}
              fileName="clv-tracking"
              caption={t("clv.chart.trackingCaption")}
              render={(width) =>
                trackingChart(props.result.tracking, props.result.calibration_week, width, {
                  ...text(),
                  week: t("clv.label.week"),
                  cumulative: t("clv.label.cumulative"),
                  calibrationEnd: t("clv.label.calibrationEnd"),
                })
              }
            />
          </div>
        )}
      </Show>
      <Show when={hasSpend()}>
        <div class="charts-2">
          <ChartFrame
            title={t("clv.chart.distribution")}
            fileName="clv-distribution"
            caption={t("clv.chart.distributionCaption")}
            render={(width) => clvDistributionChart(props.result.customers, width, { ...text(), clv: t("clv.label.clv") })}
          />
          <ChartFrame
            title={t("clv.chart.top")}
            fileName="clv-top-customers"
            render={(width) => topCustomersChart(props.result.customers, width, { ...text(), clv: t("clv.label.clv"), customer: t("clv.label.customer") })}
          />
        </div>
      </Show>
    </>
  );
}
