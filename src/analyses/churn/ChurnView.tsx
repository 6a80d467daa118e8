import { For, Show } from "solid-js";
import type { AnalysisViewProps } from "../analysis";
import { t } from "../../i18n/i18n";
import { userMessage } from "../../app/user-error";
import { SqlPanel } from "../../ui/SqlPanel";
import { createQuery } from "../../ui/use-query";
import { GrowthSection } from "./GrowthSection";
import { buildGrowthAccountingQuery } from "./growth-query";
import { PERIOD_UNITS, type PeriodUnit } from "./options";
import { churnViewSettings } from "./view-settings";
import { churnViewQueries } from "./view-queries";
import { StatusSection } from "./StatusSection";
import { buildStatusSummaryQuery, buildWinBackListQuery } from "./status-query";
import { buildThresholdEvidenceQuery } from "./threshold-query";

/** Churn and the customer life cycle: attrition over time, growth accounting, status at the as-of date, win-back lists. */
export function ChurnView(props: AnalysisViewProps) {
  const { period: [period, setPeriod], thresholdDays: [thresholdDays, setThresholdDays] } = churnViewSettings();
  const growth = createQuery(
    () => ({ asOfDate: props.asOfDate, period: period(), version: props.dataVersion }),
    async (key) => ({ period: key.period, rows: await churnViewQueries.growth(props.db, key.asOfDate, key.period, key.version) }),
  );
  const evidence = createQuery(
    () => ({ asOfDate: props.asOfDate, version: props.dataVersion }),
    (key) => churnViewQueries.evidence(props.db, key.asOfDate, key.version),
  );
  // while a new default is being derived, wait for it rather than query with the old one
  const thresholdInUse = () => thresholdDays() ?? (evidence.loading || evidence.error ? undefined : evidence()?.default_days);
  const status = createQuery(
    () => {
      const days = thresholdInUse();
      return days !== undefined && { asOfDate: props.asOfDate, thresholdDays: days, version: props.dataVersion };
    },
    async (key) => ({ thresholdDays: key.thresholdDays, ...(await churnViewQueries.status(props.db, key.asOfDate, key.thresholdDays, key.version)) }),
  );

  const sql = () => {
    const asOfDate = props.asOfDate;
    const days = thresholdInUse();
    const parts = [
      [t("churn.sql.growth"), buildGrowthAccountingQuery({ asOfDate, period: period() })],
      [t("churn.sql.threshold"), buildThresholdEvidenceQuery({ asOfDate })],
      ...(days === undefined
        ? []
        : [
            [t("churn.sql.status"), buildStatusSummaryQuery({ asOfDate, thresholdDays: days })],
            [t("churn.sql.winBack"), buildWinBackListQuery({ asOfDate, thresholdDays: days })],
          ]),
    ];
    return parts.map(([title, query]) => `-- ${title}\n${query};`).join("\n\n");
  };

  return (
    <div class="churn" data-testid="churn" aria-busy={growth.loading || evidence.loading || status.loading ? "true" : "false"}>
      <p class="churn-lifecycle">{t("churn.lifecycle")}</p>
      <div class="churn-controls">
        <label>
          {t("churn.period")}{" "}
          <select data-testid="churn-period" value={period()} onChange={(event) => setPeriod(event.currentTarget.value as PeriodUnit)}>
            <For each={PERIOD_UNITS}>{(unit) => <option value={unit}>{t(`churn.period.${unit}`)}</option>}</For>
          </select>
        </label>
      </div>
      <Show when={growth.error}>
        <p class="error">{userMessage(growth.error)}</p>
      </Show>
      <Show when={!growth.error && growth()} fallback={<Show when={!growth.error}><p class="muted">{t("common.loading")}</p></Show>}>
        {(result) => <GrowthSection rows={result().rows} period={result().period} />}
      </Show>
      <Show when={evidence.error ?? status.error}>
        {(error) => <p class="error">{userMessage(error())}</p>}
      </Show>
      <Show
        when={!evidence.error && !status.error && evidence() && status()}
        fallback={<Show when={!evidence.error && !status.error}><p class="muted">{t("common.loading")}</p></Show>}
      >
        <StatusSection
          evidence={evidence()!}
          result={status()!}
          thresholdDays={status()!.thresholdDays}
          overridden={thresholdDays() !== null}
          onThreshold={setThresholdDays}
        />
      </Show>
      <SqlPanel sql={sql()} />
    </div>
  );
}
