import { createSignal, Show } from "solid-js";
import { openInConsole } from "../console/console-state";
import { t } from "../i18n/i18n";

/** "Show SQL": the exact query behind a view, selectable and copyable. */
export function SqlPanel(props: { sql: string }) {
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(props.sql).catch(() => undefined);
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <details class="sql-panel">
      <summary>{t("common.showSql")}</summary>
      <button type="button" class="link" onClick={() => void copy()}>
        <Show when={copied()} fallback={t("common.copy")}>
          {t("common.copied")}
        </Show>
      </button>{" "}
      <button type="button" class="link" data-testid="open-in-console" onClick={() => openInConsole(props.sql)}>
        {t("console.open")}
      </button>
      <pre>
        <code>{props.sql}</code>
      </pre>
    </details>
  );
}
