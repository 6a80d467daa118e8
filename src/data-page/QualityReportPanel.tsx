import { For, Show } from "solid-js";
import { fmt, t } from "../i18n/i18n";
import { customerTable, dropDuplicates, report, setDropDuplicates, sources } from "../app/store";
import { pageDatabase } from "../app/database";
import { excludedRowsSql } from "../ingest/canonical/excluded-rows";
import type { Row } from "../engine/database";
import { downloadCsv } from "../ui/download";
import type { QualityReasonCount } from "../ingest/types";

async function downloadExcludedRows(): Promise<void> {
  const db = await pageDatabase();
  const rows: Row[] = [];
  const columns = new Set<string>(["file", "row", "reason"]);
  for (const source of sources().filter((candidate) => candidate.role === "transactions")) {
    for (const row of await db.query(excludedRowsSql(source.raw))) {
      const { reason, __row, ...values } = row;
      Object.keys(values).forEach((column) => columns.add(column));
      rows.push({ file: source.raw.fileName, row: __row, reason, ...values });
    }
  }
  downloadCsv("excluded-rows.csv", rows, [...columns]);
}

function Examples(props: { reason: QualityReasonCount }) {
  const columns = () => [...new Set(props.reason.examples.flatMap((example) => Object.keys(example.values)))];
  return (
    <table class="examples">
      <thead>
        <tr>
          <th>{t("quality.file")}</th>
          <th>{t("quality.row")}</th>
          <For each={columns()}>{(column) => <th>{column}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={props.reason.examples}>
          {(example) => (
            <tr>
              <td>{example.fileName}</td>
              <td>{fmt.number(example.row)}</td>
              <For each={columns()}>{(column) => <td>{example.values[column] ?? <span class="muted">{t("quality.empty")}</span>}</td>}</For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** Rows read, rows used, and every excluded or noted row counted by reason, with examples. */
export function QualityReportPanel() {
  const excluded = () => report()?.reasons.filter((reason) => reason.kind === "excluded" && reason.rows > 0) ?? [];
  const kept = () => report()?.reasons.filter((reason) => reason.kind === "kept" && reason.rows > 0) ?? [];
  return (
    <Show when={report()}>
      {(current) => (
        <section class="card quality" data-testid="quality-report">
          <h2>{t("quality.title")}</h2>
          <div class="kpis">
            <div class="kpi">
              <div class="kpi-value" data-testid="rows-read">{fmt.number(current().rowsRead)}</div>
              <div class="kpi-label">{t("quality.rowsRead")}</div>
            </div>
            <div class="kpi">
              <div class="kpi-value" data-testid="rows-used">{fmt.number(current().rowsUsed)}</div>
              <div class="kpi-label">{t("quality.rowsUsed")}</div>
            </div>
            <div class="kpi">
              <div class="kpi-value" data-testid="rows-excluded">{fmt.number(current().rowsRead - current().rowsUsed)}</div>
              <div class="kpi-label">{t("quality.rowsExcluded")}</div>
            </div>
          </div>
          <Show when={excluded().length === 0 && kept().length === 0}>
            <p>{t("quality.allGood")}</p>
          </Show>
          <For each={[...excluded(), ...kept()]}>
            {(reason) => (
              <details class="reason" classList={{ excluded: reason.kind === "excluded" }} data-testid={`reason-${reason.reason}`}>
                <summary>
                  <span class="reason-count">{fmt.number(reason.rows)}</span>
                  <span class="reason-kind">{t(`quality.kind.${reason.kind}`)}</span>
                  <span>{t(`reason.${reason.reason}`)}</span>
                </summary>
                <p class="muted">{t(`reason.${reason.reason}.help`)}</p>
                <Examples reason={reason} />
              </details>
            )}
          </For>
          <Show when={customerTable()}>
            {(table) => (
              <p data-testid="customer-table-summary">
                {t("quality.customerTable", {
                  customers: fmt.number(table().customers),
                  withPurchases: fmt.number(table().withPurchases),
                  missing: fmt.number(table().buyersNotInTable),
                })}
              </p>
            )}
          </Show>
          <div class="quality-actions">
            <label>
              <input type="checkbox" data-testid="drop-duplicates" checked={dropDuplicates()} onChange={(event) => void setDropDuplicates(event.currentTarget.checked)} />
              {t("quality.dropDuplicates")}
            </label>
            <Show when={excluded().length > 0}>
              <button type="button" data-testid="download-excluded" onClick={() => void downloadExcludedRows()}>
                {t("quality.downloadExcluded")}
              </button>
            </Show>
          </div>
        </section>
      )}
    </Show>
  );
}
