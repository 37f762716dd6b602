import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../src/core/analyze';
import type { Lang } from '../../../src/core/messages/lang';
import type { Analysis, SegmentStep, Step } from '../../../src/core/model';
import { notesOf, renderTimeline, type TimelineDrawing } from '../../../src/core/timeline';

export const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** Every lesson, exercise and solution in the repository, by its path from the root. */
export function allScripts(): string[] {
  const dirs = ['examples', 'exercises', path.join('exercises', 'solutions')];
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((name) => name.endsWith('.tcpflow'))
      .sort()
      .map((name) => path.join(dir, name)),
  );
}

export function readScript(relative: string): string {
  return fs.readFileSync(path.join(ROOT, relative), 'utf8');
}

export interface Drawn {
  readonly analysis: Analysis;
  readonly drawing: TimelineDrawing;
  readonly svg: SVGSVGElement;
}

/** Draws a script and parses the SVG as XML, as a browser loading the file would. */
export function draw(text: string, options: { lang?: Lang; mode?: 'standalone' | 'webview'; showSeq?: boolean } = {}): Drawn {
  const analysis = analyze(text);
  const drawing = renderTimeline({ ...analysis, notes: notesOf(analysis) }, { showSeq: options.showSeq ?? true, lang: options.lang ?? 'en', mode: options.mode ?? 'standalone' });
  const dom = new JSDOM(drawing.svg, { contentType: 'image/svg+xml' });
  const root = dom.window.document.documentElement as unknown as SVGSVGElement;
  if (root.nodeName !== 'svg' || dom.window.document.getElementsByTagName('parsererror').length > 0) {
    throw new Error(`not well-formed SVG: ${root.textContent ?? ''}`);
  }
  return { analysis, drawing, svg: root };
}

/** The segment steps the timeline draws as arrows: some flag, two distinct known hosts. */
export function drawnSegments(analysis: Analysis): { step: Step; detail: SegmentStep }[] {
  const names = new Set(analysis.hosts.slice(0, 2).map((h) => h.name));
  return analysis.steps.flatMap((step) =>
    step.detail.kind === 'segment' &&
    step.detail.wire.flags.length > 0 &&
    step.detail.from !== step.detail.to &&
    names.has(step.detail.from) &&
    names.has(step.detail.to)
      ? [{ step, detail: step.detail }]
      : [],
  );
}

export interface Shaft {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** The first `<line>` or `<path>` of a segment group: its shaft (only `<line>`s are written for shafts). */
export function shaftOf(group: Element): Shaft {
  const first = group.querySelector('line, path');
  if (first === null || first.nodeName !== 'line') {
    throw new Error(`segment on line ${group.getAttribute('data-line')} has no <line> shaft first`);
  }
  const n = (name: string): number => Number(first.getAttribute(name));
  return { x1: n('x1'), y1: n('y1'), x2: n('x2'), y2: n('y2') };
}

/** Whether two segments cross at a point inside both (not merely touching at an end). */
export function intersect(a: Shaft, b: Shaft): boolean {
  const orient = (px: number, py: number, qx: number, qy: number, rx: number, ry: number): number => (qx - px) * (ry - py) - (qy - py) * (rx - px);
  const d1 = orient(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const d2 = orient(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const d3 = orient(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const d4 = orient(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

export function lifelineX(svg: Element, host: string): number {
  const line = [...svg.querySelectorAll('g.host')].find((g) => g.getAttribute('data-host') === host)?.querySelector('line.lifeline');
  if (!line) {
    throw new Error(`no lifeline for ${host}`);
  }
  return Number(line.getAttribute('x1'));
}
