import { createSignal, For, Match, Switch } from "solid-js";
import type { Database } from "../engine/database";
import { fmt, t } from "../i18n/i18n";
import { downloadCsv } from "../ui/download";
import { createAnalysisViews } from "./analysis-views";
import { consoleSql, setConsoleSql } from "./console-state";
import { ConsoleResultTable } from "./ConsoleResultTable";
import { consoleErrorMessage, runConsoleQuery, runConsoleQueryInFull, type ConsoleResult } from "./run-console-query";

const SHOWN_ROWS = 200;
const BASE_TABLES = ["transactions", "customers"];

type ConsoleState = { kind: "idle" } | { kind: "running" } | { kind: "done"; result: ConsoleResult } | { kind: "error"; message: string };

/** The SQL console: DuckDB SQL over the loaded tables and the analyses' results, shown as a table, downloadable. */
export function ConsolePage(props: { db: Database; asOfDate: string }) {
  const [state, setState] = createSignal<ConsoleState>({ kind: "idle" });
  const [views, setViews] = createSignal<string[]>([]);
  let runNumber = 0;

  const prepareViews = async () => {
    try {
      setViews(await createAnalysisViews(props.db, props.asOfDate));
    } catch {
      setViews([]); // the user's own query may still run on the base tables
    }
  };
  const run = async () => {
    const current = ++runNumber;
    setState({ kind: "running" });
    await prepareViews();
    try {
      const result = await runConsoleQuery(props.db, consoleSql(), SHOWN_ROWS);
      if (current === runNumber) setState({ kind: "done", result });
    } catch (error) {
      if (current === runNumber) setState({ kind: "error", message: consoleErrorMessage(error) });
    }
  };
  const download = async (result: ConsoleResult) => {
    try {
      const rows = await runConsoleQueryInFull(props.db, consoleSql());
      const dates = result.columns.filter((column) => column.type === "DATE").map((column) => column.name);
      downloadCsv("query-result.csv", rows, result.columns.map((column) => column.name), dates);
    } catch (error) {
      setState({ kind: "error", message: consoleErrorMessage(error) });
    }
  };
  const insertTable = (name: string) => setConsoleSql(`SELECT *\nFROM ${name}\nLIMIT 100`);
  void prepareViews();

  return (
    <div class="console" data-testid="console">
      <aside class="card console-tables">
        <h2>{t("console.tables")}</h2>
        <ul>
          <For each={[...BASE_TABLES, ...views()]}>
            {(name) => (
              <li>
                <button type="button" class="link" onClick={() => insertTable(name)}>
                  <code>{name}</code>
                </button>
              </li>
            )}
          </For>
        </ul>
        <p class="muted">{t("console.viewsExplain")}</p>
      </aside>
      <section class="console-main">
        <textarea
          class="console-editor"
          data-testid="console-sql"
          spellcheck={false}
          aria-label={t("console.editor")}
          value={consoleSql()}
          onInput={(event) => setConsoleSql(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void run();
            }
          }}
        />
        <p>
          <button type="button" class="primary" data-testid="console-run" disabled={state().kind === "running"} onClick={() => void run()}>
            {t("console.run")}
          </button>{" "}
          <span class="muted">{t("console.shortcut")}</span>
        </p>
        <Switch>
          <Match when={state().kind === "running"}>
            <p class="muted">{t("common.loading")}</p>
          </Match>
          <Match when={state().kind === "error" && (state() as { message: string }).message}>
            {(message) => (
              <p class="error console-error" data-testid="console-error" role="alert">
                {message()}
              </p>
            )}
          </Match>
          <Match when={state().kind === "done" && (state() as { result: ConsoleResult }).result}>
            {(result) => (
              <>
                <p class="muted" data-testid="console-row-count">
                  {result().rowCount > result().rows.length
                    ? t("console.firstRows", { shown: fmt.number(result().rows.length), rows: fmt.number(result().rowCount) })
                    : t("console.rows", { rows: fmt.number(result().rowCount) })}{" "}
                  <button type="button" data-testid="console-download" onClick={() => void download(result())}>
                    {t("console.download")}
                  </button>
                </p>
                <ConsoleResultTable result={result()} />
              </>
            )}
          </Match>
        </Switch>
      </section>
    </div>
  );
}
