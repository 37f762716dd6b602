import { MAX_ZOOM, MIN_ZOOM } from '../shared/preview/protocol';

/** Moves under this many pixels between press and release count as a click, not a drag. */
const CLICK_SLOP = 4;
const ZOOM_STEP = 1.2;
/** "Fit" never blows a small diagram up past this. */
const MAX_FIT_ZOOM = 2;
const MARGIN = 16;
/** Below this the diagram's text is too small to read; the first drawing of a wide story is not shrunk further. */
const MIN_READABLE_ZOOM = 0.6;

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * Zoom and pan of the drawing inside the viewport: a CSS transform on the
 * canvas element. Wheel pans (with Ctrl or ⌘ it zooms around the pointer, as
 * the trackpad's pinch does), dragging pans, and the toolbar's buttons zoom
 * about the centre or fit the whole drawing in the window.
 */
export class ZoomPan {
  private zoom = 1;
  private x = MARGIN;
  private y = MARGIN;
  private drag: { pointer: number; startX: number; startY: number; originX: number; originY: number; moved: boolean } | undefined;
  /** Set by a drag, so the click that ends it does not also select a line. */
  private swallowClick = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly canvas: HTMLElement,
    private readonly contentSize: () => Size | undefined,
    private readonly onZoomChange: (zoom: number) => void,
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
  }

  get level(): number {
    return this.zoom;
  }

  /** Sets the zoom, keeping the point under (`aroundX`, `aroundY`) of the viewport where it is. */
  zoomTo(level: number, aroundX = this.viewport.clientWidth / 2, aroundY = this.viewport.clientHeight / 2): void {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, level));
    const ratio = next / this.zoom;
    this.x = aroundX - (aroundX - this.x) * ratio;
    this.y = aroundY - (aroundY - this.y) * ratio;
    this.zoom = next;
    this.apply();
    this.onZoomChange(next);
  }

  zoomIn(): void {
    this.zoomTo(this.zoom * ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomTo(this.zoom / ZOOM_STEP);
  }

  /** 100 %, the drawing's top left at the viewport's (centred when narrower). */
  reset(): void {
    this.zoom = 1;
    this.home();
    this.onZoomChange(1);
  }

  /** The whole drawing in the window. */
  fit(): void {
    const size = this.contentSize();
    if (size === undefined || size.width === 0 || size.height === 0) {
      return;
    }
    const width = Math.max(1, this.viewport.clientWidth - 2 * MARGIN);
    const height = Math.max(1, this.viewport.clientHeight - 2 * MARGIN);
    this.zoom = Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, width / size.width, height / size.height));
    this.home();
    this.onZoomChange(this.zoom);
  }

  /**
   * The whole width in the window, between MIN_READABLE_ZOOM and 100 %: a
   * wider drawing stays readable and is panned instead.
   */
  fitWidth(): void {
    const size = this.contentSize();
    if (size === undefined || size.width === 0) {
      return;
    }
    const width = Math.max(1, this.viewport.clientWidth - 2 * MARGIN);
    this.zoom = Math.max(MIN_READABLE_ZOOM, Math.min(1, width / size.width));
    this.home();
    this.onZoomChange(this.zoom);
  }

  /** Keeps the zoom and puts the drawing back at the top (centred when narrower than the window). */
  home(): void {
    const size = this.contentSize();
    const width = size === undefined ? 0 : size.width * this.zoom;
    this.x = Math.max(MARGIN, (this.viewport.clientWidth - width) / 2);
    this.y = MARGIN;
    this.apply();
  }

  /**
   * Pans so the box (in viewport pixels) can be seen: centred vertically when
   * it is not wholly in view; sideways only when it is wholly out of view,
   * and then its start is shown when it is wider than the window.
   */
  bringIntoView(box: DOMRect): void {
    const view = this.viewport.getBoundingClientRect();
    let dx = 0;
    let dy = 0;
    if (box.top < view.top + MARGIN || box.bottom > view.bottom - MARGIN) {
      dy = box.height > view.height - 2 * MARGIN ? view.top + MARGIN - box.top : view.top + view.height / 2 - (box.top + box.height / 2);
    }
    if (box.right < view.left + MARGIN || box.left > view.right - MARGIN) {
      dx = box.width > view.width - 2 * MARGIN ? view.left + MARGIN - box.left : view.left + view.width / 2 - (box.left + box.width / 2);
    }
    if (dx !== 0 || dy !== 0) {
      this.panBy(dx, dy);
    }
  }

  panBy(dx: number, dy: number): void {
    this.x += dx;
    this.y += dy;
    this.apply();
  }

  private apply(): void {
    this.canvas.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.zoom})`;
  }

  private onWheel(event: WheelEvent): void {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) {
      const view = this.viewport.getBoundingClientRect();
      // Pinch gestures arrive as ctrl+wheel with small deltas; a mouse wheel notch is ~100.
      this.zoomTo(this.zoom * Math.exp(-event.deltaY / 300), event.clientX - view.left, event.clientY - view.top);
    } else {
      this.panBy(-(event.shiftKey ? event.deltaY : event.deltaX), event.shiftKey ? 0 : -event.deltaY);
    }
  }

  private onPointerDown(event: PointerEvent): void {
    // A drag whose release produced no click must not eat the next real click.
    this.swallowClick = false;
    if (event.button !== 0) {
      return;
    }
    this.drag = { pointer: event.pointerId, startX: event.clientX, startY: event.clientY, originX: this.x, originY: this.y, moved: false };
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
    this.x = drag.originX + dx;
    this.y = drag.originY + dy;
    this.apply();
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
