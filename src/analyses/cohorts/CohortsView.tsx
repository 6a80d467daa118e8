import { batch, createEffect, createMemo, createSignal, on, Show } from "solid-js";
import type { AnalysisViewProps } from "../analysis";
import { fmt, t } from "../../i18n/i18n";
import { userMessage } from "../../app/user-error";
import { ChartFrame } from "../../ui/ChartFrame";
import { SqlPanel } from "../../ui/SqlPanel";
import { downloadCsv } from "../../ui/download";
import { createQuery } from "../../ui/use-query";
import { CellCustomers } from "./CellCustomers";
import { CohortControls } from "./CohortControls";
import { CohortTeaching } from "./CohortTeaching";
import { buildCohortCellCustomersQuery } from "./customers-query";
import { cohortCurves } from "./curves-chart";
import { cohortHeatmap } from "./heatmap-chart";
import { ROW_INDEX_ATTRIBUTE } from "./lazy-titles";
import { matrixCsvTable } from "./matrix-csv";
import { measureSpec } from "./measures";
import type { CohortOptions, CohortPeriod } from "./options";
import { cohortViewSettings } from "./view-settings";
import { buildCohortMatrixQuery } from "./query";
import { cohortOptions, cohortsResult } from "./view-queries";
import { averageTooltip, cellTooltip, formatMeasure } from "./tooltips";
import type { CohortCellRow, CohortResult } from "./types";

/** Calls `onCell` with the cell under a click on a chart (a heatmap cell or a cohort's point). */
function onCellClick(chart: Element, cells: CohortCellRow[], onCell: (cell: CohortCellRow) => void): void {
  chart.addEventListener("click", (event) => {
    const index = (event.target as Element | null)?.closest(`[${ROW_INDEX_ATTRIBUTE}]`)?.getAttribute(ROW_INDEX_ATTRIBUTE);
    const cell = index ? cells[Number(index)] : undefined;
    if (cell) onCell(cell);
  });
}

/** Cohort retention: the triangle, the curves, the customers behind a cell, the definitions and the SQL. */
export function CohortsView(props: AnalysisViewProps) {
  const { period: [period, setPeriod], measure: [measure, setMeasure], range: [range, setRange] } = cohortViewSettings();
  const [selected, setSelected] = createSignal<CohortCellRow | null>(null);
  const options = createMemo((): CohortOptions => cohortOptions(props.asOfDate, period(), range()));
  const result = createQuery(() => ({ options: options(), version: props.dataVersion }), (key) => cohortsResult(props.db, key.options, key.version));
  createEffect(on([options, () => props.dataVersion], () => setSelected(null), { defer: true }));

  const changePeriod = (next: CohortPeriod) =>
    batch(() => {
      setRange({ first: null, last: null });
      setPeriod(next);
    });
  const measureName = () => t(`cohorts.measure.${measure()}`);
  const offsetAxis = () => t(`cohorts.axis.offset.${period()}`);
  const sql = () => {
    const parts = [`-- ${t("cohorts.sql.matrix")}\n${buildCohortMatrixQuery(options())};`, `-- ${t("cohorts.sql.average")}`];
    const cell = selected();
    if (cell) parts.push(`-- ${t("cohorts.sql.customers")}\n${buildCohortCellCustomersQuery(options(), { cohortStart: cell.cohort_start, k: cell.k }, measureSpec(measure()).customers)};`);
    return parts.join("\n\n");
  };

  const heatmap = (current: CohortResult, width: number) => {
    const chart = cohortHeatmap(
      current.cells,
      measure(),
      width,
      {
        offsetAxis: offsetAxis(),
        cohortAxis: t("cohorts.axis.cohort"),
        sizeHeader: t("cohorts.chart.size"),
        formatValue: (value) => formatMeasure(measure(), value),
        formatSize: (size) => fmt.number(size),
        tooltip: (cell) => cellTooltip(cell, measure()),
      },
      selected(),
    );
    onCellClick(chart, current.cells, setSelected);
    return chart;
  };
  const curves = (current: CohortResult, width: number) => {
    const chart = cohortCurves(current.cells, current.average, measure(), width, {
      offsetAxis: offsetAxis(),
      valueAxis: measureName(),
      averageLabel: t("cohorts.chart.average"),
      formatValue: (value) => formatMeasure(measure(), value),
      tooltip: (cell) => cellTooltip(cell, measure()),
      averageTooltip: (row) => averageTooltip(row, measure()),
    });
    onCellClick(chart, current.cells, setSelected);
    return chart;
  };
  const downloadMatrix = (current: CohortResult) => {
    const table = matrixCsvTable(current.cells, measure());
    downloadCsv(`cohorts-${period()}-${measure()}.csv`, table.rows, table.columns);
  };

  return (
    // While another period or range loads, the figures on screen are the previous ones: marked busy (dimmed).
    <div class="cohorts" data-testid="cohorts" aria-busy={result.loading ? "true" : "false"}>
      <Show when={result.error}>
        <p class="error">{userMessage(result.error)}</p>
      </Show>
      <Show when={!result.error && result()} fallback={<Show when={!result.error}><p class="muted">{t("common.loading")}</p></Show>}>
        {(current) => (
          <>
            <CohortControls
              period={period()}
              measure={measure()}
              range={range()}
              cohorts={current().cohorts}
              onPeriod={changePeriod}
              onMeasure={setMeasure}
              onRange={setRange}
            />
            <Show when={current().cells.length > 0} fallback={<p class="muted">{t("cohorts.empty")}</p>}>
              <p class="muted" data-testid="cohorts-summary">
                {t("cohorts.summary", {
                  cohorts: fmt.number(current().cells.filter((cell) => cell.k === 0).length),
                  customers: fmt.number(current().cells.reduce((sum, cell) => sum + (cell.k === 0 ? cell.cohort_size : 0), 0)),
                })}{" "}
                <Show when={current().cells.find((cell) => cell.is_partial)}>
                  {(partial) => <>{t("cohorts.summary.partial", { period: fmt.date(partial().period_start) })}</>}
                </Show>
              </p>
              <div class="cohorts-heatmap">
                <ChartFrame
                  title={t("cohorts.chart.heatmap", { measure: measureName() })}
                  fileName={`cohort-triangle-${period()}-${measure()}`}
                  caption={t("cohorts.chart.heatmapCaption")}
                  render={(width) => heatmap(current(), width)}
                />
              </div>
              <Show when={selected()} fallback={<p class="muted">{t("cohorts.customers.hint")}</p>}>
                {(cell) => (
                  <CellCustomers db={props.db} options={options()} cell={cell()} measure={measure()} dataVersion={props.dataVersion} onClose={() => setSelected(null)} />
                )}
              </Show>
              <ChartFrame
                title={t("cohorts.chart.curves", { measure: measureName() })}
                fileName={`cohort-curves-${period()}-${measure()}`}
                caption={t("cohorts.chart.curvesCaption")}
                render={(width) => curves(current(), width)}
              />
              <p class="cohorts-downloads">
                <button type="button" onClick={() => downloadMatrix(current())}>
                  {t("cohorts.download.matrix", { measure: measureName() })}
                </button>{" "}
                <button type="button" onClick={() => downloadCsv(`cohorts-${period()}-cells.csv`, current().cells)}>
                  {t("cohorts.download.cells")}
                </button>
              </p>
            </Show>
            <CohortTeaching />
            <SqlPanel sql={sql()} />
          </>
        )}
      </Show>
    </div>
  );
}
