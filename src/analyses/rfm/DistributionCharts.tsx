import { For } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { ChartFrame } from "../../ui/ChartFrame";
import { distributionChart, scoreBoundaries } from "./charts";
import { RFM_MEASURES } from "./options";
import type { DistributionBinRow, ScoreRangeRow } from "./types";

/** Histograms of recency, frequency and monetary with the score boundaries. */
export function DistributionCharts(props: { bins: DistributionBinRow[]; ranges: ScoreRangeRow[] }) {
  return (
    <div class="rfm-distributions">
      <For each={RFM_MEASURES}>
        {(measure) => (
          <ChartFrame
            title={t("rfm.distribution.title", { measure: t(`rfm.measure.${measure}`) })}
            fileName={`rfm-distribution-${measure}`}
            caption={t("rfm.distribution.caption")}
            render={(width) =>
              distributionChart(
                props.bins.filter((bin) => bin.measure === measure),
                scoreBoundaries(props.ranges, measure),
                width,
                { measure: t(`rfm.measure.${measure}`), customers: t("rfm.column.customers"), format: (value) => fmt.number(value) },
              )
            }
          />
        )}
      </For>
    </div>
  );
}
