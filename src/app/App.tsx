import { For, Match, Show, Switch } from "solid-js";
import { Dynamic } from "solid-js/web";
import { ANALYSES } from "../analyses/registry";
import { DataPage } from "../data-page/DataPage";
import { t } from "../i18n/i18n";
import { createQuery } from "../ui/use-query";
import { ErrorList } from "../ui/ErrorList";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { ProgressBar } from "../ui/ProgressBar";
import { AsOfControl } from "./AsOfControl";
import { pageDatabase } from "./database";
import { currentPage, dataVersion, effectiveAsOfDate, report, setCurrentPage } from "./store";

/** The app shell: header with tabs and language, then the data step or an analysis. */
export function App() {
  const page = currentPage;
  const setPage = setCurrentPage;
  const db = createQuery(() => report() !== null, () => pageDatabase());
  const analysis = () => ANALYSES.find((candidate) => candidate.id === page());

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
                disabled={report() === null}
                title={report() === null ? t("app.loadFirst") : undefined}
                onClick={() => setPage(entry.id)}
              >
                {t(entry.titleKey)}
              </button>
            )}
          </For>
        </nav>
        <LanguageSwitch />
      </header>
      <ProgressBar />
      <ErrorList />
      <main>
        <Switch>
          <Match when={page() === "data" || !analysis()}>
            <DataPage onOpenOverview={() => setPage(ANALYSES[0]?.id ?? "data")} />
          </Match>
          <Match when={analysis()}>
            {(current) => (
              <>
                <AsOfControl />
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
