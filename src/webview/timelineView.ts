import { CUSTOM_PROPERTIES, renderTimeline, type TimelineDrawing, type TimelineOptions } from '../core/timeline';
import type { TextFont } from '../core/timeline/measure';
import type { PreviewTimeline, PreviewUpdate } from '../shared/preview/protocol';
import { readableZoomFor } from './framing';
import type { StoryView } from './storyView';

/** The timeline's font sizes and weights (as its style sheet sets them), for measuring with the page's font. */
const FONTS: Readonly<Record<TextFont, { size: number; weight: number }>> = {
  label: { size: 12, weight: 400 },
  state: { size: 12, weight: 600 },
  small: { size: 11, weight: 400 },
};
/** The smallest label the timeline writes at zoom 1, in CSS px. */
const SMALLEST_LABEL_PX = 11;
const PREVIEW_CLASSES = ['tcpflow-cursor', 'tcpflow-current', 'tcpflow-hidden'];

/**
 * The story as TCP's own time-sequence diagram (the timeline): the core lays
 * it out and writes the SVG from the analysis the host posts; this page only
 * measures text with its real font and maps the drawing (`data-line`,
 * `data-slot` on every event's group) back to the script.
 */
export class TimelineView implements StoryView {
  private svg: SVGSVGElement | undefined;
  private drawing: TimelineDrawing | undefined;
  private update: PreviewUpdate | undefined;
  /** Each step's last time slot (the step-through hides every later slot). */
  private stepSlots: number[] = [];
  private highlighted: Element[] = [];
  private readonly context = document.createElement('canvas').getContext('2d');
  private fontFamily = '';

  constructor(private readonly container: HTMLElement) {}

  get element(): SVGSVGElement | undefined {
    return this.svg;
  }

  differs(previous: PreviewUpdate, next: PreviewUpdate): boolean {
    return JSON.stringify(previous.timeline) !== JSON.stringify(next.timeline);
  }

  async draw(update: PreviewUpdate): Promise<string> {
    const timeline = update.timeline;
    if (timeline === undefined) {
      throw new Error('the host sent no timeline');
    }
    this.fontFamily = getComputedStyle(this.container).fontFamily;
    this.drawing = render(timeline, 'webview', (text, font) => this.measure(text, font));
    return this.drawing.svg;
  }

  show(markup: string, update: PreviewUpdate): void {
    // The markup is the core's SVG writer's: every user text escaped, no script, no event attribute.
    this.container.innerHTML = markup;
    this.svg = this.container.querySelector('svg') ?? undefined;
    this.highlighted = [];
    this.remap(update);
  }

  remap(update: PreviewUpdate): void {
    this.update = update;
    const lastSlotOfLine = new Map<number, number>();
    for (const element of this.drawing?.elements ?? []) {
      lastSlotOfLine.set(element.line, Math.max(element.slot, lastSlotOfLine.get(element.line) ?? -1));
    }
    let slot = -1;
    this.stepSlots = update.steps.map((step) => (slot = Math.max(slot, lastSlotOfLine.get(step.line) ?? slot)));
  }

  clear(): void {
    this.container.replaceChildren();
    this.svg = undefined;
    this.drawing = undefined;
    this.highlighted = [];
  }

  size(): { width: number; height: number } | undefined {
    return this.drawing === undefined ? undefined : { width: this.drawing.width, height: this.drawing.height };
  }

  readableZoom(): number {
    return readableZoomFor(SMALLEST_LABEL_PX);
  }

  lineAt(target: EventTarget | null): number | undefined {
    if (!(target instanceof Element)) {
      return undefined;
    }
    const line = Number(target.closest('[data-line]')?.getAttribute('data-line'));
    return Number.isSafeInteger(line) && line >= 1 ? line - 1 : undefined;
  }

  highlightLine(line: number | undefined): readonly Element[] {
    for (const node of this.highlighted) {
      node.classList.remove('tcpflow-cursor');
    }
    this.highlighted = line === undefined ? [] : [...this.nodesOfLine(line)];
    for (const node of this.highlighted) {
      node.classList.add('tcpflow-cursor');
    }
    return this.highlighted;
  }

  showUpTo(step: number | undefined): void {
    const limit = step === undefined ? Infinity : this.stepSlots[step - 1] ?? Infinity;
    const currentLine = step === undefined ? undefined : this.update?.steps[step - 1]?.line;
    for (const node of this.svg?.querySelectorAll('[data-slot]') ?? []) {
      const hidden = Number(node.getAttribute('data-slot')) > limit;
      node.classList.toggle('tcpflow-hidden', hidden);
      node.classList.toggle('tcpflow-current', !hidden && currentLine !== undefined && node.getAttribute('data-line') === String(currentLine + 1));
    }
  }

  nodesOfLine(line: number): readonly Element[] {
    return this.svg === undefined ? [] : [...this.svg.querySelectorAll(`[data-line="${line + 1}"]`)];
  }

  /** The timeline's own standalone SVG (its light colours, and dark ones by `prefers-color-scheme`). */
  exportSvg(): string | undefined {
    const timeline = this.update?.timeline;
    if (timeline === undefined) {
      return undefined;
    }
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + render(timeline, 'standalone', (text, font) => this.measure(text, font)).svg;
  }

  /** The drawing as it looks here, its colours written in, for a PNG. */
  imageSvg(): string | undefined {
    if (this.svg === undefined) {
      return undefined;
    }
    const copy = this.svg.cloneNode(true) as SVGSVGElement;
    for (const node of [copy, ...copy.querySelectorAll('*')]) {
      node.classList.remove(...PREVIEW_CLASSES);
    }
    const style = getComputedStyle(this.svg);
    const properties = [...CUSTOM_PROPERTIES].map((name) => `${name}:${style.getPropertyValue(name).trim()}`).join(';');
    copy.setAttribute('style', properties);
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
  }

  private measure(text: string, font: TextFont): number {
    if (this.context === null) {
      return text.length * FONTS[font].size * 0.6;
    }
    const { size, weight } = FONTS[font];
    this.context.font = `${weight} ${size}px ${this.fontFamily}`;
    return this.context.measureText(text).width;
  }
}

function render(timeline: PreviewTimeline, mode: TimelineOptions['mode'], measure: TimelineOptions['measure']): TimelineDrawing {
  return renderTimeline(timeline.input, { showSeq: timeline.showSeq, lang: timeline.lang, measure, mode });
}
