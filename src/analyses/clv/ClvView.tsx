import { For, Show } from "solid-js";
import { userMessage } from "../../app/user-error";
import { fmt, t } from "../../i18n/i18n";
import { Kpi } from "../../ui/Kpi";
import { SqlPanel } from "../../ui/SqlPanel";
import { createQuery } from "../../ui/use-query";
import type { AnalysisViewProps } from "../analysis";
import { ClvCharts } from "./ClvCharts";
import { ClvControls } from "./ClvControls";
import { ClvCustomerTable } from "./ClvCustomerTable";
import { ClvParameters } from "./ClvParameters";
import { defaultHorizon, type ClvOptions } from "./options";
import { buildClvPopulationQuery, buildClvSummaryQuery, buildClvTrackingQuery } from "./query";
import type { ClvResult } from "./result-types";
import { clvViewSettings } from "./view-settings";
import { clvOptions, clvProgress, clvResult } from "./view-queries";

const DEFINITIONS = ["clv.def.summary", "clv.def.bgnbd", "clv.def.paretonbd", "clv.def.gammagamma", "clv.def.clv", "clv.def.fit"];

/** The Lifetime value view: settings, fitted models, per-customer figures, model checks, definitions and SQL. */
export function ClvView(props: AnalysisViewProps) {
  const [choices, setChoices] = clvViewSettings();
  const options = (): ClvOptions => clvOptions(choices(), props.asOfDate);
  const change = (next: Partial<ClvOptions>) => {
    const current = choices();
    setChoices({ ...current, ...next, ...(next.timeUnit && next.timeUnit !== current.timeUnit ? { horizon: defaultHorizon(next.timeUnit) } : {}) });
  };

  const result = createQuery(
    () => ({ options: options(), version: props.dataVersion }),
    (key) => clvResult(props.db, key.options, key.version),
  );
  const sql = () =>
    [
      `-- ${t("clv.sql.summary")}\n${buildClvSummaryQuery(options())};`,
      `-- ${t("clv.sql.population")}\n${buildClvPopulationQuery(options())};`,
      `-- ${t("clv.sql.tracking")}\n${buildClvTrackingQuery(options())};`,
    ].join("\n\n");

  return (
    <div class="clv" data-testid="clv">
      <p class="clv-intro">{t("clv.intro")}</p>
      <ClvControls options={options()} onChange={change} />
      <Show when={result.loading}>
        <div class="progress" role="status" data-testid="clv-progress">
          <span>{t(`clv.progress.${clvProgress()?.stage ?? "summary"}`)}</span>
          <progress max="1" value={clvProgress()?.fraction ?? 0} />
        </div>
      </Show>
      <Show when={result.error}>
        <p class="error" role="alert">
          {userMessage(result.error)}
        </p>
      </Show>
      <Show when={!result.error && result()}>{(current) => <ClvResultView result={current()} unit={t(`clv.unitShort.${current().options.timeUnit}`)} unitOne={t(`clv.unitOne.${current().options.timeUnit}`)} />}</Show>
      <section class="card explain">
        <h2>{t("common.definitions")}</h2>
        <For each={DEFINITIONS}>{(key) => <p>{t(key)}</p>}</For>
      </section>
      <SqlPanel sql={sql()} />
    </div>
  );
}

function ClvResultView(props: { result: ClvResult; unit: string; unitOne: string }) {
  const customers = () => props.result.customers;
  const sum = (pick: (row: ClvResult["customers"][number]) => number | null) => customers().reduce((total, row) => total + (pick(row) ?? 0), 0);
  const oneTime = () => customers().filter((row) => row.x === 0).length;
  const hasSpend = () => props.result.gamma_gamma !== null;
  const holdoutTotals = () => {
    if (!props.result.holdout_check) return null;
    const actual = sum((row) => row.holdout_purchases);
    const predicted = sum((row) => row.predicted_holdout_purchases);
    return { actual: fmt.number(actual), predicted: fmt.number(predicted, 1), difference: fmt.percent(actual > 0 ? predicted / actual - 1 : Number.NaN) };
  };
  return (
    <>
      <section class="kpis" data-testid="clv-kpis">
        <Kpi label={t("clv.kpi.customers")} value={fmt.number(customers().length)} />
        <Kpi label={t("clv.kpi.repeatCustomers")} value={fmt.number(customers().length - oneTime())} />
        <Kpi label={t("clv.kpi.meanPAlive")} value={fmt.percent(sum((row) => row.p_alive) / customers().length)} />
        <Kpi
          label={t("clv.kpi.expectedPurchases", { horizon: fmt.number(props.result.options.horizon), unit: props.unit })}
          value={fmt.number(sum((row) => row.expected_purchases), 0)}
        />
        <Show when={hasSpend()}>
          <Kpi label={t("clv.kpi.totalClv", { months: props.result.options.clvMonths })} value={fmt.money(sum((row) => row.clv))} />
          <Kpi label={t("clv.kpi.meanClv")} value={fmt.money(sum((row) => row.clv) / customers().length)} />
        </Show>
      </section>
      <Show when={holdoutTotals()}>{(totals) => <p data-testid="clv-holdout-total">{t("clv.holdout.total", totals())}</p>}</Show>
      <div class="charts-2">
        <ClvParameters title={t(`clv.model.${props.result.model.name}`)} model={props.result.model} unit={props.unitOne} seconds={props.result.milliseconds.fit} />
        <Show when={props.result.gamma_gamma} fallback={<p class="card muted">{t("clv.params.noSpend")}</p>}>
          {(spend) => <ClvParameters title={t("clv.params.spendTitle")} model={spend()} unit={props.unitOne} seconds={props.result.milliseconds.fit} />}
        </Show>
      </div>
      <p class="muted" data-testid="clv-one-time-note">
        {t("clv.note.oneTime", { count: fmt.number(oneTime()) })}
        <Show when={props.result.population.first_seen_after_calibration > 0}> {t("clv.note.leftOut", { count: fmt.number(props.result.population.first_seen_after_calibration) })}</Show>
      </p>
      <ClvCharts result={props.result} unit={props.unit} />
      <ClvCustomerTable rows={customers()} hasHoldout={props.result.holdout_check !== null} />
    </>
  );
}
