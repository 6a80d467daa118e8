import { createSignal } from "solid-js";
import { ANALYSES } from "../analyses/registry";

/** The page id of the printable report. */
export const REPORT_PAGE = "report";

// Which views the report holds; CLV is left out by default because fitting its models takes a while.
const [chosenViews, setChosenViews] = createSignal<string[]>(ANALYSES.map((analysis) => analysis.id).filter((id) => id !== "clv"));
export { chosenViews };

/** Adds or removes a view from the report, keeping the tab order. */
export function toggleReportView(id: string, included: boolean): void {
  setChosenViews((current) => ANALYSES.map((analysis) => analysis.id).filter((candidate) => (candidate === id ? included : current.includes(candidate))));
}
