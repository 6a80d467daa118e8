import { For, Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { downloadCsv } from "../../ui/download";
import { fromLabel, toLabel } from "./labels";
import { summarizeMigration } from "./migration-summary";
import { MIGRATION_FROM, MIGRATION_TO, type MigrationCell, type MigrationFrom, type MigrationTo } from "./types";

/** Customers from each tier of the previous window to each tier now; a click on a count lists them. */
export function MigrationMatrix(props: {
  cells: MigrationCell[];
  selected: { from: MigrationFrom; to: MigrationTo } | null;
  onSelect: (from: MigrationFrom, to: MigrationTo) => void;
}) {
  const count = (from: MigrationFrom, to: MigrationTo) => props.cells.find((cell) => cell.from_tier === from && cell.to_tier === to)?.customers ?? 0;
  const rowTotal = (from: MigrationFrom) => MIGRATION_TO.reduce((sum, to) => sum + count(from, to), 0);
  const columnTotal = (to: MigrationTo) => MIGRATION_FROM.reduce((sum, from) => sum + count(from, to), 0);
  const summary = () => summarizeMigration(props.cells);

  return (
    <section class="card">
      <h2>{t("pyramid.migration.title")}</h2>
      <p class="hint muted">{t("pyramid.migration.caption")}</p>
      <div class="pyramid-table-scroll">
        <table class="pyramid-matrix" data-testid="pyramid-migration">
          <thead>
            <tr>
              <th>{t("pyramid.migration.corner")}</th>
              <For each={MIGRATION_TO}>{(to) => <th class="num">{toLabel(to)}</th>}</For>
              <th class="num">{t("pyramid.migration.total")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={MIGRATION_FROM}>
              {(from) => (
                <tr>
                  <th>{fromLabel(from)}</th>
                  <For each={MIGRATION_TO}>
                    {(to) => (
                      <td class="num" classList={{ "pyramid-selected": props.selected?.from === from && props.selected?.to === to }} data-cell={`${from}-${to}`}>
                        <Show when={count(from, to) > 0} fallback={<span class="muted">·</span>}>
                          <button type="button" class="link" onClick={() => props.onSelect(from, to)}>
                            {fmt.number(count(from, to))}
                          </button>
                        </Show>
                      </td>
                    )}
                  </For>
                  <td class="num">{fmt.number(rowTotal(from))}</td>
                </tr>
              )}
            </For>
            <tr>
              <th>{t("pyramid.migration.total")}</th>
              <For each={MIGRATION_TO}>{(to) => <td class="num">{fmt.number(columnTotal(to))}</td>}</For>
              <td class="num">{fmt.number(props.cells.reduce((sum, cell) => sum + cell.customers, 0))}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p data-testid="pyramid-migration-summary">
        {t("pyramid.migration.summary", {
          up: fmt.number(summary().up),
          same: fmt.number(summary().same),
          down: fmt.number(summary().down),
          new: fmt.number(summary().new),
          lost: fmt.number(summary().lost),
          back: fmt.number(summary().back),
        })}
      </p>
      <button type="button" onClick={() => downloadCsv("pyramid-migration.csv", props.cells)}>
        {t("pyramid.migration.download")}
      </button>
    </section>
  );
}
