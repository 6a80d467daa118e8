import { For, Show } from "solid-js";
import { Dynamic } from "solid-js/web";
import { ANALYSES } from "../analyses/registry";
import type { Database } from "../engine/database";
import { fmt, t } from "../i18n/i18n";
import { QualitySummary } from "./QualitySummary";
import { chosenViews, toggleReportView } from "./report-state";

/**
 * The printable report: the chosen views one after another (their charts, key tables and definitions)
 * with the data-quality summary and the as-of date; the print style sheet drops every control.
 */
export function ReportPage(props: { db: Database; asOfDate: string; dataVersion: number }) {
  const chosen = () => ANALYSES.filter((analysis) => chosenViews().includes(analysis.id));
  return (
    <div class="report" data-testid="report">
      <div class="card report-toolbar no-print">
        <fieldset>
          <legend>{t("report.choose")}</legend>
          <For each={ANALYSES}>
            {(analysis) => (
              <label>
                <input
                  type="checkbox"
                  data-testid={`report-include-${analysis.id}`}
                  checked={chosenViews().includes(analysis.id)}
                  onChange={(event) => toggleReportView(analysis.id, event.currentTarget.checked)}
                />{" "}
                {t(analysis.titleKey)}
              </label>
            )}
          </For>
        </fieldset>
        <button type="button" class="primary" data-testid="report-print" onClick={() => window.print()}>
          {t("report.print")}
        </button>
        <p class="muted">{t("report.hint")}</p>
      </div>
      <header class="report-head">
        <h1>{t("report.title")}</h1>
        <p data-testid="report-as-of">{t("report.asOf", { date: fmt.date(props.asOfDate) })}</p>
        <p class="muted">{t("report.asOfMeaning")}</p>
      </header>
      <QualitySummary />
      <For each={chosen()}>
        {(analysis) => (
          <section class="report-section" data-testid={`report-section-${analysis.id}`}>
            <h2 class="report-section-title">{t(analysis.titleKey)}</h2>
            <Dynamic component={analysis.View} db={props.db} asOfDate={props.asOfDate} dataVersion={props.dataVersion} />
          </section>
        )}
      </For>
      <Show when={chosen().length === 0}>
        <p class="muted">{t("report.nothingChosen")}</p>
      </Show>
    </div>
  );
}
