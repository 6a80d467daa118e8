import { downloadBlob } from "../ui/download";

function serialize(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("font-family", "system-ui, sans-serif");
  return new XMLSerializer().serializeToString(copy);
}

/** Downloads a chart as an SVG file. */
export function downloadSvg(fileName: string, svg: SVGSVGElement): void {
  downloadBlob(fileName, new Blob([serialize(svg)], { type: "image/svg+xml" }));
}

/** Downloads a chart as a PNG at twice its size (sharp on a projector), on a white background. */
export async function downloadPng(fileName: string, svg: SVGSVGElement): Promise<void> {
  const width = svg.width.baseVal.value || svg.clientWidth;
  const height = svg.height.baseVal.value || svg.clientHeight;
  const url = URL.createObjectURL(new Blob([serialize(svg)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (blob) downloadBlob(fileName, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
