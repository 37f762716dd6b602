import * as assert from 'assert';
import { fitPageZoom, fitWidthZoom, READABLE_LABEL_PX, readableZoomFor, sideMargin } from '../../../src/webview/framing';

describe('framing: the zoom a first drawing and Fit choose', () => {
  const pane = { width: 600, height: 900 };

  it('shrinks a drawing wider than the pane to its width', () => {
    assert.strictEqual(fitWidthZoom({ width: 1200, height: 400 }, pane, 0.5), 0.5);
    assert.strictEqual(fitWidthZoom({ width: 800, height: 4000 }, pane, 0.5), 0.75, 'height does not matter: a tall story scrolls');
  });

  it('never goes below the readable zoom: a very wide drawing scrolls sideways instead', () => {
    const readable = readableZoomFor(16);
    assert.strictEqual(readable * 16, READABLE_LABEL_PX);
    assert.strictEqual(fitWidthZoom({ width: 3000, height: 400 }, pane, readable), readable);
  });

  it('does not blow a small drawing up: it stays at 100 %, centred', () => {
    assert.strictEqual(fitWidthZoom({ width: 300, height: 200 }, pane, 0.5), 1);
  });

  it('fits the whole page on request, however small, but not beyond 100 %', () => {
    assert.strictEqual(fitPageZoom({ width: 600, height: 1800 }, pane), 0.5);
    assert.strictEqual(fitPageZoom({ width: 100, height: 100 }, pane), 1);
  });

  it('reads text that is already large as readable at any zoom up to 100 %', () => {
    assert.strictEqual(readableZoomFor(undefined) < 0.2, true);
    assert.strictEqual(readableZoomFor(8), 1, 'text smaller than readable is never shrunk further by fitting');
  });

  it('lets the side margins give way to a drawing the readable zoom keeps just wider than the pane’s inside', () => {
    // Figure 7 at its readable 69 % is 518 px wide; a 526 px pane less 2 × 16 px has 494 inside.
    assert.strictEqual(sideMargin(400, 526, 16), 16, 'a drawing that fits keeps its margins');
    assert.strictEqual(sideMargin(518, 526, 16), 4, 'what is left, the same on both sides');
    assert.strictEqual(sideMargin(526, 526, 16), 0);
    assert.strictEqual(sideMargin(900, 526, 16), 16, 'one wider than the pane scrolls, with its margins');
  });
});
