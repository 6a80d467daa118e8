import { createSignal, For, Show } from "solid-js";
import { t } from "../../i18n/i18n";
import { DEFAULT_TIER_PERCENTAGES, DEFAULT_WINDOW_DAYS, type PyramidSettings, type TierRule } from "./options";
import { tierLabel } from "./labels";

const RULE_FIELDS = ["top", "big", "medium"] as const;

/** Window (N days or all time) and tier rule (cumulative percentages or spend thresholds) of the pyramid. */
export function PyramidControls(props: {
  settings: PyramidSettings;
  problems: string[];
  onChange: (next: PyramidSettings) => void;
  /** Thresholds to start from when switching to them, e.g. the current tiers' lowest revenues. */
  suggestedThresholds: () => TierRule | null;
}) {
  const [typedDays, setTypedDays] = createSignal(props.settings.windowDays === "all" ? DEFAULT_WINDOW_DAYS : props.settings.windowDays);
  const [lastThresholds, setLastThresholds] = createSignal<TierRule | null>(null);
  const rule = () => props.settings.tierRule;
  const update = (patch: Partial<PyramidSettings>) => props.onChange({ ...props.settings, ...patch });

  const setDays = (value: number) => {
    setTypedDays(value);
    update({ windowDays: value });
  };
  const switchRule = (kind: TierRule["kind"]) => {
    if (kind === rule().kind) return;
    if (kind === "percentages") {
      setLastThresholds(rule());
      update({ tierRule: DEFAULT_TIER_PERCENTAGES });
    } else {
      update({ tierRule: lastThresholds() ?? props.suggestedThresholds() ?? { kind: "thresholds", top: 0, big: 0, medium: 0 } });
    }
  };
  const setRuleValue = (field: (typeof RULE_FIELDS)[number], value: number) => update({ tierRule: { ...rule(), [field]: value } });

  return (
    <section class="card pyramid-controls" data-testid="pyramid-controls">
      <fieldset>
        <legend>{t("pyramid.window")}</legend>
        <label>
          <input type="radio" name="pyramid-window" checked={props.settings.windowDays !== "all"} onChange={() => update({ windowDays: typedDays() })} />{" "}
          {t("pyramid.window.last")}{" "}
          <input
            type="number"
            min="1"
            step="1"
            class="pyramid-days"
            data-testid="pyramid-window-days"
            value={typedDays()}
            onChange={(event) => setDays(event.currentTarget.valueAsNumber)}
          />{" "}
          {t("pyramid.window.days")}
        </label>
        <label>
          <input type="radio" name="pyramid-window" data-testid="pyramid-window-all" checked={props.settings.windowDays === "all"} onChange={() => update({ windowDays: "all" })} />{" "}
          {t("pyramid.window.all")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("pyramid.rule")}</legend>
        <label>
          <input type="radio" name="pyramid-rule" checked={rule().kind === "percentages"} onChange={() => switchRule("percentages")} /> {t("pyramid.rule.percentages")}
        </label>
        <label>
          <input type="radio" name="pyramid-rule" data-testid="pyramid-rule-thresholds" checked={rule().kind === "thresholds"} onChange={() => switchRule("thresholds")} />{" "}
          {t("pyramid.rule.thresholds")}
        </label>
        <div class="pyramid-rule-values">
          <For each={RULE_FIELDS}>
            {(field) => (
              <label>
                {tierLabel(field)} {rule().kind === "percentages" ? "≤" : "≥"}{" "}
                <input
                  type="number"
                  step="any"
                  data-testid={`pyramid-rule-${field}`}
                  value={rule()[field]}
                  onChange={(event) => setRuleValue(field, event.currentTarget.valueAsNumber)}
                />
                {rule().kind === "percentages" ? " %" : ""}
              </label>
            )}
          </For>
          <Show when={rule().kind === "percentages" && JSON.stringify(rule()) !== JSON.stringify(DEFAULT_TIER_PERCENTAGES)}>
            <button type="button" class="link" onClick={() => update({ tierRule: DEFAULT_TIER_PERCENTAGES })}>
              {t("pyramid.rule.reset")}
            </button>
          </Show>
        </div>
        <p class="hint muted">
          {rule().kind === "percentages" ? t("pyramid.rule.percentHint", { top: rule().top, big: rule().big, medium: rule().medium }) : t("pyramid.rule.thresholdHint")}
        </p>
      </fieldset>
      <For each={props.problems}>{(problem) => <p class="error" role="alert">{t(problem)}</p>}</For>
    </section>
  );
}
