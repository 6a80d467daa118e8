import { createSignal, For, Show } from "solid-js";
import { t } from "../i18n/i18n";
import { rereadFile } from "../app/store";
import type { ReadOptions } from "../ingest/read/load-raw-table";
import type { Source } from "../workspace/source";

/** The encodings a user can choose; each has an `encoding.<name>` message. */
export const ENCODINGS = ["utf-8", "gb18030", "big5", "windows-1252", "macintosh", "utf-16le"];
const DELIMITERS: [value: string, name: string][] = [[",", "comma"], [";", "semicolon"], ["\t", "tab"], ["|", "pipe"], ["whitespace", "whitespace"]];

/** When detection guessed wrong: read the file again with another encoding, delimiter or header setting. */
export function ReadOptionsForm(props: { source: Source }) {
  const [encoding, setEncoding] = createSignal(props.source.readOptions.encoding ?? "");
  const [delimiter, setDelimiter] = createSignal(props.source.readOptions.delimiter ?? "");
  const [header, setHeader] = createSignal(props.source.readOptions.header === undefined ? "" : String(props.source.readOptions.header));
  const delimited = () => props.source.raw.format.kind === "delimited";

  const reread = () => {
    const options: ReadOptions = {};
    if (encoding()) options.encoding = encoding();
    if (delimiter()) options.delimiter = delimiter();
    if (header()) options.header = header() === "true";
    void rereadFile(props.source.raw.table, options);
  };

  return (
    <Show when={delimited() || props.source.raw.format.kind === "xlsx"}>
      <details class="read-options">
        <summary>{t("read.title")}</summary>
        <div class="read-options-row">
          <Show when={delimited()}>
            <label>
              {t("read.encoding")}{" "}
              <select data-testid="read-encoding" onChange={(event) => setEncoding(event.currentTarget.value)}>
                <option value="" selected={!encoding()}>{t("read.auto")}</option>
                <For each={ENCODINGS}>{(name) => <option value={name} selected={encoding() === name}>{t(`encoding.${name}`)}</option>}</For>
              </select>
            </label>
            <label>
              {t("read.delimiter")}{" "}
              <select data-testid="read-delimiter" onChange={(event) => setDelimiter(event.currentTarget.value)}>
                <option value="" selected={!delimiter()}>{t("read.auto")}</option>
                <For each={DELIMITERS}>{([value, name]) => <option value={value} selected={delimiter() === value}>{t(`delimiter.${name}`)}</option>}</For>
              </select>
            </label>
          </Show>
          <label>
            {t("read.header")}{" "}
            <select data-testid="read-header" onChange={(event) => setHeader(event.currentTarget.value)}>
              <option value="" selected={!header()}>{t("read.auto")}</option>
              <option value="true" selected={header() === "true"}>{t("read.headerYes")}</option>
              <option value="false" selected={header() === "false"}>{t("read.headerNo")}</option>
            </select>
          </label>
          <button type="button" data-testid="reread" onClick={reread}>
            {t("read.again")}
          </button>
        </div>
      </details>
    </Show>
  );
}
