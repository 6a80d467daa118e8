import { createEffect, onCleanup } from "solid-js";
import { downloadPng, downloadSvg } from "../charts/export-chart";

/** Shows a chart built by a pure `(width) → SVG` function, with SVG / PNG download buttons. */
export function ChartFrame(props: { title: string; fileName: string; render: (width: number) => SVGSVGElement | HTMLElement; caption?: string }) {
  let container!: HTMLDivElement;
  let chart: SVGSVGElement | HTMLElement | undefined;

  const draw = () => {
    const width = Math.max(320, Math.min(container.clientWidth || 640, 1100));
    chart?.remove();
    chart = props.render(width);
    container.append(chart);
  };
  createEffect(draw);
  const observer = new ResizeObserver(() => draw());
  queueMicrotask(() => observer.observe(container));
  onCleanup(() => observer.disconnect());

  const svg = (): SVGSVGElement | null => (chart instanceof SVGSVGElement ? chart : (chart?.querySelector("svg") ?? null));
  return (
    <figure class="chart">
      <figcaption>
        <span class="chart-title">{props.title}</span>
        <span class="chart-actions">
          <button type="button" class="link" onClick={() => svg() && downloadSvg(`${props.fileName}.svg`, svg()!)}>
            SVG
          </button>
          <button type="button" class="link" onClick={() => svg() && void downloadPng(`${props.fileName}.png`, svg()!)}>
            PNG
          </button>
        </span>
      </figcaption>
      <div ref={container} class="chart-body" aria-label={props.title} />
      {props.caption && <p class="chart-caption">{props.caption}</p>}
    </figure>
  );
}
