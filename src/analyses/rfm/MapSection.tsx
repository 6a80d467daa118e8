import { Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { ChartFrame } from "../../ui/ChartFrame";
import { downloadCsv } from "../../ui/download";
import { cellHeatmap } from "./charts";
import { segmentLabel } from "./names";
import { SegmentMapEditor } from "./SegmentMapEditor";
import type { Score, SegmentMap } from "./segments";
import type { RfmCellRow } from "./types";

/** The editable R × FM segment map with the heatmaps of customers and net revenue. */
export function MapSection(props: { map: SegmentMap; cells: RfmCellRow[] | undefined; onChange: (map: SegmentMap) => void; onSelectCell: (r: Score, fm: Score) => void }) {
  const cellName = (cell: RfmCellRow) => segmentLabel(cell.segment);
  const heatmap = (value: "customers" | "revenue", label: string) => (width: number) =>
    cellHeatmap(props.cells ?? [], width, { value, r: "R", fm: "FM", label, segmentName: cellName, format: (amount) => fmt.number(amount) });
  return (
    <section class="card" data-testid="rfm-map-section">
      <div class="rfm-list-header">
        <h2>{t("rfm.map.title")}</h2>
        <button type="button" class="link" onClick={() => downloadCsv("rfm-cells.csv", (props.cells ?? []).map((cell) => ({ ...cell, segment: cellName(cell) })))}>
          {t("rfm.download.cells")}
        </button>
      </div>
      <p class="muted">{t("rfm.map.caption")}</p>
      <SegmentMapEditor map={props.map} cells={props.cells} onChange={props.onChange} onSelectCell={props.onSelectCell} />
      <Show when={props.cells}>
        <div class="charts-2">
          <ChartFrame title={t("rfm.heatmap.customers")} fileName="rfm-heatmap-customers" caption={t("rfm.heatmap.caption")} render={heatmap("customers", t("rfm.column.customers"))} />
          <ChartFrame title={t("rfm.heatmap.revenue")} fileName="rfm-heatmap-revenue" caption={t("rfm.heatmap.caption")} render={heatmap("revenue", t("rfm.column.revenue"))} />
        </div>
      </Show>
    </section>
  );
}
