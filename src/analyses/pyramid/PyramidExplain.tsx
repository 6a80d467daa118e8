import { For } from "solid-js";
import { t } from "../../i18n/i18n";

const PARAGRAPHS = [
  "pyramid.explain.rule8020",
  "pyramid.explain.tiers",
  "pyramid.explain.ranking",
  "pyramid.explain.cutoffs",
  "pyramid.explain.share",
  "pyramid.explain.pareto",
  "pyramid.explain.gini",
  "pyramid.explain.negative",
  "pyramid.explain.migration",
];

/** The teaching text: the 80/20 rule, what the tiers mean, and every definition and formula of the view. */
export function PyramidExplain() {
  return (
    <section class="card explain" data-testid="pyramid-explain">
      <h2>{t("pyramid.explain.title")}</h2>
      <For each={PARAGRAPHS}>{(key) => <p>{t(key)}</p>}</For>
    </section>
  );
}
