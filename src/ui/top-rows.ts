/**
 * The first `count` rows in `order` (stable, as a full sort would give them), in one pass: showing the top
 * 20 or 200 of 100 k customers by sorting them all took a third of a second in the page.
 */
export function topRows<T>(rows: readonly T[], order: (a: T, b: T) => number, count: number): T[] {
  const top: T[] = [];
  for (const row of rows) {
    if (top.length === count && order(row, top[count - 1]!) >= 0) continue;
    // Binary search for the first kept row that `row` goes before (after any equal ones, for stability).
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (order(row, top[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    top.splice(low, 0, row);
    if (top.length > count) top.pop();
  }
  return top;
}
