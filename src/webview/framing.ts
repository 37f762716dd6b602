import { MAX_ZOOM, MIN_ZOOM } from '../shared/preview/protocol';

/**
 * The zoom levels the framing chooses, as pure arithmetic (tested without a
 * page). Sizes are in CSS pixels; the pane's is what is left inside its
 * margins.
 */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The smallest size, in CSS pixels, at which an arrow's label is still read without effort. */
export const READABLE_LABEL_PX = 11;

/** The zoom at which text drawn at `fontPx` (at zoom 1) shows at READABLE_LABEL_PX. */
export function readableZoomFor(fontPx: number | undefined): number {
  return fontPx === undefined || !(fontPx > 0) ? MIN_ZOOM : Math.min(1, READABLE_LABEL_PX / fontPx);
}

/**
 * The drawing's width in the pane: shrunk to fit a narrower pane but never
 * below `readable` (a wider drawing then scrolls sideways), and never blown
 * up past 100 %, where a small drawing is simply centred.
 */
export function fitWidthZoom(drawing: Size, pane: Size, readable: number): number {
  if (!(drawing.width > 0)) {
    return 1;
  }
  return clampZoom(Math.max(readable, Math.min(1, pane.width / drawing.width)));
}

/**
 * The room on each side of a drawing `drawingWidth` wide (at its zoom) in a
 * pane `paneWidth` wide: `margin`; but a drawing that the readable zoom keeps
 * a little wider than the pane less its margins takes that room, centred,
 * rather than run out of sight (its viewBox keeps a margin of its own around
 * what it draws). One wider than the pane itself scrolls, with its margins.
 */
export function sideMargin(drawingWidth: number, paneWidth: number, margin: number): number {
  return drawingWidth > paneWidth ? margin : Math.max(0, Math.min(margin, (paneWidth - drawingWidth) / 2));
}

/** The whole drawing in the pane, however small that makes it (what a second press of Fit asks for). */
export function fitPageZoom(drawing: Size, pane: Size): number {
  if (!(drawing.width > 0) || !(drawing.height > 0)) {
    return 1;
  }
  return clampZoom(Math.min(1, pane.width / drawing.width, pane.height / drawing.height));
}

function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}
