/**
 * The drawing as a file: SVG markup as Mermaid drew it (without the
 * preview's own highlight and step-through marks), or a PNG rasterized from
 * that SVG on a canvas at twice the natural size, on the editor's background
 * so it reads the same outside VS Code.
 */

const PREVIEW_CLASSES = ['tcpflow-cursor', 'tcpflow-current', 'tcpflow-hidden'];
const PNG_SCALE = 2;
/** Browsers refuse canvases much larger than this on a side. */
const MAX_CANVAS_SIDE = 16384;

export function exportSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  // The preview's zoom sizes the element; the file has the drawing's own size.
  copy.style.removeProperty('width');
  copy.style.removeProperty('height');
  copy.style.removeProperty('max-width');
  copy.style.removeProperty('margin-left');
  if (copy.getAttribute('style') === '') {
    copy.removeAttribute('style');
  }
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    node.removeAttribute('data-tcpflow-element');
    node.classList.remove(...PREVIEW_CLASSES);
    if (node.getAttribute('class') === '') {
      node.removeAttribute('class');
    }
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

/** Rasterizes exported SVG markup of the given natural size; resolves to the PNG's bytes in base64 (no data-URL prefix). */
export async function exportPng(markup: string, size: { width: number; height: number }, background: string): Promise<string> {
  const { width, height } = size;
  const scale = Math.min(PNG_SCALE, MAX_CANVAS_SIDE / Math.max(width, height, 1));
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (context === null) {
      throw new Error('no 2D canvas');
    }
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const dataUrl = canvas.toDataURL('image/png');
    return dataUrl.slice(dataUrl.indexOf(',') + 1);
  } finally {
    URL.revokeObjectURL(url);
  }
}
