import { For } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { downloadCsv } from "../../ui/download";
import { RFM_MEASURES, type RfmMeasure } from "./options";
import { SCORES } from "./segments";
import type { ScoreRangeRow } from "./types";

/** Per measure and score 1–5: the values covered and the customers; an empty score says it comes from ties. */
export function ScoreRangesTable(props: { rows: ScoreRangeRow[] }) {
  const format = (measure: RfmMeasure, value: number | null) => (measure === "monetary" ? fmt.money(value) : fmt.number(value));
  const cell = (measure: RfmMeasure, score: number) => props.rows.find((row) => row.measure === measure && row.score === score);
  return (
    <table class="rfm-ranges" data-testid="rfm-score-ranges">
      <thead>
        <tr>
          <th>{t("rfm.ranges.score")}</th>
          <For each={[...SCORES]}>{(score) => <th class="num">{score}</th>}</For>
        </tr>
      </thead>
      <tbody>
        <For each={RFM_MEASURES}>
          {(measure) => (
            <tr>
              <th scope="row">{t(`rfm.measure.${measure}`)}</th>
              <For each={[...SCORES]}>
                {(score) => {
                  const row = () => cell(measure, score);
                  const range = () => {
                    const current = row();
                    if (!current || current.customers === 0) return t("rfm.ranges.empty");
                    const low = format(measure, current.min_value);
                    const high = format(measure, current.max_value);
                    return low === high ? low : `${low} – ${high}`;
                  };
                  return (
                    <td class="num" classList={{ "rfm-empty-score": (row()?.customers ?? 0) === 0 }}>
                      <div>{range()}</div>
                      <div class="muted">{t("rfm.map.cellCustomers", { count: fmt.number(row()?.customers ?? 0) })}</div>
                    </td>
                  );
                }}
              </For>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}

/** The score ranges card: what each score covers, with its explanation and CSV. */
export function ScoreRangesSection(props: { rows: ScoreRangeRow[] }) {
  return (
    <section class="card" data-testid="rfm-ranges-section">
      <div class="rfm-list-header">
        <h2>{t("rfm.ranges.title")}</h2>
        <button type="button" class="link" onClick={() => downloadCsv("rfm-score-ranges.csv", props.rows)}>
          {t("rfm.download.ranges")}
        </button>
      </div>
      <p class="muted">{t("rfm.ranges.caption")}</p>
      <div class="rfm-table-scroll">
        <ScoreRangesTable rows={props.rows} />
      </div>
    </section>
  );
}
