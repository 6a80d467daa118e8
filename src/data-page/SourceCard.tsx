import { For, Show } from "solid-js";
import { fmt, t } from "../i18n/i18n";
import { removeFile, updateSource } from "../app/store";
import type { Source, SourceRole } from "../workspace/source";
import { MappingEditor } from "./MappingEditor";
import { ENCODINGS, ReadOptionsForm } from "./ReadOptionsForm";

const ROLES: SourceRole[] = ["transactions", "customers", "ignore"];

function formatSummary(source: Source): string {
  const format = source.raw.format;
  const parts: string[] = [t(`format.${format.kind}`)];
  if (format.encoding) parts.push(ENCODINGS.includes(format.encoding) ? t(`encoding.${format.encoding}`) : format.encoding.toUpperCase());
  if (format.delimiter) parts.push(t("format.delimiter", { delimiter: t(`delimiter.${delimiterName(format.delimiter)}`) }));
  if (format.lineEnding) parts.push(format.lineEnding);
  if (format.header === false) parts.push(t("format.noHeader"));
  if (format.sheet) parts.push(t("format.sheet", { sheet: format.sheet }));
  return parts.join(" · ");
}

function delimiterName(delimiter: string): string {
  return { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe", " ": "whitespace" }[delimiter] ?? "other";
}

/** A loaded file: what was detected, its role, its column mapping and its first rows. */
export function SourceCard(props: { source: Source }) {
  const mappedColumns = () => new Set(Object.values(props.source.mapping.columns).filter(Boolean));
  return (
    <section class="card source-card" data-testid="source-card">
      <header class="source-header">
        <div>
          <h3>{props.source.raw.fileName}</h3>
          <p class="muted">
            {t("data.rowsColumns", { rows: fmt.number(props.source.raw.rowCount), columns: props.source.raw.columns.length })} ·{" "}
            {formatSummary(props.source)}
          </p>
        </div>
        <div class="source-actions">
          <label>
            {t("data.role")}{" "}
            <select
              data-testid="source-role"
              onChange={(event) => updateSource(props.source.raw.table, (source) => ({ ...source, role: event.currentTarget.value as SourceRole }))}
            >
              <For each={ROLES}>
                {(role) => (
                  <option value={role} selected={props.source.role === role}>
                    {t(`role.${role}`)}
                  </option>
                )}
              </For>
            </select>
          </label>
          <button type="button" class="link danger" onClick={() => void removeFile(props.source.raw.table)}>
            {t("data.remove")}
          </button>
        </div>
      </header>
      <ReadOptionsForm source={props.source} />
      <Show when={props.source.role !== "ignore"}>
        <MappingEditor source={props.source} />
      </Show>
      <div class="preview">
        <table>
          <thead>
            <tr>
              <For each={props.source.raw.columns}>{(column) => <th classList={{ mapped: mappedColumns().has(column) }}>{column}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.source.preview}>
              {(row) => (
                <tr>
                  <For each={props.source.raw.columns}>{(column) => <td classList={{ mapped: mappedColumns().has(column) }}>{row[column] ?? ""}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </section>
  );
}
