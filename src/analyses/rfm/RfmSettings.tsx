import { For, Show } from "solid-js";
import { t } from "../../i18n/i18n";
import type { MonetaryDefinition, ScoreThresholds, Scoring, ScoringMethod, SegmentScheme } from "./options";
import { ThresholdEditor } from "./ThresholdEditor";

/** The choices of the RFM view: monetary definition, scoring (with the cut points), segment scheme. */
export function RfmSettings(props: {
  monetary: MonetaryDefinition;
  scoring: Scoring;
  scheme: SegmentScheme;
  onMonetary: (value: MonetaryDefinition) => void;
  onScoringMethod: (method: ScoringMethod) => void;
  onThresholds: (thresholds: ScoreThresholds) => void;
  onSuggestThresholds: () => void;
  onScheme: (value: SegmentScheme) => void;
}) {
  return (
    <section class="card rfm-settings" data-testid="rfm-settings">
      <label>
        {t("rfm.settings.monetary")}{" "}
        <select data-testid="rfm-monetary" value={props.monetary} onChange={(event) => props.onMonetary(event.currentTarget.value as MonetaryDefinition)}>
          <option value="total">{t("rfm.monetary.total")}</option>
          <option value="mean">{t("rfm.monetary.mean")}</option>
        </select>
      </label>
      <label>
        {t("rfm.settings.scoring")}{" "}
        <select data-testid="rfm-scoring" value={props.scoring.method} onChange={(event) => props.onScoringMethod(event.currentTarget.value as ScoringMethod)}>
          <For each={["quantile", "thresholds", "mean"] as const}>{(method) => <option value={method}>{t(`rfm.scoring.${method}`)}</option>}</For>
        </select>
      </label>
      <label>
        {t("rfm.settings.scheme")}{" "}
        <select data-testid="rfm-scheme" value={props.scheme} onChange={(event) => props.onScheme(event.currentTarget.value as SegmentScheme)}>
          <option value="segments">{t("rfm.scheme.segments")}</option>
          <option value="cn8">{t("rfm.scheme.cn8")}</option>
        </select>
      </label>
      <Show when={props.scoring.method === "thresholds" ? props.scoring.thresholds : undefined}>
        {(thresholds) => <ThresholdEditor thresholds={thresholds()} onApply={props.onThresholds} onSuggest={props.onSuggestThresholds} />}
      </Show>
    </section>
  );
}
