/** One headline figure with its label and, on hover, its definition. */
export function Kpi(props: { label: string; value: string; definition?: string; testId?: string }) {
  return (
    <div class="kpi" title={props.definition} data-testid={props.testId}>
      <div class="kpi-value">{props.value}</div>
      <div class="kpi-label">{props.label}</div>
    </div>
  );
}
