import { Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { ChartFrame } from "../../ui/ChartFrame";
import { downloadCsv } from "../../ui/download";
import { segmentShareChart } from "./charts";
import { groupLook } from "./names";
import type { SegmentScheme } from "./options";
import { SegmentTable } from "./SegmentTable";
import type { RfmStats, SegmentSummaryRow } from "./types";

/** The summary of the chosen scheme: table (click a row for its customers), share chart and CSV. */
export function SegmentsSection(props: { rows: SegmentSummaryRow[]; scheme: SegmentScheme; stats: RfmStats | undefined; selected: string | null; onSelect: (key: string) => void }) {
  const named = () => props.rows.map((row) => ({ ...row, segment: groupLook(props.scheme, row.segment).name }));
  return (
    <section class="card" data-testid="rfm-segments">
      <div class="rfm-list-header">
        <h2>{props.scheme === "cn8" ? t("rfm.summary.titleCn8") : t("rfm.summary.title")}</h2>
        <button type="button" class="link" onClick={() => downloadCsv(`rfm-${props.scheme}.csv`, named())}>
          {t("rfm.download.summary")}
        </button>
      </div>
      <p class="muted">{props.scheme === "cn8" ? t("rfm.definition.cn8") : t("rfm.summary.caption")}</p>
      <Show when={props.scheme === "cn8" && props.stats}>
        {(stats) => (
          <p data-testid="rfm-cn8-means">
            {t("rfm.cn8.means", {
              recency: fmt.number(stats().mean_recency_days, 2),
              frequency: fmt.number(stats().mean_frequency, 2),
              monetary: fmt.money(stats().mean_monetary),
            })}
          </p>
        )}
      </Show>
      <div class="rfm-table-scroll">
        <SegmentTable rows={props.rows} scheme={props.scheme} selected={props.selected} onSelect={props.onSelect} />
      </div>
      <ChartFrame
        title={t("rfm.chart.segments")}
        fileName={`rfm-${props.scheme}-shares`}
        render={(width) =>
          segmentShareChart(
            props.rows.map((row) => ({ ...groupLook(props.scheme, row.segment), customerShare: row.customer_share ?? 0, revenueShare: row.revenue_share ?? 0 })),
            width,
            { share: t("rfm.chart.share"), customers: t("rfm.chart.customerShare"), revenue: t("rfm.chart.revenueShare"), formatShare: (share) => fmt.percent(share, 0) },
          )
        }
      />
    </section>
  );
}
