import { CALENDAR_PERIODS, isCalendarPeriod, type CalendarPeriod } from "../period";
import type { AsOfOptions } from "../as-of";

/** The calendar period cohorts and offsets are counted in: month, ISO week (Monday to Sunday) or quarter. */
export type CohortPeriod = CalendarPeriod;

export const COHORT_PERIODS = CALENDAR_PERIODS;

/** Settings of the cohort analysis. */
export type CohortOptions = AsOfOptions & {
  period: CohortPeriod;
  /** ISO date inside the first cohort to show (its period's cohort and later); null = from the first. */
  firstCohort?: string | null;
  /** ISO date inside the last cohort to show; null = up to the last. */
  lastCohort?: string | null;
};

/** Whether a text is one of the periods (for the command line and settings links). */
export const isCohortPeriod = isCalendarPeriod;
