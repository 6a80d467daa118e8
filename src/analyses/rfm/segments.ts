/** An R, F, M or FM score. */
export type Score = 1 | 2 | 3 | 4 | 5;
export const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

/** The named segments of the 25-cell map, best first (the order of tables and charts). */
export const SEGMENT_KEYS = [
  "champions",
  "loyal",
  "potential_loyalist",
  "new",
  "promising",
  "need_attention",
  "about_to_sleep",
  "at_risk",
  "cant_lose_them",
  "hibernating",
  "lost",
] as const;
export type SegmentKey = (typeof SEGMENT_KEYS)[number];

/** One (R, FM) cell, written `R-FM`, e.g. `5-4`. */
export type CellKey = `${Score}-${Score}`;

/** A complete map of the 25 (R, FM) cells to named segments: every customer lands in exactly one. */
export type SegmentMap = Record<CellKey, SegmentKey>;

export function cellKey(r: Score, fm: Score): CellKey {
  return `${r}-${fm}`;
}

/** Builds a map from five rows (R = 5 first, as the grid is drawn), each listing FM = 1..5. */
export function segmentMapFromRows(rows: readonly (readonly SegmentKey[])[]): SegmentMap {
  const map: Partial<SegmentMap> = {};
  for (const r of SCORES) {
    const row = rows[5 - r];
    for (const fm of SCORES) {
      const segment = row?.[fm - 1];
      if (!segment) throw new Error(`The segment map has no segment for R ${r}, FM ${fm}`);
      map[cellKey(r, fm)] = segment;
    }
  }
  return map as SegmentMap;
}

/** DESIGN.md's default map. */
export const DEFAULT_SEGMENT_MAP: SegmentMap = segmentMapFromRows([
  ["new", "potential_loyalist", "potential_loyalist", "champions", "champions"],
  ["promising", "potential_loyalist", "potential_loyalist", "loyal", "champions"],
  ["about_to_sleep", "need_attention", "need_attention", "loyal", "loyal"],
  ["hibernating", "hibernating", "at_risk", "at_risk", "cant_lose_them"],
  ["lost", "lost", "at_risk", "at_risk", "cant_lose_them"],
]);

/** The map with one cell changed. */
export function withCell(map: SegmentMap, r: Score, fm: Score, segment: SegmentKey): SegmentMap {
  return { ...map, [cellKey(r, fm)]: segment };
}

/** True when both maps put every cell in the same segment. */
export function sameSegmentMap(a: SegmentMap, b: SegmentMap): boolean {
  return SCORES.every((r) => SCORES.every((fm) => a[cellKey(r, fm)] === b[cellKey(r, fm)]));
}

/** The segments the map uses, in SEGMENT_KEYS order. */
export function segmentsInMap(map: SegmentMap): SegmentKey[] {
  const used = new Set(Object.values(map));
  return SEGMENT_KEYS.filter((segment) => used.has(segment));
}

export function isSegmentKey(value: unknown): value is SegmentKey {
  return typeof value === "string" && (SEGMENT_KEYS as readonly string[]).includes(value);
}

/** True when `value` maps all 25 cells to known segments (e.g. a map read back from a settings link). */
export function isSegmentMap(value: unknown): value is SegmentMap {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return SCORES.every((r) => SCORES.every((fm) => isSegmentKey(record[cellKey(r, fm)])));
}
