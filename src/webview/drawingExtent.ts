/**
 * The drawing's true extent, made its viewBox and natural size.
 *
 * Mermaid sizes its viewBox from its own layout, but the steps that arrange
 * the drawing after it (shared rows widened for their two states, the title
 * centred, the Network's box) change what is drawn, and Mermaid leaves the
 * title's row out of its height attribute. Whatever reads the drawing's size
 * (fit width, centring, scrollbars, zoom, the exported SVG and PNG, the
 * Markdown preview's width) reads the viewBox and the width and height
 * attributes, so those are set from what is actually drawn, once every step
 * has run.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Room kept around the outermost text or box, in drawing units: Mermaid's own margin of a sequence diagram. */
export const DRAWING_MARGIN = 8;

/** The box around all of `boxes`, or undefined when there is none. */
export function unionOf(boxes: readonly Box[]): Box | undefined {
  const real = boxes.filter((box) => [box.x, box.y, box.width, box.height].every(Number.isFinite) && box.width >= 0 && box.height >= 0);
  if (real.length === 0) {
    return undefined;
  }
  const left = Math.min(...real.map((box) => box.x));
  const top = Math.min(...real.map((box) => box.y));
  const right = Math.max(...real.map((box) => box.x + box.width));
  const bottom = Math.max(...real.map((box) => box.y + box.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** `box` with `margin` added on every side. */
export function grown(box: Box, margin: number): Box {
  return { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
}

/**
 * Sets the viewBox to what is drawn and the width and height to the
 * viewBox's size (one drawing unit = one CSS pixel at zoom 1). A drawing
 * the page has laid out is measured as the browser draws it; one that is
 * not laid out (a hidden page) can only be read from its attributes, which
 * do not include every shape, so then Mermaid's viewBox is kept as the least.
 */
export function encloseDrawing(svg: SVGSVGElement): void {
  const current = viewBoxOf(svg);
  if (current === undefined) {
    return;
  }
  const measured = measuredContent(svg);
  const next = measured !== undefined ? grown(measured, DRAWING_MARGIN) : unionOf([current, ...attributeBoxes(svg).map((box) => grown(box, DRAWING_MARGIN))])!;
  if (!(next.width > 0 && next.height > 0)) {
    return;
  }
  svg.setAttribute('viewBox', `${round(next.x)} ${round(next.y)} ${round(next.width)} ${round(next.height)}`);
  svg.setAttribute('width', String(round(next.width)));
  svg.setAttribute('height', String(round(next.height)));
}

/** Two decimals: enough for a drawing's units, and the attributes stay readable in an exported file. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function viewBoxOf(svg: SVGSVGElement): Box | undefined {
  const [x, y, width, height] = (svg.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  if (![x, y, width, height].every((n) => Number.isFinite(n)) || !(width! > 0) || !(height! > 0)) {
    return undefined;
  }
  return { x: x!, y: y!, width: width!, height: height! };
}

/** What the browser draws, in the drawing's units: only a laid-out drawing has a box of its own on the page. */
function measuredContent(svg: SVGSVGElement): Box | undefined {
  const shown = svg.getBoundingClientRect();
  if (!(shown.width > 0 && shown.height > 0) || typeof svg.getBBox !== 'function') {
    return undefined;
  }
  const box = svg.getBBox();
  return box.width > 0 && box.height > 0 ? { x: box.x, y: box.y, width: box.width, height: box.height } : undefined;
}

/**
 * The boxes the drawing's attributes give, for a drawing that is not laid
 * out: rects and lines where they are, and each text run from its x, its
 * anchor and its length (when the page can measure it) along its baseline.
 * Nodes inside a transformed group are left out, their place being unknown
 * from their own attributes (Mermaid places a sequence diagram's shapes by
 * attribute).
 */
export function attributeBoxes(svg: SVGSVGElement): Box[] {
  const boxes: Box[] = [];
  for (const node of svg.querySelectorAll('rect, line, text')) {
    if (transformed(node, svg) || node.closest('defs, marker, symbol') !== null) {
      continue;
    }
    const name = node.tagName.toLowerCase();
    if (name === 'rect') {
      boxes.push({ x: number(node, 'x') ?? 0, y: number(node, 'y') ?? 0, width: number(node, 'width') ?? NaN, height: number(node, 'height') ?? NaN });
    } else if (name === 'line') {
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((attribute) => number(node, attribute) ?? 0);
      boxes.push({ x: Math.min(x1!, x2!), y: Math.min(y1!, y2!), width: Math.abs(x2! - x1!), height: Math.abs(y2! - y1!) });
    } else {
      boxes.push(...textRuns(node as SVGTextElement));
    }
  }
  return boxes;
}

/** A text's runs: the text itself, or each of its tspans that has an x of its own (a shared row's two states). */
function textRuns(text: SVGTextElement): Box[] {
  const placed = [...text.querySelectorAll<SVGTSpanElement>('tspan')].filter((tspan) => number(tspan, 'x') !== undefined);
  const runs: SVGTextContentElement[] = placed.length > 0 ? placed : [text];
  const y = number(text, 'y') ?? 0;
  return runs.flatMap((run) => {
    const x = number(run, 'x') ?? number(text, 'x');
    if (x === undefined) {
      return [];
    }
    const length = textLength(run);
    const anchor = run.getAttribute('text-anchor') ?? text.getAttribute('text-anchor') ?? text.style.getPropertyValue('text-anchor');
    const start = anchor === 'middle' ? x - length / 2 : anchor === 'end' ? x - length : x;
    return [{ x: start, y: number(run, 'y') ?? y, width: length, height: 0 }];
  });
}

function textLength(node: SVGTextContentElement): number {
  const length = typeof node.getComputedTextLength === 'function' ? node.getComputedTextLength() : 0;
  return Number.isFinite(length) && length > 0 ? length : 0;
}

function transformed(node: Element, root: Element): boolean {
  for (let at: Element | null = node; at !== null && at !== root; at = at.parentElement) {
    if (at.hasAttribute('transform')) {
      return true;
    }
  }
  return false;
}

function number(node: Element, name: string): number | undefined {
  const value = parseFloat(node.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : undefined;
}
