import { Show } from "solid-js";
import { fmt, t } from "../i18n/i18n";
import { progress } from "../app/store";

/** What is being loaded right now and how far along it is. */
export function ProgressBar() {
  return (
    <Show when={progress()}>
      {(current) => (
        <div class="progress" role="status" data-testid="progress">
          <span>
            {current().fileName} {t(`progress.${current().stage}`)}
            <Show when={current().fraction !== undefined}> {fmt.percent(current().fraction ?? 0, 0)}</Show>
          </span>
          <Show when={current().fraction !== undefined} fallback={<progress />}>
            <progress max="1" value={current().fraction ?? 0} />
          </Show>
        </div>
      )}
    </Show>
  );
}
