import { For, Show } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { parameterMeaning, parameterSymbol } from "./parameter-meanings";
import type { FittedModelReport } from "./result-types";

/** A fitted model: status (converged or why not), parameters with standard errors and what each one means. */
export function ClvParameters(props: { title: string; model: FittedModelReport; unit: string; seconds?: number }) {
  const formatNumber = (value: number, digits = 4) => fmt.number(value, digits);
  return (
    <section class="card clv-parameters" data-testid={`clv-parameters-${props.model.name}`}>
      <h2>{props.title}</h2>
      <Show
        when={props.model.converged}
        fallback={
          <div class="clv-warning" role="alert">
            <strong>{t("clv.fit.notConverged")}</strong>
            <ul>
              <For each={props.model.problems}>{(problem) => <li>{t(`clv.problem.${problem}`)}</li>}</For>
            </ul>
          </div>
        }
      >
        <p class="muted">
          {t("clv.fit.converged", { agreeing: props.model.starts_agreeing, tried: props.model.starts_tried, seconds: fmt.number((props.seconds ?? 0) / 1000, 1) })}
        </p>
      </Show>
      <table>
        <thead>
          <tr>
            <th>{t("clv.params.parameter")}</th>
            <th class="num">{t("clv.params.value")}</th>
            <th class="num">{t("clv.params.se")}</th>
            <th>{t("clv.params.meaning")}</th>
          </tr>
        </thead>
        <tbody>
          <For each={Object.entries(props.model.params)}>
            {([name, value]) => {
              const meaning = () => parameterMeaning(props.model, name, formatNumber);
              return (
                <tr>
                  <td>{parameterSymbol(name)}</td>
                  <td class="num">{fmt.number(value, 4)}</td>
                  <td class="num">{props.model.standard_errors ? fmt.number(props.model.standard_errors[name] ?? Number.NaN, 4) : "–"}</td>
                  <td class="clv-meaning">{t(meaning().key, { ...meaning().params, unit: props.unit })}</td>
                </tr>
              );
            }}
          </For>
        </tbody>
      </table>
      <p class="muted">{t("clv.params.logLikelihood", { value: fmt.number(props.model.log_likelihood, 2), customers: fmt.number(props.model.customers) })}</p>
    </section>
  );
}
