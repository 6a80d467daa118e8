import { For } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { COHORT_MEASURES, type CohortMeasure } from "./measures";
import { COHORT_PERIODS, type CohortPeriod } from "./options";
import type { CohortListRow } from "./types";

/** The cohort range by first-period dates; null = open on that side. */
export type CohortRange = { first: string | null; last: string | null };

/** Period, measure and cohort-range selects of the cohort view. */
export function CohortControls(props: {
  period: CohortPeriod;
  measure: CohortMeasure;
  range: CohortRange;
  cohorts: CohortListRow[];
  onPeriod: (period: CohortPeriod) => void;
  onMeasure: (measure: CohortMeasure) => void;
  onRange: (range: CohortRange) => void;
}) {
  const first = () => props.range.first ?? props.cohorts[0]?.cohort_start ?? "";
  const last = () => props.range.last ?? props.cohorts.at(-1)?.cohort_start ?? "";
  const cohortOptions = (selected: () => string, allowed: (start: string) => boolean) => (
    <For each={props.cohorts}>
      {(row) => (
        <option value={row.cohort_start} selected={row.cohort_start === selected()} disabled={!allowed(row.cohort_start)}>
          {row.cohort} ({fmt.number(row.cohort_size)})
        </option>
      )}
    </For>
  );
  const isEnd = (start: string, end: string | undefined) => (start === end ? null : start);
  return (
    <div class="cohorts-controls card">
      <label>
        {t("cohorts.control.period")}{" "}
        <select data-testid="cohorts-period" onChange={(event) => props.onPeriod(event.currentTarget.value as CohortPeriod)}>
          <For each={COHORT_PERIODS}>{(period) => <option value={period} selected={period === props.period}>{t(`cohorts.period.${period}`)}</option>}</For>
        </select>
      </label>
      <label>
        {t("cohorts.control.measure")}{" "}
        <select data-testid="cohorts-measure" onChange={(event) => props.onMeasure(event.currentTarget.value as CohortMeasure)}>
          <For each={COHORT_MEASURES}>{(spec) => <option value={spec.key} selected={spec.key === props.measure}>{t(`cohorts.measure.${spec.key}`)}</option>}</For>
        </select>
      </label>
      <label>
        {t("cohorts.control.from")}{" "}
        <select
          data-testid="cohorts-from"
          onChange={(event) => props.onRange({ ...props.range, first: isEnd(event.currentTarget.value, props.cohorts[0]?.cohort_start) })}
        >
          {cohortOptions(first, (start) => start <= last())}
        </select>
      </label>
      <label>
        {t("cohorts.control.to")}{" "}
        <select
          data-testid="cohorts-to"
          onChange={(event) => props.onRange({ ...props.range, last: isEnd(event.currentTarget.value, props.cohorts.at(-1)?.cohort_start) })}
        >
          {cohortOptions(last, (start) => start >= first())}
        </select>
      </label>
    </div>
  );
}
