import { createSignal } from "solid-js";
import { t } from "../i18n/i18n";
import { loadFiles, progress } from "../app/store";
import { readFileWithProgress } from "./read-file";

const ACCEPT = ".csv,.tsv,.txt,.tab,.dat,.xlsx,.parquet,.json,.ndjson,.jsonl";

/** Drop zone and file picker; several files at once. Nothing leaves the page. */
export function FileDrop() {
  const [over, setOver] = createSignal(false);
  let input!: HTMLInputElement;

  const take = (list: FileList | null) => {
    const files = [...(list ?? [])].map((file) => ({
      fileName: file.name,
      bytes: (onProgress: (fraction: number) => void) => readFileWithProgress(file, onProgress),
      blob: file,
    }));
    if (files.length) void loadFiles(files);
  };

  return (
    <div
      class="drop-zone"
      classList={{ over: over(), busy: progress() !== null }}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer?.files ?? null);
      }}
    >
      <p class="drop-title">{t("data.dropTitle")}</p>
      <p class="muted">{t("data.dropFormats")}</p>
      <button type="button" class="primary" onClick={() => input.click()}>
        {t("data.pickFiles")}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        data-testid="file-input"
        class="hidden-input"
        onChange={(event) => {
          take(event.currentTarget.files);
          event.currentTarget.value = "";
        }}
      />
      <p class="privacy">{t("data.privacy")}</p>
    </div>
  );
}
