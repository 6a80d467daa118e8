import { Show } from "solid-js";
import { fmt, t } from "../i18n/i18n";
import { asOfDate, defaultAsOfDate, effectiveAsOfDate, setAsOfDate } from "./store";

/** The analysis date: rows up to and including it are used; default the day after the last purchase. */
export function AsOfControl() {
  return (
    <div class="as-of">
      <label>
        {t("asOf.label")}{" "}
        <input
          type="date"
          data-testid="as-of"
          value={effectiveAsOfDate() ?? ""}
          onChange={(event) => setAsOfDate(/^\d{4}-\d{2}-\d{2}$/.test(event.currentTarget.value) ? event.currentTarget.value : null)}
        />
      </label>
      <Show
        when={asOfDate() !== null && asOfDate() !== defaultAsOfDate()}
        fallback={<span class="muted">{t("asOf.default")}</span>}
      >
        <button type="button" class="link" onClick={() => setAsOfDate(null)}>
          {t("asOf.reset", { date: fmt.date(defaultAsOfDate()) })}
        </button>
      </Show>
    </div>
  );
}
