import { For, Show } from "solid-js";
import { t } from "../i18n/i18n";
import { CANONICAL_FIELDS, type CanonicalField, type DateOrder } from "../ingest/types";
import { updateSource } from "../app/store";
import { validateMapping, type MappingProblem } from "../ingest/mapping/validate-mapping";
import type { Source } from "../workspace/source";

const REQUIRED: CanonicalField[] = ["customer_id", "order_date", "amount"];

function problemText(problem: MappingProblem): string {
  if (problem.key === "mapping.columnUsedTwice") {
    return t(problem.key, { column: problem.column, fields: problem.fields.map((field) => t(`field.${field}`)).join(" · ") });
  }
  return t(problem.key, { ...problem, field: t(`field.${problem.field}`) });
}

/** One select per canonical field, prefilled with the suggestion; amount may come from quantity × unit price. */
export function MappingEditor(props: { source: Source }) {
  const mapping = () => props.source.mapping;
  const setColumn = (field: CanonicalField, column: string | null) =>
    updateSource(props.source.raw.table, (source) => ({
      ...source,
      mapping: { ...source.mapping, columns: { ...source.mapping.columns, [field]: column } },
    }));
  const setAmountFrom = (amountFrom: "column" | "quantity_x_unit_price") =>
    updateSource(props.source.raw.table, (source) => ({ ...source, mapping: { ...source.mapping, amountFrom } }));
  const setDateOrder = (dateOrder: DateOrder) =>
    updateSource(props.source.raw.table, (source) => ({ ...source, mapping: { ...source.mapping, dateOrder } }));

  // The day/month question only matters for dates written like 3/5/2024.
  const needsDateOrder = () => {
    const column = mapping().columns.order_date;
    return props.source.dateOrderAmbiguous || (column !== null && props.source.preview.some((row) => /^\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b/.test(row[column] ?? "")));
  };
  const problems = () => validateMapping(mapping(), props.source.raw.columns);
  const fieldHidden = (field: CanonicalField) => props.source.role === "customers" && field !== "customer_id";
  const required = (field: CanonicalField) =>
    props.source.role === "transactions" &&
    (REQUIRED.includes(field) && !(field === "amount" && mapping().amountFrom === "quantity_x_unit_price") ||
      (mapping().amountFrom === "quantity_x_unit_price" && (field === "quantity" || field === "unit_price")));

  return (
    <div class="mapping">
      <For each={CANONICAL_FIELDS.filter((field) => !fieldHidden(field))}>
        {(field) => (
          <label class="mapping-field" classList={{ missing: required(field) && !mapping().columns[field] }}>
            <span class="field-name">
              {t(`field.${field}`)}
              <Show when={required(field)}>
                <span class="required" title={t("mapping.required")}>
                  *
                </span>
              </Show>
              <Show when={props.source.suggested.includes(field) && mapping().columns[field]}>
                <span class="badge" title={t("mapping.suggestedHint")}>
                  {t("mapping.suggested")}
                </span>
              </Show>
            </span>
            <select
              data-testid={`map-${field}`}
              disabled={field === "amount" && mapping().amountFrom === "quantity_x_unit_price"}
              onChange={(event) => setColumn(field, event.currentTarget.value || null)}
            >
              <option value="" selected={!mapping().columns[field]}>
                {t("mapping.none")}
              </option>
              <For each={props.source.raw.columns}>
                {(column) => (
                  <option value={column} selected={mapping().columns[field] === column}>
                    {column}
                  </option>
                )}
              </For>
            </select>
          </label>
        )}
      </For>
      <Show when={props.source.role === "transactions" && problems().length > 0}>
        <ul class="mapping-problems" data-testid="mapping-problems">
          <For each={problems()}>{(problem) => <li>{problemText(problem)}</li>}</For>
        </ul>
      </Show>
      <Show when={props.source.role === "transactions"}>
        <label class="mapping-option">
          <input
            type="checkbox"
            data-testid="amount-from-quantity"
            checked={mapping().amountFrom === "quantity_x_unit_price"}
            onChange={(event) => setAmountFrom(event.currentTarget.checked ? "quantity_x_unit_price" : "column")}
          />
          {t("mapping.amountFromQuantity")}
        </label>
        <Show when={needsDateOrder()}>
        <label class="mapping-option" classList={{ warn: props.source.dateOrderAmbiguous }}>
          {t("mapping.dateOrder")}
          <select data-testid="date-order" onChange={(event) => setDateOrder(event.currentTarget.value as DateOrder)}>
            <option value="mdy" selected={mapping().dateOrder === "mdy"}>
              {t("mapping.dateOrder.mdy")}
            </option>
            <option value="dmy" selected={mapping().dateOrder === "dmy"}>
              {t("mapping.dateOrder.dmy")}
            </option>
          </select>
          <Show when={props.source.dateOrderAmbiguous}>
            <span class="hint">{t("mapping.dateOrderAmbiguous")}</span>
          </Show>
        </label>
        </Show>
      </Show>
    </div>
  );
}
