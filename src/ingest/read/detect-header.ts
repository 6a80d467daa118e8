type ValueKind = "empty" | "number" | "date" | "text";

const NUMBER = /^[+-]?[$€£¥]?\s?[+-]?(\d{1,3}([,'’ ]\d{3})+|\d+)?([.,]\d+)?([eE][+-]?\d+)?%?$/;
const DATE = /^\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}日?([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/**
 * Whether the first row holds column names: not when all its values are numbers or dates, nor when
 * it has a number or date and every column has the same kind of value as in the rows below.
 */
export function firstRowIsHeader(rows: readonly (readonly (string | null)[])[]): boolean {
  const [first, ...rest] = rows;
  if (!first) return true;
  const firstKinds = first.map(valueKind);
  const filled = firstKinds.filter((kind) => kind !== "empty");
  if (filled.length > 0 && filled.every((kind) => kind !== "text")) return false;
  if (rest.length === 0) return true;

  const laterKinds = firstKinds.map((_, column) => dominantKind(rest.map((row) => valueKind(row[column] ?? null))));
  const textAboveTyped = firstKinds.some((kind, column) => kind === "text" && isTyped(laterKinds[column]));
  if (textAboveTyped) return true;
  const sameKinds = firstKinds.every((kind, column) => laterKinds[column] === "empty" || kind === laterKinds[column]);
  return !(sameKinds && filled.some((kind) => kind !== "text"));
}

function valueKind(value: string | null): ValueKind {
  const trimmed = value?.trim() ?? "";
  if (trimmed === "") return "empty";
  if (/\d/.test(trimmed) && NUMBER.test(trimmed)) return "number";
  if (DATE.test(trimmed)) return "date";
  return "text";
}

function dominantKind(kinds: ValueKind[]): ValueKind {
  const counts = new Map<ValueKind, number>();
  for (const kind of kinds) if (kind !== "empty") counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let best: ValueKind = "empty";
  for (const [kind, count] of counts) if (count > (counts.get(best) ?? 0)) best = kind;
  return best;
}

function isTyped(kind: ValueKind | undefined): boolean {
  return kind === "number" || kind === "date";
}
