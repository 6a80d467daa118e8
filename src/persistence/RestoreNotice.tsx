import { Show } from "solid-js";
import { t } from "../i18n/i18n";
import { restoring } from "./restore";

/** Says that the last visit's files are coming back; the progress bar below shows each file. */
export function RestoreNotice() {
  return (
    <Show when={restoring()}>
      {(current) => (
        <div class="restore-notice" role="status" data-testid="restoring">
          {t("storage.restoring", { files: current().files })}
        </div>
      )}
    </Show>
  );
}
