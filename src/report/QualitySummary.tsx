import { For, Show } from "solid-js";
import { customerTable, report, sources } from "../app/store";
import { fmt, t } from "../i18n/i18n";

/** The data-quality summary of the report: files, rows read and used, every reason with its count. */
export function QualitySummary() {
  return (
    <Show when={report()}>
      {(quality) => (
        <section class="report-quality" data-testid="report-quality">
          <h2>{t("quality.title")}</h2>
          <p>
            {t("report.files", { files: sources().filter((source) => source.role !== "ignore").map((source) => source.raw.fileName).join(", ") })}{" "}
            {t("report.rows", { read: fmt.number(quality().rowsRead), used: fmt.number(quality().rowsUsed) })}
          </p>
          <Show when={quality().reasons.length > 0} fallback={<p>{t("quality.allGood")}</p>}>
            <table>
              <tbody>
                <For each={quality().reasons}>
                  {(reason) => (
                    <tr>
                      <td class="num">{fmt.number(reason.rows)}</td>
                      <td>{t(`quality.kind.${reason.kind}`)}</td>
                      <td>{t(`reason.${reason.reason}`)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
          <Show when={customerTable()}>
            {(table) => (
              <p>
                {t("quality.customerTable", {
                  customers: fmt.number(table().customers),
                  withPurchases: fmt.number(table().withPurchases),
                  missing: fmt.number(table().buyersNotInTable),
                })}
              </p>
            )}
          </Show>
        </section>
      )}
    </Show>
  );
}
