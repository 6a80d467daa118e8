import { For } from "solid-js";
import { t } from "../../i18n/i18n";
import { COHORT_MEASURES } from "./measures";

/** What a cohort is, how to read the triangle, and every measure's formula. */
export function CohortTeaching() {
  return (
    <section class="card explain cohorts-teach" data-testid="cohorts-teach">
      <h2>{t("cohorts.teach.title")}</h2>
      <p>{t("cohorts.teach.what")}</p>
      <p>{t("cohorts.teach.read")}</p>
      <p class="cohorts-formula">
        <code>{t("cohorts.teach.formula")}</code>
      </p>
      <p>{t("cohorts.teach.offset")}</p>
      <p>{t("cohorts.teach.money")}</p>
      <p>{t("cohorts.teach.average")}</p>
      <h3>{t("cohorts.teach.measures")}</h3>
      <dl>
        <For each={COHORT_MEASURES}>
          {(spec) => (
            <>
              <dt>{t(`cohorts.measure.${spec.key}`)}</dt>
              <dd>{t(`cohorts.definition.${spec.key}`)}</dd>
            </>
          )}
        </For>
      </dl>
    </section>
  );
}
