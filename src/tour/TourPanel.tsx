import { For, Match, Show, Switch } from "solid-js";
import { ANALYSES } from "../analyses/registry";
import { loadSample, progress, report } from "../app/store";
import { SAMPLES, sampleFile } from "../data-page/samples";
import { locale, t } from "../i18n/i18n";
import { endTour, goToTourStep, presentationMode, setPresentationMode, tourStep } from "./tour-state";
import { TOUR_STEPS, type TourStep } from "./tour-steps";

async function startWithSample(sample: (typeof SAMPLES)[number]): Promise<void> {
  const file = sampleFile(sample, locale());
  await loadSample(file.url, file.fileName);
  if (report() !== null) goToTourStep(0);
}

function StepBody(props: { step: TourStep; index: number }) {
  const available = () => ANALYSES.some((analysis) => analysis.id === props.step.page);
  return (
    <>
      <p class="tour-count muted">{t("tour.stepOf", { step: props.index + 1, steps: TOUR_STEPS.length })}</p>
      <h2 data-testid="tour-title">{t(`tour.${props.step.id}.title`)}</h2>
      <p>{t(`tour.${props.step.id}.concept`)}</p>
      <p class="tour-formula" data-testid="tour-formula">
        <code>{t(`tour.${props.step.id}.formula`)}</code>
      </p>
      <p class="tour-question">
        <strong>{t("tour.discuss")}</strong> {t(`tour.${props.step.id}.question`)}
      </p>
      <Show when={!available()}>
        <p class="muted">{t("tour.viewMissing")}</p>
      </Show>
    </>
  );
}

/** The guided tour for class: one concept per step, its view opened beside it, with a formula and a question. */
export function TourPanel() {
  const index = () => tourStep() ?? -1;
  return (
    <Show when={tourStep() !== null}>
      <aside class="card tour-panel no-print" data-testid="tour" aria-label={t("tour.title")}>
        <Switch>
          <Match when={index() < 0}>
            <h2 data-testid="tour-title">{t("tour.title")}</h2>
            <p>{t("tour.intro")}</p>
            <p class="tour-samples">
              <For each={SAMPLES}>
                {(sample) => (
                  <button type="button" class="primary" data-testid={`tour-sample-${sample.id}`} disabled={progress() !== null} onClick={() => void startWithSample(sample)}>
                    {t(`sample.${sample.id}`)}
                  </button>
                )}
              </For>
              <Show when={report() !== null}>
                <button type="button" data-testid="tour-loaded-data" onClick={() => goToTourStep(0)}>
                  {t("tour.useLoaded")}
                </button>
              </Show>
            </p>
          </Match>
          <Match when={TOUR_STEPS[index()]}>{(step) => <StepBody step={step()} index={index()} />}</Match>
        </Switch>
        <div class="tour-actions">
          <button type="button" data-testid="tour-back" disabled={index() < 0} onClick={() => goToTourStep(index() - 1)}>
            {t("tour.back")}
          </button>
          <Show when={index() >= 0}>
            <Show
              when={index() < TOUR_STEPS.length - 1}
              fallback={
                <button type="button" class="primary" data-testid="tour-finish" onClick={endTour}>
                  {t("tour.finish")}
                </button>
              }
            >
              <button type="button" class="primary" data-testid="tour-next" onClick={() => goToTourStep(index() + 1)}>
                {t("tour.next")}
              </button>
            </Show>
          </Show>
          <label class="tour-presentation">
            <input type="checkbox" data-testid="presentation-mode" checked={presentationMode()} onChange={(event) => setPresentationMode(event.currentTarget.checked)} />{" "}
            {t("tour.presentation")}
          </label>
          <button type="button" class="link" data-testid="tour-close" onClick={endTour}>
            {t("tour.close")}
          </button>
        </div>
      </aside>
    </Show>
  );
}
