import { createEffect, createSignal, For, on, Show } from "solid-js";
import { t } from "../../i18n/i18n";
import { cutpointsProblem, RFM_MEASURES, type Cutpoints, type RfmMeasure, type ScoreThresholds } from "./options";

/** Four number boxes per measure; the cut points are applied only when all twelve make sense. */
export function ThresholdEditor(props: { thresholds: ScoreThresholds; onApply: (thresholds: ScoreThresholds) => void; onSuggest: () => void }) {
  const [draft, setDraft] = createSignal<Record<RfmMeasure, string[]>>(toText(props.thresholds));
  const [problem, setProblem] = createSignal<string | null>(null);
  createEffect(on(() => props.thresholds, (thresholds) => setDraft(toText(thresholds)), { defer: true }));
  const edit = (measure: RfmMeasure, index: number, value: string) => setDraft((old) => ({ ...old, [measure]: old[measure].map((cell, i) => (i === index ? value : cell)) }));
  const apply = () => {
    const parsed = {} as Record<RfmMeasure, Cutpoints>;
    for (const measure of RFM_MEASURES) {
      const values = draft()[measure].map((cell) => (cell.trim() === "" ? NaN : Number(cell)));
      const reason = cutpointsProblem(values);
      if (reason) return setProblem(`${t(`rfm.measure.${measure}`)}: ${t(`rfm.thresholds.problem.${reason}`)}`);
      parsed[measure] = values as unknown as Cutpoints;
    }
    setProblem(null);
    props.onApply(parsed);
  };
  return (
    <fieldset class="rfm-thresholds" data-testid="rfm-thresholds">
      <legend>{t("rfm.thresholds.title")}</legend>
      <For each={RFM_MEASURES}>
        {(measure) => (
          <div class="rfm-threshold-row">
            <span class="rfm-threshold-label">{t(`rfm.thresholds.${measure}`)}</span>
            <For each={[0, 1, 2, 3]}>
              {(index) => (
                <input
                  type="number"
                  step="any"
                  aria-label={`${t(`rfm.measure.${measure}`)} ${index + 1}`}
                  value={draft()[measure][index] ?? ""}
                  onInput={(event) => edit(measure, index, event.currentTarget.value)}
                />
              )}
            </For>
          </div>
        )}
      </For>
      <div class="rfm-threshold-actions">
        <button type="button" class="primary" onClick={apply}>
          {t("rfm.thresholds.apply")}
        </button>
        <button type="button" onClick={() => props.onSuggest()}>
          {t("rfm.thresholds.suggest")}
        </button>
        <Show when={problem()}>
          <span class="error" role="alert">
            {problem()}
          </span>
        </Show>
      </div>
    </fieldset>
  );
}

function toText(thresholds: ScoreThresholds): Record<RfmMeasure, string[]> {
  return { recency: thresholds.recency.map(String), frequency: thresholds.frequency.map(String), monetary: thresholds.monetary.map(String) };
}
