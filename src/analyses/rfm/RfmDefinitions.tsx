import { For } from "solid-js";
import { t } from "../../i18n/i18n";
import type { MonetaryDefinition } from "./options";

/** The definitions and formulas behind the view, for the class and for the analyst. */
export function RfmDefinitions(props: { monetary: MonetaryDefinition }) {
  const keys = () => [
    "rfm.definition.population",
    "rfm.definition.recency",
    "rfm.definition.frequency",
    props.monetary === "mean" ? "rfm.definition.monetary.mean" : "rfm.definition.monetary.total",
    "rfm.definition.quantile",
    "rfm.definition.thresholds",
    "rfm.definition.mean",
    "rfm.definition.fm",
    "rfm.definition.segments",
    "rfm.definition.cn8",
  ];
  return (
    <section class="card explain" data-testid="rfm-definitions">
      <h2>{t("common.definitions")}</h2>
      <ul>
        <For each={keys()}>{(key) => <li>{t(key)}</li>}</For>
      </ul>
    </section>
  );
}
