import type { Lang } from '../messages/lang';
import { layoutTimeline, type TimelineInput } from './layout';
import { estimateWidth, type TextMeasure } from './measure';
import type { Shape } from './shapes';
import { writeSvg } from './svg';

/**
 * The timeline: TCP's own time-sequence diagram, as RFC 9293's figures draw
 * it, from the same analysis as the sequence diagram. Pure: the CLI and the
 * webview run the same layout (the webview on what the extension posts).
 */

export type { TextMeasure } from './measure';
export type { TimelineInput } from './layout';
export { notesOf, type TimelineNote } from './notes';
export { CUSTOM_PROPERTIES } from './style';

export interface TimelineOptions {
  /** seq= and ack= along the arrows (`tcpflow.diagram.showSequenceNumbers`). */
  readonly showSeq: boolean;
  /** Language of the few words the timeline writes itself. */
  readonly lang: Lang;
  /** Text widths in CSS px at 100 %; a fixed-width estimate when left out. */
  readonly measure?: TextMeasure;
  /** `standalone` carries its own colours (light, and dark by `prefers-color-scheme`); `webview` takes them from the page. */
  readonly mode: 'standalone' | 'webview';
}

export type TimelineElementKind = 'segment' | 'state' | 'action' | 'note';

export interface TimelineElement {
  /** 0-based script line (the SVG's `data-line` is 1-based). */
  readonly line: number;
  readonly slot: number;
  readonly kind: TimelineElementKind;
  /** Where it is drawn, in the SVG's user units from the top, to bring it into view. */
  readonly y: number;
}

export interface TimelineDrawing {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /**
   * Everything drawn that maps back to a line, in drawing order. A `~>`
   * segment is listed twice: at its send line and, as its arrowhead, at the
   * `deliver` line. RTO and 2MSL brackets are listed as notes.
   */
  readonly elements: readonly TimelineElement[];
  /** The number of time slots (`data-slot` runs from 0 to slots - 1). */
  readonly slots: number;
}

export function renderTimeline(input: TimelineInput, options: TimelineOptions): TimelineDrawing {
  const layout = layoutTimeline(input, { showSeq: options.showSeq, lang: options.lang, measure: options.measure ?? estimateWidth });
  const elements: TimelineElement[] = [];
  let slots = 0;
  for (const shape of layout.shapes) {
    slots = Math.max(slots, shape.slot + 1);
    const element = elementOf(shape);
    if (element !== undefined) {
      elements.push(element);
    }
  }
  return { svg: writeSvg(layout, options.mode), width: layout.width, height: layout.height, elements, slots };
}

function elementOf(shape: Shape): TimelineElement | undefined {
  const { line, slot } = shape;
  switch (shape.kind) {
    case 'segment':
      return { line, slot, kind: 'segment', y: shape.from.y };
    case 'delivery':
      return { line, slot, kind: 'segment', y: shape.to.y };
    case 'state':
      return { line, slot, kind: 'state', y: shape.text.y - 4 };
    case 'action':
      return { line, slot, kind: 'action', y: shape.at.y };
    case 'note':
      return { line, slot, kind: 'note', y: shape.box.y + shape.box.height / 2 };
    case 'bracket':
      return { line, slot, kind: 'note', y: (shape.top + shape.bottom) / 2 };
    case 'step':
      return undefined;
  }
}
