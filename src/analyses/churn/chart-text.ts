/** Labels and formatters in the user's language, passed in so charts stay pure functions. */
export interface ChurnChartText {
  period: string;
  value: string;
  partial: string;
  formatValue: (value: number) => string;
}

/** Every k-th band label, so labels do not overlap at the chart's width. */
export function bandTicks(labels: string[], width: number, pixelsPerLabel = 70): string[] {
  const every = Math.max(1, Math.ceil((labels.length * pixelsPerLabel) / width));
  return labels.filter((_, index) => index % every === 0);
}
