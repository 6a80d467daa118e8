import { For } from "solid-js";
import { t } from "../../i18n/i18n";
import type { ClvOptions, TimeUnit, TransactionModelName } from "./options";

const MODELS: TransactionModelName[] = ["bgnbd", "paretonbd"];
const UNITS: TimeUnit[] = ["week", "day", "month"];

/** The settings a user can change; every change refits (numbers are applied when the field is left). */
export function ClvControls(props: { options: ClvOptions; onChange: (change: Partial<ClvOptions>) => void }) {
  const number = (handler: (value: number) => void) => (event: { currentTarget: HTMLInputElement }) => {
    const value = Number(event.currentTarget.value);
    if (event.currentTarget.value.trim() !== "" && Number.isFinite(value)) handler(value);
  };
  return (
    <section class="card clv-controls" data-testid="clv-controls">
      <label>
        {t("clv.control.model")}
        <select value={props.options.model} onChange={(event) => props.onChange({ model: event.currentTarget.value as TransactionModelName })}>
          <For each={MODELS}>{(model) => <option value={model}>{t(`clv.model.${model}`)}</option>}</For>
        </select>
      </label>
      <label>
        {t("clv.control.timeUnit")}
        <select value={props.options.timeUnit} onChange={(event) => props.onChange({ timeUnit: event.currentTarget.value as TimeUnit })}>
          <For each={UNITS}>{(unit) => <option value={unit}>{t(`clv.unit.${unit}`)}</option>}</For>
        </select>
      </label>
      <label title={t("clv.control.calibrationHelp")}>
        {t("clv.control.calibrationEnd")}
        <input
          type="date"
          value={props.options.calibrationEnd}
          max={props.options.asOfDate}
          data-testid="clv-calibration-end"
          onChange={(event) => event.currentTarget.value && props.onChange({ calibrationEnd: event.currentTarget.value })}
        />
      </label>
      <label>
        {t("clv.control.horizon", { unit: t(`clv.unitShort.${props.options.timeUnit}`) })}
        <input type="number" min="1" step="1" value={props.options.horizon} onChange={number((horizon) => props.onChange({ horizon }))} />
      </label>
      <label>
        {t("clv.control.clvMonths")}
        <input type="number" min="1" max="600" step="1" value={props.options.clvMonths} onChange={number((clvMonths) => props.onChange({ clvMonths }))} />
      </label>
      <label>
        {t("clv.control.discount")}
        <input
          type="number"
          min="0"
          max="99"
          step="0.1"
          value={+(props.options.monthlyDiscountRate * 100).toFixed(4)}
          onChange={number((percent) => props.onChange({ monthlyDiscountRate: percent / 100 }))}
        />
      </label>
      <label>
        {t("clv.control.margin")}
        <input type="number" min="0" max="100" step="1" value={+(props.options.margin * 100).toFixed(4)} onChange={number((percent) => props.onChange({ margin: percent / 100 }))} />
      </label>
      <p class="muted clv-controls-help">{t("clv.control.calibrationHelp")}</p>
    </section>
  );
}
