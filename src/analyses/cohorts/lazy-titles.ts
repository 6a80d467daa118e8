import type { RenderFunction } from "@observablehq/plot";

/** The attribute naming the index, into the rows given to the chart, of a drawn cell or point (for clicks). */
export const ROW_INDEX_ATTRIBUTE = "data-cohort-row";
const ITEM_ATTRIBUTE = "data-titled-item";

/**
 * A render transform that gives each drawn element its hover text (an SVG <title>) only when the pointer
 * first reaches it: formatting thousands of tooltips up front (weekly cohorts) blocks the page for seconds.
 * With `rowIndex`, elements are also tagged with ROW_INDEX_ATTRIBUTE.
 */
export function lazyTitles<T>(drawn: T[], titleOf: (item: T) => string, rowIndex?: (item: T) => number): RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const group = next!(index, scales, values, dimensions, context);
    if (!group) return group;
    group.querySelectorAll("rect, circle").forEach((element, position) => {
      const item = index[position];
      if (item === undefined || drawn[item] === undefined) return;
      element.setAttribute(ITEM_ATTRIBUTE, String(item));
      if (rowIndex) element.setAttribute(ROW_INDEX_ATTRIBUTE, String(rowIndex(drawn[item])));
    });
    group.addEventListener("pointerover", (event) => {
      const element = (event.target as Element | null)?.closest(`[${ITEM_ATTRIBUTE}]`);
      const item = drawn[Number(element?.getAttribute(ITEM_ATTRIBUTE))];
      if (!element || item === undefined || element.querySelector("title")) return;
      const title = context.document.createElementNS("http://www.w3.org/2000/svg", "title");
      title.textContent = titleOf(item);
      element.append(title);
    });
    return group;
  };
}
