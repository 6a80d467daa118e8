import { Show } from "solid-js";
import { t } from "../i18n/i18n";
import { discardPendingSettings, pendingSettings } from "./shared-settings";

/** Tells whoever opened a settings link that its settings wait for the data set to be loaded. */
export function PendingSettingsNotice() {
  return (
    <Show when={pendingSettings()}>
      <p class="card pending-settings" data-testid="pending-settings">
        {t("share.pending")}{" "}
        <button type="button" class="link" onClick={discardPendingSettings}>
          {t("share.discard")}
        </button>
      </p>
    </Show>
  );
}
