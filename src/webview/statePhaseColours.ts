import { STATE_PHASES, statePhase, type StatePhase } from '../core/tcp/statePhase';
import { TCP_STATES, type TcpState } from '../core/tcp/states';
import { layOutSharedRows, type SharedRow } from './sharedStateRow';

/**
 * Colours every state box by the phase of the connection it shows (CLOSED,
 * opening, synchronized, closing), in the workbench theme's own colours: the
 * phase's chart colour as the border, a tint of it over the editor background
 * as the fill, the editor foreground as the text. Colours are written on the
 * SVG as plain values, so an exported drawing keeps them.
 */

/** The theme colour each phase is drawn in, with a fallback for a theme that lacks it. */
const PHASE_COLOUR: Readonly<Record<StatePhase, readonly [variable: string, fallback: string]>> = {
  closed: ['--vscode-descriptionForeground', '#717171'],
  opening: ['--vscode-charts-blue', '#1a85ff'],
  synchronized: ['--vscode-charts-green', '#388a34'],
  closing: ['--vscode-charts-orange', '#d18616'],
};

/** How much of the phase colour the fill takes: enough to tell phases apart, little enough for text to read. */
const TINT = 0.32;
/** CLOSED is no connection at all: a faint neutral box with a dashed border, unlike any phase colour. */
const CLOSED_TINT = 0.1;

export interface PhaseColours {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
  readonly strokeWidth: number;
  /** `stroke-dasharray`, or `none`. */
  readonly dash: string;
}

/** What the preview knows of a drawn element; `phases` is on state notes (see DiagramElement). */
export interface PhasedElement {
  readonly kind: 'message' | 'note';
  readonly phases?: readonly unknown[];
}

type Rgb = readonly [number, number, number];

/** Resolves any CSS colour (hex, rgb(), a variable's value) to numbers, through the page's own parser. */
function resolve(value: string, fallback: string): Rgb {
  const probe = document.createElement('span');
  probe.style.color = fallback;
  probe.style.color = value;
  probe.style.display = 'none';
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const parts = computed.match(/[\d.]+/g)?.map(Number) ?? [];
  return parts.length >= 3 ? [parts[0]!, parts[1]!, parts[2]!] : [128, 128, 128];
}

function themeValue(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

function css([r, g, b]: Rgb): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

function mix(a: Rgb, b: Rgb, amount: number): Rgb {
  return [a[0] * amount + b[0] * (1 - amount), a[1] * amount + b[1] * (1 - amount), a[2] * amount + b[2] * (1 - amount)];
}

function highContrast(): boolean {
  return document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
}

/** The colours of each phase in the theme the page has now. */
export function phaseColours(): Readonly<Record<StatePhase, PhaseColours>> {
  const background = resolve(themeValue('--vscode-editor-background'), '#ffffff');
  const foreground = resolve(themeValue('--vscode-editor-foreground'), '#000000');
  const text = css(foreground);
  const contrast = highContrast();
  const result = {} as Record<StatePhase, PhaseColours>;
  for (const phase of STATE_PHASES) {
    const [variable, fallback] = PHASE_COLOUR[phase];
    const colour = resolve(themeValue(variable), fallback);
    const closed = phase === 'closed';
    const tint = closed ? mix(foreground, background, CLOSED_TINT) : mix(colour, background, TINT);
    // High contrast keeps the background behind text and says the phase with a thick border.
    result[phase] = {
      fill: css(contrast ? background : tint),
      stroke: css(colour),
      text,
      strokeWidth: contrast ? 3 : 1.5,
      dash: closed ? '4 3' : 'none',
    };
  }
  return result;
}

function paint(shape: SVGElement, colours: PhaseColours, phase: StatePhase): void {
  shape.style.fill = colours.fill;
  shape.style.stroke = colours.stroke;
  shape.style.strokeWidth = `${colours.strokeWidth}px`;
  shape.style.strokeDasharray = colours.dash;
  shape.classList.add('tcpflow-phase', `tcpflow-phase-${phase}`);
}

function isPhase(value: unknown): value is StatePhase {
  return typeof value === 'string' && (STATE_PHASES as readonly string[]).includes(value);
}

/**
 * Colours the preview's state notes. Mermaid draws the n-th note as the n-th
 * `.noteText`, so `elements` (in drawing order) says which notes show states
 * and in which phase. A note with both hosts' states is split in two (see
 * sharedStateRow.ts), the right half in its own colour.
 */
export function colourStateNotes(svg: SVGSVGElement, elements: readonly PhasedElement[]): void {
  const colours = phaseColours();
  const texts = [...svg.querySelectorAll<SVGTextElement>('.noteText')];
  const shared: SharedRow[] = [];
  let note = 0;
  for (const element of elements) {
    if (element.kind !== 'note') {
      continue;
    }
    const text = texts[note++];
    const phases = element.phases?.filter(isPhase) ?? [];
    const box = text?.parentElement?.querySelector<SVGRectElement>('rect');
    if (text === undefined || box === null || box === undefined || phases.length === 0 || phases.length !== element.phases?.length) {
      continue;
    }
    const [left, right] = phases;
    paint(box, colours[left!], left!);
    text.style.fill = colours[left!].text;
    if (right !== undefined) {
      shared.push({ text, box, paintRight: (half) => paint(half, colours[right], right) });
    }
  }
  layOutSharedRows(shared);
}

const STATE_NAMES: ReadonlySet<string> = new Set(TCP_STATES);

/**
 * Colours the states of a Mermaid state diagram (the Figure 5 view) by phase,
 * the same colours as the preview's state notes. `keepStroke` leaves the
 * border of a node whose class already gives it one (the path's own marks).
 */
export function colourStateNodes(svg: SVGSVGElement, keepStroke: (node: Element) => boolean): void {
  const colours = phaseColours();
  for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
    const name = node.textContent?.trim() ?? '';
    const shape = node.querySelector<SVGElement>('rect, path, polygon');
    if (!STATE_NAMES.has(name) || shape === null) {
      continue;
    }
    const phase = statePhase(name as TcpState);
    const kept = keepStroke(node) ? { stroke: shape.style.stroke, width: shape.style.strokeWidth } : undefined;
    paint(shape, colours[phase], phase);
    if (kept) {
      shape.style.stroke = kept.stroke;
      shape.style.strokeWidth = kept.width;
    }
    for (const label of node.querySelectorAll<HTMLElement | SVGElement>('.nodeLabel, text, span, p')) {
      label.style.color = colours[phase].text;
      if (label instanceof SVGElement) {
        label.style.fill = colours[phase].text;
      }
    }
  }
}
