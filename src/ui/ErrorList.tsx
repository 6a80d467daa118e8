import { For } from "solid-js";
import { t } from "../i18n/i18n";
import { dismissError, errorText, errors } from "../app/store";

/** Problems the user must know about; each says what went wrong and what to do, in the language chosen now. Never a stack trace. */
export function ErrorList() {
  return (
    <div class="errors" aria-live="polite">
      <For each={errors()}>
        {(reported, index) => (
          <div class="error" role="alert" data-testid="error">
            <span>{errorText(reported)}</span>
            <button type="button" class="link" onClick={() => dismissError(index())}>
              {t("common.dismiss")}
            </button>
          </div>
        )}
      </For>
    </div>
  );
}
