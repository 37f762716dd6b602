/**
 * The preview's button icons, drawn as inline SVG in the page's own text
 * colour: no icon font, no file to load, and the same look on every system.
 * Each is a 16×16 path: `stroke` lines or `fill` shapes.
 */
const ICONS = {
  zoomIn: { stroke: 'M3 8h10M8 3v10' },
  zoomOut: { stroke: 'M3 8h10' },
  fit: { stroke: 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4' },
  first: { stroke: 'M3.5 3v10', fill: 'M13 3 5.5 8 13 13z' },
  back: { fill: 'M11 3 5 8l6 5z' },
  play: { fill: 'M5 3l8 5-8 5z' },
  pause: { fill: 'M4 3h3v10H4zM9 3h3v10H9z' },
  forward: { fill: 'M5 3l6 5-6 5z' },
  last: { stroke: 'M12.5 3v10', fill: 'M3 3l7.5 5L3 13z' },
  whole: { stroke: 'M3 4h10M3 8h10M3 12h10' },
  copy: { stroke: 'M5.5 5.5h8v8h-8zM3 10.5H2.5v-8h8V3' },
  locked: { stroke: 'M3.5 7.5h9v6h-9zM5.5 7.5V5a2.5 2.5 0 0 1 5 0v2.5' },
  unlocked: { stroke: 'M3.5 7.5h9v6h-9zM5.5 7.5V5a2.5 2.5 0 0 1 5 0' },
} as const;

export type IconName = keyof typeof ICONS;

const SVG_NS = 'http://www.w3.org/2000/svg';

export function icon(name: IconName): SVGSVGElement {
  const shape: { stroke?: string; fill?: string } = ICONS[name];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'icon');
  if (shape.stroke !== undefined) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', shape.stroke);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.4');
    svg.append(path);
  }
  if (shape.fill !== undefined) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', shape.fill);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
  }
  return svg;
}
