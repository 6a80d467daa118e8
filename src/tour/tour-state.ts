import { createSignal } from "solid-js";
import { ANALYSES } from "../analyses/registry";
import { setCurrentPage } from "../app/store";
import { useViewSetting } from "../app/view-settings";
import { TOUR_STEPS } from "./tour-steps";

// null = no tour; -1 = its start (choose the sample data); 0… = a concept step.
const [tourStep, setTourStep] = createSignal<number | null>(null);
const [presentationMode, setPresentationModeSignal] = createSignal(false);
export { tourStep, presentationMode };

/** Shows a step and opens its view (when that analysis is part of this build). */
export function goToTourStep(index: number): void {
  const step = TOUR_STEPS[index];
  setTourStep(step ? index : -1);
  for (const [analysisId, settings] of Object.entries(step?.viewSettings ?? {})) {
    for (const [key, value] of Object.entries(settings)) useViewSetting(analysisId, key, value)[1](value);
  }
  if (step && ANALYSES.some((analysis) => analysis.id === step.page)) setCurrentPage(step.page);
}

/** Opens the tour at its start. */
export function startTour(): void {
  setTourStep(-1);
}

/** Closes the tour (and leaves presentation mode). */
export function endTour(): void {
  setTourStep(null);
  setPresentationMode(false);
}

/** Large type for a projector: the whole page scales from the root font size. */
export function setPresentationMode(on: boolean): void {
  setPresentationModeSignal(on);
  document.documentElement.classList.toggle("presentation", on);
}
