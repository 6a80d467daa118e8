import { createSignal, Show } from "solid-js";
import { snapshotSettings } from "../app/settings";
import { t } from "../i18n/i18n";
import { downloadBlob } from "../ui/download";
import { settingsFromFileText, settingsLink, settingsToFileText } from "./settings-codec";
import { applySharedSettings } from "./shared-settings";

/** "Share settings": a link that reproduces the view on the same data, and save / open a settings file. */
export function ShareControls() {
  const [link, setLink] = createSignal("");
  const [copied, setCopied] = createSignal(false);
  const [problem, setProblem] = createSignal<string | null>(null);
  let fileInput: HTMLInputElement | undefined;

  const makeLink = async () => {
    setLink(settingsLink(snapshotSettings(), window.location.href));
    setCopied(await navigator.clipboard?.writeText(link()).then(() => true, () => false) ?? false);
  };
  const saveFile = () => downloadBlob("crm-studio-settings.json", new Blob([settingsToFileText(snapshotSettings())], { type: "application/json" }));
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      applySharedSettings(settingsFromFileText(await file.text()));
      setProblem(null);
    } catch {
      setProblem(t("share.notSettingsFile", { file: file.name }));
    }
  };

  return (
    <details class="share-controls" data-testid="share">
      <summary>{t("share.title")}</summary>
      <div class="share-body">
        <p class="muted">{t("share.explain")}</p>
        <button type="button" data-testid="share-link" onClick={() => void makeLink()}>
          {t("share.makeLink")}
        </button>
        <Show when={link()}>
          <input class="share-link" type="text" readonly value={link()} data-testid="settings-link" onFocus={(event) => event.currentTarget.select()} />
          <span class="muted">{copied() ? t("share.copied") : t("share.copyByHand")}</span>
        </Show>
        <p>
          <button type="button" data-testid="settings-save" onClick={saveFile}>
            {t("share.save")}
          </button>{" "}
          <button type="button" data-testid="settings-open" onClick={() => fileInput?.click()}>
            {t("share.open")}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            data-testid="settings-file"
            onChange={(event) => {
              void openFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = "";
            }}
          />
        </p>
        <Show when={problem()}>
          <p class="error">{problem()}</p>
        </Show>
      </div>
    </details>
  );
}
