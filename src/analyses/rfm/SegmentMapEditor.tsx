import { For } from "solid-js";
import { fmt, t } from "../../i18n/i18n";
import { SEGMENT_COLORS } from "./colors";
import { segmentLabel } from "./names";
import { cellKey, DEFAULT_SEGMENT_MAP, sameSegmentMap, SCORES, SEGMENT_KEYS, withCell, type Score, type SegmentKey, type SegmentMap } from "./segments";
import type { RfmCellRow } from "./types";

const R_TOP_DOWN: Score[] = [5, 4, 3, 2, 1];

/** The 25-cell map as an editable grid: each cell picks its segment and shows (and lists) its customers. */
export function SegmentMapEditor(props: {
  map: SegmentMap;
  cells: RfmCellRow[] | undefined;
  onChange: (map: SegmentMap) => void;
  onSelectCell: (r: Score, fm: Score) => void;
}) {
  const customers = (r: Score, fm: Score) => props.cells?.find((cell) => cell.r_score === r && cell.fm_score === fm)?.customers;
  return (
    <div class="rfm-map" data-testid="rfm-segment-map">
      <table>
        <thead>
          <tr>
            <th>
              {t("rfm.map.r")} \ {t("rfm.map.fm")}
            </th>
            <For each={[...SCORES]}>{(fm) => <th>{fm}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={R_TOP_DOWN}>
            {(r) => (
              <tr>
                <th scope="row">{r}</th>
                <For each={[...SCORES]}>
                  {(fm) => {
                    const segment = () => props.map[cellKey(r, fm)];
                    return (
                      <td class="rfm-map-cell" style={{ background: SEGMENT_COLORS[segment()] }} data-testid={`rfm-cell-${r}-${fm}`}>
                        <select
                          aria-label={`R ${r} × FM ${fm}`}
                          value={segment()}
                          onChange={(event) => props.onChange(withCell(props.map, r, fm, event.currentTarget.value as SegmentKey))}
                        >
                          <For each={[...SEGMENT_KEYS]}>{(key) => <option value={key}>{segmentLabel(key)}</option>}</For>
                        </select>
                        <button type="button" class="link" onClick={() => props.onSelectCell(r, fm)}>
                          {t("rfm.map.cellCustomers", { count: fmt.number(customers(r, fm) ?? null) })}
                        </button>
                      </td>
                    );
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <button type="button" class="link" disabled={sameSegmentMap(props.map, DEFAULT_SEGMENT_MAP)} onClick={() => props.onChange(DEFAULT_SEGMENT_MAP)}>
        {t("rfm.map.reset")}
      </button>
    </div>
  );
}
