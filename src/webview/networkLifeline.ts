import { NETWORK } from '../core/diagram/lifelines';
import type { StepFollower } from './diagramView';

/** What the preview knows of a drawn element; `networkStart` is on the note where the Network begins (see DiagramElement). */
export interface LifelineElement {
  readonly kind: 'message' | 'note';
  readonly networkStart?: unknown;
}

/** The participant box's own look, taken from the box Mermaid drew in the header. */
const BOX_ATTRIBUTES = ['rx', 'ry', 'fill', 'stroke', 'filter', 'data-look'];

/**
 * Starts the Network lifeline where the story first needs it, between the hosts.
 *
 * Mermaid draws a participant declared at the top with its box in the header
 * and its lifeline down from there, cutting through every label of the
 * handshake above the first segment that waits in the network. Its
 * `create participant` starts a lifeline lower down, but places it after
 * every participant already declared: right of both hosts. So the diagram
 * declares the Network between the hosts and marks where it is first needed
 * with a note over it (DiagramElement.networkStart); this turns that note
 * into the Network's box (styled as a participant, the header box removed)
 * and starts the lifeline under it. The box at the lifeline's end (Mermaid's
 * `destroy`) is made the same size. Everything is changed in the SVG itself,
 * so zoom, a theme's redraw and an exported file all keep it.
 *
 * Returns the lifeline and its end box: the step-through hides them with the
 * steps below them, as it hides those steps.
 */
export function placeNetworkLifeline(svg: SVGSVGElement, elements: readonly LifelineElement[]): StepFollower[] {
  const notes = elements.filter((element) => element.kind === 'note');
  const index = notes.findIndex((note) => note.networkStart === true);
  const text = index < 0 ? undefined : svg.querySelectorAll<SVGTextElement>('.noteText')[index];
  const box = text?.parentElement?.querySelector<SVGRectElement>('rect');
  const header = svg.querySelector<SVGRectElement>(`rect.actor-top[name="${NETWORK}"]`);
  const lifeline = svg.querySelector<SVGLineElement>(`line.actor-line[name="${NETWORK}"]`);
  if (text === undefined || box === null || box === undefined || header === null || lifeline === null) {
    return [];
  }
  const top = number(box, 'y');
  const height = number(box, 'height');
  if (top === undefined || height === undefined) {
    return [];
  }
  // The note becomes the participant's box: Mermaid's participant classes give it the theme's colours.
  box.setAttribute('class', 'actor tcpflow-network-box');
  for (const name of BOX_ATTRIBUTES) {
    const value = header.getAttribute(name);
    if (value !== null) {
      box.setAttribute(name, value);
    }
  }
  // Centred in its box, as Mermaid centres a participant's label (a note's text hangs from its top).
  text.classList.add('actor');
  text.setAttribute('y', String(top + height / 2));
  text.setAttribute('dominant-baseline', 'central');
  text.removeAttribute('dy');
  const headerLabel = header.nextElementSibling;
  if (headerLabel?.tagName.toLowerCase() === 'text') {
    headerLabel.remove();
  }
  header.remove();
  lifeline.setAttribute('y1', String(top + height));
  return [{ node: lifeline, top: top + height }, ...resizeEndBox(svg, lifeline, height)];
}

/** The box Mermaid draws where the Network is destroyed, made as tall as its head (same centre); returns its nodes. */
function resizeEndBox(svg: SVGSVGElement, lifeline: SVGLineElement, height: number): StepFollower[] {
  const end = svg.querySelector<SVGRectElement>(`rect.actor-bottom[name="${NETWORK}"]`);
  const y = end === null ? undefined : number(end, 'y');
  const oldHeight = end === null ? undefined : number(end, 'height');
  if (end === null || y === undefined || oldHeight === undefined) {
    return [];
  }
  const newTop = y + oldHeight / 2 - height / 2;
  end.setAttribute('y', String(newTop));
  end.setAttribute('height', String(height));
  if (number(lifeline, 'y2') === y) {
    lifeline.setAttribute('y2', String(newTop));
  }
  const label = end.nextElementSibling;
  const nodes = label?.tagName.toLowerCase() === 'text' ? [end, label as SVGElement] : [end];
  return nodes.map((node) => ({ node, top: newTop }));
}

function number(node: Element, name: string): number | undefined {
  const value = parseFloat(node.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : undefined;
}
