/** The column DuckDB tables get for the source row number; a file's own column of that name is renamed. */
export const ROW_NUMBER_COLUMN = "__row";

/**
 * Column names as in the file, trimmed; blank → `column_N` (N = 1-based position), repeats → `name_2`, `name_3` …
 * Repeats are found ignoring case, because DuckDB identifiers are case-insensitive.
 */
export function uniqueColumnNames(rawNames: readonly (string | null | undefined)[]): string[] {
  const taken = new Set([ROW_NUMBER_COLUMN]);
  return rawNames.map((rawName, index) => {
    const base = rawName?.trim() || `column_${index + 1}`;
    let name = base;
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${base}_${suffix}`;
    taken.add(name.toLowerCase());
    return name;
  });
}
