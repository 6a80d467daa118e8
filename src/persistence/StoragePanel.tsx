import { createResource, createSignal, For, Match, Show, Switch } from "solid-js";
import { locale, t } from "../i18n/i18n";
import { offlineState } from "../offline/register-service-worker";
import { formatBytes } from "./format-bytes";
import { forgetKeptData, keptBytes, keptFiles, notKeptFiles, saveState } from "./persisted-session";
import { notRestored } from "./restore";
import { MAX_KEPT_FILE_BYTES } from "./storage-limits";

const size = (bytes: number) => formatBytes(locale(), bytes);

/** What is kept in this browser, how much storage it uses, files that could not be kept, and "forget this data". */
export function StoragePanel() {
  const [confirming, setConfirming] = createSignal(false);
  const [usage] = createResource(
    () => [saveState(), keptFiles()] as const,
    async () => ({ kept: await keptBytes(), estimate: await navigator.storage?.estimate?.().catch(() => null) }),
  );
  const anything = () => keptFiles().length > 0 || notKeptFiles().length > 0;

  return (
    <section class="card storage-panel" data-testid="storage-panel" data-state={saveState()}>
      <h2>
        {t("storage.title")}
        <Switch>
          <Match when={saveState() === "saving"}>
            <span class="storage-state muted"> · {t("storage.saving")}</span>
          </Match>
          <Match when={saveState() === "saved" && keptFiles().length > 0}>
            <span class="storage-state muted" data-testid="storage-saved"> · {t("storage.saved")}</span>
          </Match>
        </Switch>
      </h2>
      <Switch>
        <Match when={saveState() === "unavailable"}>
          <p class="storage-warning">{t("storage.unavailable")}</p>
        </Match>
        <Match when={keptFiles().length > 0}>
          <p data-testid="storage-summary">{t("storage.summary", { files: keptFiles().length, size: size(usage()?.kept ?? keptFiles().reduce((sum, file) => sum + file.size, 0)) })}</p>
        </Match>
        <Match when={true}>
          <p class="muted">{t("storage.empty")}</p>
        </Match>
      </Switch>
      <Show when={saveState() === "failed"}>
        <p class="storage-warning">{t("storage.failed")}</p>
      </Show>
      <For each={notKeptFiles()}>
        {(file) => (
          <p class="storage-warning" data-testid="storage-not-kept">
            {t(`storage.notKept.${file.reason}`, { file: file.fileName, size: size(file.size), limit: size(MAX_KEPT_FILE_BYTES) })}
          </p>
        )}
      </For>
      <For each={notRestored()}>
        {(file) => (
          <p class="storage-warning" data-testid="storage-not-restored">
            {t("storage.notRestored", { file: file.fileName, size: size(file.size) })}
          </p>
        )}
      </For>
      <p class="muted storage-usage">
        <Show when={usage()?.estimate?.quota}>
          <span data-testid="storage-usage">{t("storage.usage", { used: size(usage()?.estimate?.usage ?? 0), quota: size(usage()?.estimate?.quota ?? 0) })}</span>{" "}
        </Show>
        {t("storage.limit", { limit: size(MAX_KEPT_FILE_BYTES) })}{" "}
        <Switch>
          <Match when={offlineState() === "ready"}>
            <span data-testid="offline-ready">{t("offline.ready")}</span>
          </Match>
          <Match when={offlineState() === "preparing"}>
            <span>{t("offline.preparing")}</span>
          </Match>
        </Switch>
      </p>
      <Show when={anything()}>
        <Show
          when={confirming()}
          fallback={
            <button type="button" data-testid="forget-data" onClick={() => setConfirming(true)}>
              {t("storage.forget")}
            </button>
          }
        >
          <div class="storage-confirm" role="alertdialog">
            <span>{t("storage.forgetConfirm")}</span>
            <button type="button" class="danger" data-testid="forget-confirm" onClick={() => void forgetKeptData().finally(() => setConfirming(false))}>
              {t("storage.forgetYes")}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t("storage.cancel")}
            </button>
          </div>
        </Show>
      </Show>
    </section>
  );
}
