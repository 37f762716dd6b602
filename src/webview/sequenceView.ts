import type { PreviewUpdate } from '../shared/preview/protocol';
import { DiagramView } from './diagramView';
import { exportSvg } from './exporter';
import { readableZoomFor } from './framing';
import { MermaidRenderer } from './mermaidRenderer';
import { arrangeSequenceDrawing } from './sequenceDrawing';
import { revealLimits } from './stepModel';
import type { StoryView } from './storyView';
import type { ThemeKind } from './theme';

/**
 * The story as a Mermaid sequence diagram (the preview's default view): the
 * core writes the Mermaid text, Mermaid draws it, DiagramView maps it back.
 */
export class SequenceView implements StoryView {
  private readonly renderer = new MermaidRenderer();
  private readonly diagram: DiagramView;
  private update: PreviewUpdate | undefined;
  private limits: number[] = [];
  private labelPx: number | undefined;

  constructor(container: HTMLElement) {
    this.diagram = new DiagramView(container);
  }

  get element(): SVGSVGElement | undefined {
    return this.diagram.element;
  }

  differs(previous: PreviewUpdate, next: PreviewUpdate): boolean {
    return previous.diagram.text !== next.diagram.text;
  }

  draw(update: PreviewUpdate, theme: ThemeKind): Promise<string> {
    return this.renderer.render(update.diagram.text, theme);
  }

  show(markup: string, update: PreviewUpdate): void {
    this.diagram.show(markup, update.diagram.elements, (svg) => arrangeSequenceDrawing(svg, update.diagram.elements));
    this.update = update;
    this.limits = revealLimits(update.diagram.elements, update.steps);
    const svg = this.diagram.element;
    this.labelPx = svg === undefined ? undefined : labelFontPx(svg);
  }

  remap(update: PreviewUpdate): void {
    this.diagram.remap(update.diagram.elements);
    this.update = update;
    this.limits = revealLimits(update.diagram.elements, update.steps);
  }

  clear(): void {
    this.diagram.show('', []);
    this.update = undefined;
    this.limits = [];
  }

  size(): { width: number; height: number } | undefined {
    return this.diagram.size();
  }

  readableZoom(): number {
    return readableZoomFor(this.labelPx);
  }

  lineAt(target: EventTarget | null): number | undefined {
    return this.diagram.lineAt(target);
  }

  highlightLine(line: number | undefined): readonly Element[] {
    return this.diagram.highlightLine(line);
  }

  showUpTo(step: number | undefined): void {
    const current = step === undefined ? undefined : this.update?.steps[step - 1];
    this.diagram.reveal(step === undefined ? undefined : this.limits[step - 1], current?.line);
  }

  nodesOfLine(line: number): readonly Element[] {
    return this.diagram.nodesOfLine(line);
  }

  exportSvg(): string | undefined {
    const svg = this.diagram.element;
    return svg === undefined ? undefined : exportSvg(svg);
  }

  /** Mermaid's SVG carries its own colours: the file and the picture are the same. */
  imageSvg(): string | undefined {
    return this.exportSvg();
  }
}

/** The font size of the arrows' labels as Mermaid drew them, in CSS pixels at zoom 1. */
function labelFontPx(svg: SVGSVGElement): number | undefined {
  const label = svg.querySelector('.messageText');
  if (label === null) {
    return undefined;
  }
  const size = parseFloat(getComputedStyle(label).fontSize);
  return Number.isFinite(size) && size > 0 ? size : undefined;
}
