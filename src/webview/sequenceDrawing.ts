import type { StepFollower } from './diagramView';
import { encloseDrawing } from './drawingExtent';
import { placeNetworkLifeline, type LifelineElement } from './networkLifeline';
import { colourStateNotes, type PhasedElement } from './statePhaseColours';

/** What the drawing needs to know of each element Mermaid drew, in drawing order (see DiagramElement). */
export type ArrangedElement = PhasedElement & LifelineElement;

/**
 * What tcpflow does to Mermaid's SVG of a story, wherever it is shown (the
 * preview, a ```tcpflow block in the Markdown preview): the Network lifeline
 * starts where it is first needed, state boxes take their phase's colours and
 * shared rows their two ends, the title is centred, and then the viewBox and
 * natural size become what is drawn. Every message and note stays, in order.
 * Returns what the step-through hides with the steps below.
 */
export function arrangeSequenceDrawing(svg: SVGSVGElement, elements: readonly ArrangedElement[]): StepFollower[] {
  const followers = placeNetworkLifeline(svg, elements);
  colourStateNotes(svg, elements);
  centreTitle(svg);
  // Last, once nothing moves any more: a widened row, or a title wider than the lifelines, is then
  // inside the drawing's size (the title stays centred: it sticks out as far on both sides).
  encloseDrawing(svg);
  return followers;
}

/**
 * Mermaid puts a sequence diagram's title at a fixed offset from the left,
 * not over the lifelines; it is the root's only direct <text> child without a class. Centred
 * over the drawing's box as Mermaid laid it out (its viewBox, which spans the lifelines and notes).
 */
function centreTitle(svg: SVGSVGElement): void {
  const title = [...svg.children].find((child) => child.tagName.toLowerCase() === 'text' && !child.hasAttribute('class'));
  const box = svg.viewBox.baseVal;
  if (title === undefined || box === null || !(box.width > 0)) {
    return;
  }
  title.setAttribute('x', String(box.x + box.width / 2));
  title.setAttribute('text-anchor', 'middle');
}
