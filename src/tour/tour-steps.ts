/** One step of the guided tour: the page it opens; its texts are `tour.<id>.title|concept|formula|question`. */
export interface TourStep {
  id: string;
  page: string;
  /** View settings the step turns on, e.g. the RFM view's 8-class scheme: analysis id → key → value. */
  viewSettings?: Record<string, Record<string, unknown>>;
}

/** The course's concepts in teaching order, each on the view that shows it. */
export const TOUR_STEPS: readonly TourStep[] = [
  { id: "basics", page: "overview" },
  { id: "pyramid", page: "pyramid" },
  { id: "rfm", page: "rfm", viewSettings: { rfm: { scheme: "cn8" } } },
  { id: "cohorts", page: "cohorts" },
  { id: "churn", page: "churn" },
  { id: "clv", page: "clv" },
];
