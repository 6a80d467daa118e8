import { For, Show } from "solid-js";
import { churnViewSettings } from "./view-settings";
import { fmt, t } from "../../i18n/i18n";
import { ChartFrame } from "../../ui/ChartFrame";
import { downloadCsv } from "../../ui/download";
import { attritionChart } from "./attrition-chart";
import { growthAccountingChart, type GrowthMeasure } from "./growth-chart";
import type { PeriodUnit } from "./options";
import { pooledAttrition } from "./pooled";
import type { PeriodRow } from "./types";

type Column = { key: keyof PeriodRow; format: (value: number | null) => string };
const count = (value: number | null) => fmt.number(value);
const ratio = (value: number | null) => fmt.number(value, 2);
const share = (value: number | null) => fmt.percent(value);
const money = (value: number | null) => fmt.money(value);

const COLUMNS: Record<GrowthMeasure, Column[]> = {
  customers: [
    { key: "active", format: count },
    { key: "new", format: count },
    { key: "retained", format: count },
    { key: "resurrected", format: count },
    { key: "churned", format: count },
    { key: "quick_ratio", format: ratio },
    { key: "attrition_rate", format: share },
    { key: "retention_rate", format: share },
  ],
  revenue: [
    { key: "revenue", format: money },
    { key: "new_revenue", format: money },
    { key: "retained_revenue", format: money },
    { key: "resurrected_revenue", format: money },
    { key: "churned_revenue", format: money },
    { key: "revenue_quick_ratio", format: ratio },
  ],
};

/** Attrition / retention over time in words and as a chart, and the growth-accounting chart and table. */
export function GrowthSection(props: { rows: PeriodRow[]; period: PeriodUnit }) {
  const [measure, setMeasure] = churnViewSettings().growthMeasure;
  const pooled = () => pooledAttrition(props.rows);
  const partial = () => props.rows.find((row) => row.is_partial);
  const text = () => ({ period: t("churn.col.period"), partial: t("churn.partial") });

  return (
    <>
      <section class="card">
        <h2>{t("churn.section.attrition")}</h2>
        <p>{t("churn.formula.attrition")}</p>
        <p class="churn-pooled" data-testid="churn-pooled">
          <Show when={pooled().attrition_rate !== null} fallback={t("churn.pooled.none")}>
            {t(`churn.pooled.${props.period}`, {
              periods: fmt.number(pooled().periods),
              first: pooled().first_period ?? "",
              last: pooled().last_period ?? "",
              rate: fmt.percent(pooled().attrition_rate),
              lost: fmt.number(pooled().lost),
              active: fmt.number(pooled().active),
              retention: fmt.percent(1 - (pooled().attrition_rate ?? 0)),
            })}
          </Show>
        </p>
        <ChartFrame
          title={t("churn.chart.attrition")}
          fileName={`attrition-retention-per-${props.period}`}
          caption={t("churn.chart.attritionCaption")}
          render={(width) =>
            attritionChart(props.rows, pooled().attrition_rate, width, {
              ...text(),
              value: t("churn.chart.share"),
              formatValue: (value) => fmt.percent(value, 0),
              attrition: t("churn.col.attrition_rate"),
              retention: t("churn.col.retention_rate"),
            })
          }
        />
      </section>
      <section class="card">
        <h2>{t("churn.section.growth")}</h2>
        <p>{t("churn.growth.explain")}</p>
        <div class="churn-controls">
          <span>{t("churn.measure")}</span>
          <For each={["customers", "revenue"] as GrowthMeasure[]}>
            {(option) => (
              <label>
                <input type="radio" name="churn-measure" checked={measure() === option} onChange={() => setMeasure(option)} /> {t(`churn.measure.${option}`)}
              </label>
            )}
          </For>
        </div>
        <Show when={measure() === "revenue"}>
          <p class="muted">{t("churn.growth.revenueExplain")}</p>
        </Show>
        <Show when={partial()}>{(row) => <p class="muted">{t("churn.partialNote", { period: row().period })}</p>}</Show>
        <ChartFrame
          title={measure() === "customers" ? t("churn.chart.growth") : t("churn.chart.growthRevenue")}
          fileName={`growth-accounting-${measure()}-per-${props.period}`}
          caption={t("churn.chart.growthCaption")}
          render={(width) =>
            growthAccountingChart(props.rows, measure(), width, {
              ...text(),
              value: t(`churn.measure.${measure()}`),
              formatValue: (value) => fmt.number(value),
              groups: { new: t("churn.col.new"), resurrected: t("churn.col.resurrected"), retained: t("churn.col.retained"), churned: t("churn.col.churned") },
            })
          }
        />
        <div class="churn-table-scroll">
          <table data-testid="churn-periods">
            <thead>
              <tr>
                <th>{t("churn.col.period")}</th>
                <For each={COLUMNS[measure()]}>{(column) => <th class="num">{t(`churn.col.${column.key}`)}</th>}</For>
              </tr>
            </thead>
            <tbody>
              <For each={props.rows}>
                {(row) => (
                  <tr classList={{ "churn-partial": row.is_partial }}>
                    <td>
                      {row.period}
                      <Show when={row.is_partial}> ({t("churn.partial")})</Show>
                    </td>
                    <For each={COLUMNS[measure()]}>{(column) => <td class="num">{column.format(row[column.key] as number | null)}</td>}</For>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <button type="button" onClick={() => downloadCsv(`churn-per-${props.period}.csv`, props.rows)}>
          {t("churn.downloadPeriods")}
        </button>
      </section>
    </>
  );
}
