import { MAX_ZOOM, MIN_ZOOM } from '../shared/preview/protocol';
import { fitPageZoom, fitWidthZoom, sideMargin, type Size } from './framing';

/** Moves under this many pixels between press and release count as a click, not a drag. */
const CLICK_SLOP = 4;
const ZOOM_STEP = 1.2;
/** Space around the drawing, in CSS pixels, so its edges never touch the pane's (at the sides, see sideMargin). */
export const MARGIN = 16;

export type { Size };

/** What the framing needs to know of the drawing. */
export interface Drawing {
  /** The drawing's SVG element (sized here), if one is shown. */
  readonly element: SVGSVGElement | undefined;
  /** Its natural size, in CSS pixels at zoom 1. */
  size(): Size | undefined;
  /** The lowest zoom at which its labels are still readable. */
  readableZoom(): number;
}

/**
 * Zoom and scroll of the drawing in the pane. The pane is a scroll container
 * (native scrollbars, wheel and keyboard scrolling); zoom resizes the SVG
 * itself (it has a viewBox, so it stays sharp) inside a canvas that centres
 * it when it is narrower than the pane. Ctrl/⌘+wheel (and the trackpad's
 * pinch) zooms about the pointer, the buttons and keys about the pane's
 * centre; dragging pans. Until the user chooses a zoom, the drawing follows
 * the pane's width; once they do, their zoom and scroll stay across edits.
 */
export class ZoomPan {
  private zoom = 1;
  /** True while the zoom is the framing's own choice (fit width), not the user's. */
  private automatic = true;
  /** What the last press of Fit did, so a second press fits the page. */
  private lastFit: { kind: 'width' | 'page'; zoom: number } | undefined;
  private drag: { pointer: number; startX: number; startY: number; originX: number; originY: number; moved: boolean } | undefined;
  /** Set by a drag, so the click that ends it does not also select a line. */
  private swallowClick = false;
  /** How far the drawing sits right of the canvas's padding, to centre it in a wider pane. */
  private centring = 0;
  /** The canvas's padding at the sides (MARGIN, less for a drawing just wider than the pane's inside). */
  private side = MARGIN;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly canvas: HTMLElement,
    private readonly drawing: () => Drawing,
    private readonly onZoomChange: (zoom: number, chosen: boolean) => void,
  ) {
    viewport.addEventListener('wheel', (event) => this.onWheel(event), { passive: false });
    viewport.addEventListener('pointerdown', (event) => this.onPointerDown(event));
    viewport.addEventListener('pointermove', (event) => this.onPointerMove(event));
    viewport.addEventListener('pointerup', (event) => this.onPointerUp(event));
    viewport.addEventListener('pointercancel', () => (this.drag = undefined));
    // Capture phase: runs before the diagram's own click handler.
    viewport.addEventListener(
      'click',
      (event) => {
        if (this.swallowClick) {
          this.swallowClick = false;
          event.stopPropagation();
        }
      },
      true,
    );
    new ResizeObserver(() => this.onResize()).observe(viewport);
  }

  get level(): number {
    return this.zoom;
  }

  /** Whether the user chose the zoom (then it is kept and saved). */
  get chosen(): boolean {
    return !this.automatic;
  }

  /** Sets the zoom the user chose, keeping the point at (`aroundX`, `aroundY`) of the pane where it is. */
  zoomTo(level: number, aroundX = this.viewport.clientWidth / 2, aroundY = this.viewport.clientHeight / 2): void {
    this.automatic = false;
    this.lastFit = undefined;
    this.setZoom(level, aroundX, aroundY);
  }

  zoomIn(): void {
    this.zoomTo(this.zoom * ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomTo(this.zoom / ZOOM_STEP);
  }

  /** 100 %, about the centre. */
  reset(): void {
    this.zoomTo(1);
  }

  /** Fit: the drawing's width in the pane; pressed again right after, the whole page. */
  fit(): void {
    const size = this.drawing().size();
    if (size === undefined) {
      return;
    }
    const fitWidth = fitWidthZoom(size, this.paneSize(), this.drawing().readableZoom());
    const page = this.lastFit?.kind === 'width' && Math.abs(this.lastFit.zoom - this.zoom) < 1e-6;
    const next = page ? fitPageZoom(size, this.paneSize()) : fitWidth;
    this.automatic = false;
    this.setZoom(next, this.viewport.clientWidth / 2, 0);
    this.viewport.scrollTop = 0;
    this.lastFit = { kind: page ? 'page' : 'width', zoom: this.zoom };
  }

  /**
   * A new drawing is in the canvas. The first of a document is framed (its
   * width in the pane, never below readable size, from the top); after
   * that the user's zoom and scroll stay, and an automatic zoom follows the
   * new width.
   */
  drawingChanged(first: boolean, savedZoom: number | undefined): void {
    if (first) {
      this.automatic = savedZoom === undefined;
      this.lastFit = undefined;
      this.zoom = savedZoom ?? this.automaticZoom();
      this.layout();
      this.viewport.scrollTo({ left: 0, top: 0 });
      this.onZoomChange(this.zoom, !this.automatic);
      return;
    }
    const top = this.viewport.scrollTop;
    const left = this.viewport.scrollLeft;
    if (this.automatic) {
      this.zoom = this.automaticZoom();
      this.onZoomChange(this.zoom, false);
    }
    this.layout();
    this.viewport.scrollTo({ left, top });
  }

  /**
   * Scrolls so the box (in client pixels) is in view: centred vertically
   * when it is not wholly in view; sideways only when it is wholly out of
   * view, then showing its start when it is wider than the pane.
   */
  bringIntoView(box: DOMRect, smooth: boolean): void {
    const view = this.viewport.getBoundingClientRect();
    const height = this.viewport.clientHeight;
    const width = this.viewport.clientWidth;
    let dy = 0;
    let dx = 0;
    if (box.top < view.top + MARGIN || box.bottom > view.top + height - MARGIN) {
      dy = box.height > height - 2 * MARGIN ? box.top - (view.top + MARGIN) : box.top + box.height / 2 - (view.top + height / 2);
    }
    if (box.right < view.left + MARGIN || box.left > view.left + width - MARGIN) {
      dx = box.width > width - 2 * MARGIN ? box.left - (view.left + MARGIN) : box.left + box.width / 2 - (view.left + width / 2);
    }
    if (dx !== 0 || dy !== 0) {
      this.viewport.scrollBy({ left: dx, top: dy, behavior: smooth ? 'smooth' : 'auto' });
    }
  }

  private automaticZoom(): number {
    const size = this.drawing().size();
    return size === undefined ? 1 : fitWidthZoom(size, this.paneSize(), this.drawing().readableZoom());
  }

  private paneSize(): Size {
    return { width: Math.max(1, this.viewport.clientWidth - 2 * MARGIN), height: Math.max(1, this.viewport.clientHeight - 2 * MARGIN) };
  }

  private setZoom(level: number, aroundX: number, aroundY: number): void {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, level));
    if (this.drawing().element === undefined) {
      this.zoom = next;
      this.onZoomChange(next, !this.automatic);
      return;
    }
    // The drawing's point under (aroundX, aroundY), in its own units, stays under it.
    const before = this.origin();
    const pointX = (this.viewport.scrollLeft + aroundX - before.left) / this.zoom;
    const pointY = (this.viewport.scrollTop + aroundY - before.top) / this.zoom;
    this.zoom = next;
    this.layout();
    const after = this.origin();
    this.viewport.scrollTo({ left: pointX * next + after.left - aroundX, top: pointY * next + after.top - aroundY });
    this.onZoomChange(next, !this.automatic);
  }

  /** Where the drawing's top left sits in the scrolled content (the canvas's padding, then the centring). */
  private origin(): { left: number; top: number } {
    return { left: this.side + this.centring, top: MARGIN };
  }

  /** Sizes the SVG for the zoom and the canvas around it (centring it when narrower than the pane). */
  private layout(): void {
    const drawing = this.drawing();
    const svg = drawing.element;
    const size = drawing.size();
    if (svg === undefined || size === undefined) {
      this.canvas.style.width = '';
      this.canvas.style.height = '';
      this.canvas.style.paddingLeft = '';
      this.canvas.style.paddingRight = '';
      this.side = MARGIN;
      return;
    }
    const width = size.width * this.zoom;
    const height = size.height * this.zoom;
    svg.style.width = `${width}px`;
    svg.style.height = `${height}px`;
    svg.style.maxWidth = 'none';
    this.side = sideMargin(width, this.viewport.clientWidth, MARGIN);
    const pane = this.viewport.clientWidth - 2 * this.side;
    this.centring = Math.max(0, (pane - width) / 2);
    this.canvas.style.paddingLeft = `${this.side}px`;
    this.canvas.style.paddingRight = `${this.side}px`;
    this.canvas.style.width = `${Math.max(width, pane)}px`;
    this.canvas.style.height = `${height}px`;
    svg.style.marginLeft = `${this.centring}px`;
  }

  private onResize(): void {
    if (this.drawing().element === undefined) {
      return;
    }
    if (this.automatic) {
      this.zoom = this.automaticZoom();
      this.onZoomChange(this.zoom, false);
    }
    this.layout();
  }

  private onWheel(event: WheelEvent): void {
    if (!(event.ctrlKey || event.metaKey)) {
      return; // The pane scrolls natively.
    }
    event.preventDefault();
    const view = this.viewport.getBoundingClientRect();
    // Pinch gestures arrive as ctrl+wheel with small deltas; a mouse wheel notch is ~100.
    this.zoomTo(this.zoom * Math.exp(-event.deltaY / 300), event.clientX - view.left, event.clientY - view.top);
  }

  private onPointerDown(event: PointerEvent): void {
    // A drag whose release produced no click must not eat the next real click.
    this.swallowClick = false;
    // A press outside the canvas is on a scrollbar: the browser's.
    if (event.button !== 0 || !(event.target instanceof Node) || !this.canvas.contains(event.target)) {
      return;
    }
    this.drag = { pointer: event.pointerId, startX: event.clientX, startY: event.clientY, originX: this.viewport.scrollLeft, originY: this.viewport.scrollTop, moved: false };
  }

  private onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (drag === undefined || drag.pointer !== event.pointerId) {
      return;
    }
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.moved && Math.hypot(dx, dy) < CLICK_SLOP) {
      return;
    }
    if (!drag.moved) {
      drag.moved = true;
      this.viewport.setPointerCapture(event.pointerId);
      this.viewport.classList.add('dragging');
    }
    this.viewport.scrollTo({ left: drag.originX - dx, top: drag.originY - dy });
  }

  private onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (drag === undefined || drag.pointer !== event.pointerId) {
      return;
    }
    this.drag = undefined;
    if (drag.moved) {
      this.swallowClick = true;
      this.viewport.classList.remove('dragging');
      if (this.viewport.hasPointerCapture(event.pointerId)) {
        this.viewport.releasePointerCapture(event.pointerId);
      }
    }
  }
}
