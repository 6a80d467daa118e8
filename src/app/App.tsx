import { For, Match, Show, Switch } from "solid-js";
import { Dynamic } from "solid-js/web";
import { ANALYSES } from "../analyses/registry";
import { DataPage } from "../data-page/DataPage";
import { t } from "../i18n/i18n";
import { createQuery } from "../ui/use-query";
import { ErrorList } from "../ui/ErrorList";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { RestoreNotice } from "../persistence/RestoreNotice";
import { ProgressBar } from "../ui/ProgressBar";
import { ConsolePage } from "../console/ConsolePage";
import { CONSOLE_PAGE } from "../console/console-state";
import { ReportPage } from "../report/ReportPage";
import { REPORT_PAGE } from "../report/report-state";
import { PendingSettingsNotice } from "../share/PendingSettingsNotice";
import { ShareControls } from "../share/ShareControls";
import { TourPanel } from "../tour/TourPanel";
import { startTour } from "../tour/tour-state";
import { AsOfControl } from "./AsOfControl";
import { pageDatabase } from "./database";
import { prepareAnalysesAhead } from "./prepare-analyses";
import { currentPage, dataVersion, effectiveAsOfDate, report, setCurrentPage } from "./store";

/** The app shell: header with tabs and language, then the data step or an analysis. */
export function App() {
  const page = currentPage;
  const setPage = setCurrentPage;
  const db = createQuery(() => report() !== null, () => pageDatabase());
  const analysis = () => ANALYSES.find((candidate) => candidate.id === page());
  prepareAnalysesAhead(() => {
    const [database, asOfDate] = [db(), effectiveAsOfDate()];
    return database && asOfDate ? { db: database, asOfDate, dataVersion: dataVersion() } : null;
  });

  return (
    <div class="app">
      <header class="app-header">
        <h1>
          {t("app.title")} <span class="tagline">{t("app.tagline")}</span>
        </h1>
        <nav class="tabs" aria-label={t("app.views")}>
          <button type="button" classList={{ active: page() === "data" }} data-testid="tab-data" onClick={() => setPage("data")}>
            {t("app.data")}
          </button>
          <For each={ANALYSES}>
            {(entry) => (
              <button
                type="button"
                classList={{ active: page() === entry.id }}
                data-testid={`tab-${entry.id}`}
                data-analysis={entry.id}
                disabled={report() === null}
                title={report() === null ? t("app.loadFirst") : undefined}
                onClick={() => setPage(entry.id)}
              >
                {t(entry.titleKey)}
              </button>
            )}
          </For>
          <button type="button" classList={{ active: page() === CONSOLE_PAGE }} data-testid="tab-sql" disabled={report() === null} onClick={() => setPage(CONSOLE_PAGE)}>
            {t("console.tab")}
          </button>
        </nav>
        <button type="button" data-testid="open-report" disabled={report() === null} onClick={() => setPage(REPORT_PAGE)}>
          {t("report.open")}
        </button>
        <button type="button" data-testid="start-tour" onClick={startTour}>
          {t("tour.start")}
        </button>
        <LanguageSwitch />
      </header>
      <RestoreNotice />
      <ProgressBar />
      <ErrorList />
      <PendingSettingsNotice />
      <TourPanel />
      <main>
        <Switch>
          <Match when={page() === CONSOLE_PAGE && report() !== null}>
            <AsOfControl />
            <Show when={db() && effectiveAsOfDate()} fallback={<p class="muted">{t("common.loading")}</p>}>
              <ConsolePage db={db()!} asOfDate={effectiveAsOfDate()!} />
            </Show>
          </Match>
          <Match when={page() === REPORT_PAGE && report() !== null}>
            <Show when={db() && effectiveAsOfDate()} fallback={<p class="muted">{t("common.loading")}</p>}>
              <ReportPage db={db()!} asOfDate={effectiveAsOfDate()!} dataVersion={dataVersion()} />
            </Show>
          </Match>
          <Match when={page() === "data" || !analysis()}>
            <DataPage onOpenOverview={() => setPage(ANALYSES[0]?.id ?? "data")} />
          </Match>
          <Match when={analysis()}>
            {(current) => (
              <>
                <div class="view-bar">
                  <AsOfControl />
                  <ShareControls />
                </div>
                <Show when={db() && effectiveAsOfDate()} fallback={<p class="muted">{t("common.loading")}</p>}>
                  <Dynamic component={current().View} db={db()!} asOfDate={effectiveAsOfDate()!} dataVersion={dataVersion()} />
                </Show>
              </>
            )}
          </Match>
        </Switch>
      </main>
      <footer class="app-footer">{t("app.footer")}</footer>
    </div>
  );
}
