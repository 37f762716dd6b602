import type { PreviewElement } from '../shared/preview/protocol';

/** One element of the story as drawn: its SVG nodes and the source line it came from. */
interface DrawnElement {
  readonly kind: 'message' | 'note';
  readonly line: number;
  readonly nodes: readonly SVGElement[];
  /** Top of the drawing, in SVG units, read from its attributes (no layout needed). */
  readonly top: number;
}

const INDEX_ATTRIBUTE = 'data-tcpflow-element';

/** A node that is no step of its own but goes with the steps drawn below `top` (SVG units): hidden with them. */
export interface StepFollower {
  readonly node: SVGElement;
  readonly top: number;
}

/**
 * The rendered SVG in the page, and the map from what is drawn back to the
 * script. Mermaid draws the n-th message as the n-th `.messageText` and the
 * n-th message line, and the n-th note as the n-th `.noteText` inside its
 * group; the host's element list says which source line each n-th one is.
 */
export class DiagramView {
  private svg: SVGSVGElement | undefined;
  private drawn: DrawnElement[] = [];
  /** Tint blocks (`rect` blocks marking erring steps) and what `arrange` returned, hidden with the steps below them. */
  private followers: StepFollower[] = [];
  private highlighted: Element[] = [];

  constructor(private readonly container: HTMLElement) {}

  /**
   * Puts a new SVG in place of the old one and maps its elements to lines.
   * `arrange` may move things in the SVG first (keeping every message and
   * note, in order); it returns what the step-through hides with the steps below.
   */
  show(svgMarkup: string, elements: readonly PreviewElement[], arrange?: (svg: SVGSVGElement) => readonly StepFollower[]): void {
    // The markup is Mermaid's output under securityLevel 'strict' (sanitized by DOMPurify), and the
    // page's CSP allows no script but ours; user text reaches it only as escaped text.
    this.container.innerHTML = svgMarkup;
    this.svg = this.container.querySelector('svg') ?? undefined;
    this.highlighted = [];
    const arranged = this.svg === undefined || arrange === undefined ? [] : arrange(this.svg);
    this.drawn = this.svg === undefined ? [] : mapElements(this.svg, elements);
    const tints = this.svg === undefined ? [] : [...this.svg.querySelectorAll<SVGElement>('rect.rect')];
    this.followers = [...tints.map((node) => ({ node, top: attributeNumber(node, 'y') })), ...arranged];
  }

  /** Maps the SVG on screen to a new element list of the same drawing (its lines moved, nothing else). */
  remap(elements: readonly PreviewElement[]): void {
    this.highlightLine(undefined);
    this.drawn = this.svg === undefined ? [] : mapElements(this.svg, elements);
  }

  get element(): SVGSVGElement | undefined {
    return this.svg;
  }

  /**
   * The natural size of the drawing, in CSS pixels at zoom 1: its viewBox
   * (Mermaid's height attribute leaves out the title's row; the viewBox has it).
   */
  size(): { width: number; height: number } | undefined {
    if (this.svg === undefined) {
      return undefined;
    }
    const box = this.svg.viewBox?.baseVal;
    if (box !== undefined && box !== null && box.width > 0 && box.height > 0) {
      return { width: box.width, height: box.height };
    }
    const width = parseFloat(this.svg.getAttribute('width') ?? '');
    const height = parseFloat(this.svg.getAttribute('height') ?? '');
    if (Number.isFinite(width) && Number.isFinite(height)) {
      return { width, height };
    }
    const rect = this.svg.getBoundingClientRect();
    return { width: rect.width, height: rect.height };
  }

  /** The source line of the element under an event's target, if it is part of one. */
  lineAt(target: EventTarget | null): number | undefined {
    if (!(target instanceof Element)) {
      return undefined;
    }
    const owner = target.closest(`[${INDEX_ATTRIBUTE}]`);
    const index = owner === null ? NaN : Number(owner.getAttribute(INDEX_ATTRIBUTE));
    return this.drawn[index]?.line;
  }

  /** Marks the elements drawn for `line` (the editor's cursor line); returns their nodes. */
  highlightLine(line: number | undefined): readonly Element[] {
    for (const node of this.highlighted) {
      node.classList.remove('tcpflow-cursor');
    }
    this.highlighted = line === undefined ? [] : this.drawn.filter((e) => e.line === line).flatMap((e) => e.nodes);
    for (const node of this.highlighted) {
      node.classList.add('tcpflow-cursor');
    }
    return this.highlighted;
  }

  /**
   * Shows elements 0..`limit` and hides the rest (the step-through); marks the
   * ones drawn for `currentLine`. `limit` undefined shows the whole story.
   */
  reveal(limit: number | undefined, currentLine: number | undefined): void {
    let firstHiddenTop = Infinity;
    this.drawn.forEach((element, index) => {
      const hidden = limit !== undefined && index > limit;
      if (hidden) {
        firstHiddenTop = Math.min(firstHiddenTop, element.top);
      }
      const current = limit !== undefined && element.line === currentLine;
      for (const node of element.nodes) {
        node.classList.toggle('tcpflow-hidden', hidden);
        node.classList.toggle('tcpflow-current', current && !hidden);
      }
    });
    for (const { node, top } of this.followers) {
      node.classList.toggle('tcpflow-hidden', top >= firstHiddenTop);
    }
  }

  /** The nodes drawn for a line, for scrolling them into view. */
  nodesOfLine(line: number): readonly SVGElement[] {
    return this.drawn.filter((e) => e.line === line).flatMap((e) => e.nodes);
  }
}

function attributeNumber(node: Element, name: string): number {
  const value = parseFloat(node.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : 0;
}

function mapElements(svg: SVGSVGElement, elements: readonly PreviewElement[]): DrawnElement[] {
  const messageTexts = [...svg.querySelectorAll<SVGElement>('.messageText')];
  const messageLines = [...svg.querySelectorAll<SVGElement>('.messageLine0, .messageLine1')];
  const notes = [...svg.querySelectorAll<SVGElement>('.noteText')].map((text) => (text.parentElement ?? text) as unknown as SVGElement);
  const drawn: DrawnElement[] = [];
  let message = 0;
  let note = 0;
  for (const element of elements) {
    const nodes: SVGElement[] = [];
    let top = Infinity;
    if (element.kind === 'message') {
      const text = messageTexts[message];
      const line = messageLines[message];
      message++;
      if (text !== undefined) {
        nodes.push(text);
        top = Math.min(top, attributeNumber(text, 'y'));
      }
      if (line !== undefined) {
        nodes.push(line);
        top = Math.min(top, attributeNumber(line, 'y1'), attributeNumber(line, 'y2'));
      }
    } else {
      const group = notes[note++];
      if (group !== undefined) {
        nodes.push(group);
        const box = group.querySelector('rect');
        top = box === null ? Infinity : attributeNumber(box, 'y');
      }
    }
    const index = String(drawn.length);
    for (const node of nodes) {
      // A remap of the same drawing finds the same indices: writing them again would only make the page restyle.
      if (node.getAttribute(INDEX_ATTRIBUTE) !== index) {
        node.setAttribute(INDEX_ATTRIBUTE, index);
      }
    }
    drawn.push({ kind: element.kind, line: element.line, nodes, top });
  }
  return drawn;
}
