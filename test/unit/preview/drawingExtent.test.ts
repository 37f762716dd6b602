import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { attributeBoxes, DRAWING_MARGIN, encloseDrawing, grown, unionOf, type Box } from '../../../src/webview/drawingExtent';
import { arrangeSequenceDrawing } from '../../../src/webview/sequenceDrawing';
import { renderSequence } from '../support/mermaidParse';

// The drawing's size is what it draws, once every step after Mermaid has run. jsdom does no layout,
// so this is the path of a drawing read from its attributes (texts 8 units a character: see
// support/mermaidParse.ts); the browser's own measurement is held to the same in the e2e framing spec.

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const FIGURE_7 = fs.readFileSync(path.join(ROOT, 'examples', '06-figure-07-simultaneous-open.tcpflow'), 'utf8');

async function arranged(text: string, options?: Parameters<typeof analyze>[1]): Promise<{ svg: SVGSVGElement; drawn: Box }> {
  const analysis = analyze(text, options);
  const rendered = await renderSequence(analysis.diagram.text);
  const container = document.createElement('div');
  container.innerHTML = rendered.svg;
  document.body.append(container);
  const svg = container.querySelector('svg')!;
  const drawn = viewBox(svg);
  arrangeSequenceDrawing(svg, analysis.diagram.elements);
  container.remove();
  return { svg, drawn };
}

function viewBox(svg: SVGSVGElement): Box {
  const [x, y, width, height] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
  return { x: x!, y: y!, width: width!, height: height! };
}

function assertInside(inner: Box, outer: Box, what: string): void {
  const ok = inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 && inner.x + inner.width <= outer.x + outer.width + 1e-6 && inner.y + inner.height <= outer.y + outer.height + 1e-6;
  assert.ok(ok, `${what}: ${JSON.stringify(inner)} inside ${JSON.stringify(outer)}`);
}

describe('the drawing’s size is what it draws', () => {
  it('encloses every box and text of Figure 7 with a margin, and gives the natural size of its viewBox', async () => {
    const { svg } = await arranged(FIGURE_7);
    const box = viewBox(svg);
    const inside = { x: box.x + DRAWING_MARGIN, y: box.y + DRAWING_MARGIN, width: box.width - 2 * DRAWING_MARGIN, height: box.height - 2 * DRAWING_MARGIN };
    const boxes = attributeBoxes(svg);
    assert.ok(boxes.length > 40, `${boxes.length} boxes read`);
    for (const part of boxes) {
      assertInside(part, inside, 'a box or text of Figure 7');
    }
    // The state boxes beside the right-hand host are where Figure 7 runs widest.
    const right = [...svg.querySelectorAll('rect.tcpflow-phase')].map((rect) => Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')));
    assert.ok(Math.max(...right) <= box.x + box.width - DRAWING_MARGIN);
    assert.strictEqual(Number(svg.getAttribute('width')), box.width);
    assert.strictEqual(Number(svg.getAttribute('height')), box.height, 'the height has the title’s row too');
  });

  it('widens the drawing for a title wider than its lifelines, keeping the title centred', async () => {
    const title = 'A title far, far wider than the two lifelines it is written over, so it runs past both';
    const { svg, drawn } = await arranged(`title "${title}"\nhost A\nhost B\nA -> B: SYN seq=1\n`);
    const box = viewBox(svg);
    const text = [...svg.children].find((child) => child.tagName.toLowerCase() === 'text' && !child.hasAttribute('class'))!;
    const x = Number(text.getAttribute('x'));
    const half = (title.length * 8) / 2;
    assert.ok(box.width > drawn.width, `the drawing is ${box.width} wide, as Mermaid drew it ${drawn.width}`);
    assert.ok(x - half >= box.x + DRAWING_MARGIN - 1e-6 && x + half <= box.x + box.width - DRAWING_MARGIN + 1e-6, `the title ${x - half}..${x + half} in ${JSON.stringify(box)}`);
    assert.ok(Math.abs(x - (box.x + box.width / 2)) < 1e-6, 'the title is centred over the drawing');
  });

  it('takes in a shared row widened for its two states', async () => {
    // Two hosts close together: Mermaid sizes the box for `CLOSED │ listen(수동 열기) → LISTEN` alone.
    const { svg, drawn } = await arranged('host A "x"\nhost B "y"\nB: listen\n', { lang: 'ko' });
    const box = viewBox(svg);
    const rect = svg.querySelector('.noteText')!.parentElement!.querySelector('rect')!;
    const row = { x: Number(rect.getAttribute('x')), y: Number(rect.getAttribute('y')), width: Number(rect.getAttribute('width')), height: Number(rect.getAttribute('height')) };
    assert.ok(row.width > drawn.width / 2, `the row widened to ${row.width}`);
    assertInside(grown(row, DRAWING_MARGIN), box, 'the widened row');
  });

  it('keeps Mermaid’s viewBox as the least when the drawing can only be read from its attributes', () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<svg viewBox="-50 -10 300 200" width="300" height="150"><rect x="0" y="0" width="20" height="20"></rect><text x="200" y="40" text-anchor="end">abc</text></svg>';
    const svg = holder.querySelector('svg')!;
    encloseDrawing(svg);
    assert.strictEqual(svg.getAttribute('viewBox'), '-50 -10 300 200');
    assert.deepStrictEqual([svg.getAttribute('width'), svg.getAttribute('height')], ['300', '200']);
    holder.innerHTML = '<svg viewBox="0 0 100 100" width="100" height="100"><g transform="translate(500 0)"><rect x="0" y="0" width="20" height="20"></rect></g><rect x="90" y="-30" width="40" height="10"></rect></svg>';
    const wide = holder.querySelector('svg')!;
    encloseDrawing(wide);
    assert.strictEqual(wide.getAttribute('viewBox'), `0 ${-30 - DRAWING_MARGIN} ${130 + DRAWING_MARGIN} ${130 + DRAWING_MARGIN}`, 'a group placed by transform is not read');
  });

  it('measures boxes and texts as their attributes place them', () => {
    assert.deepStrictEqual(unionOf([{ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 4, width: 2, height: 20 }]), { x: -5, y: 0, width: 15, height: 24 });
    assert.strictEqual(unionOf([{ x: NaN, y: 0, width: 1, height: 1 }]), undefined);
    const holder = document.createElement('div');
    holder.innerHTML = '<svg viewBox="0 0 10 10"><text x="100" y="5" style="text-anchor: middle"><tspan>abcd</tspan></text><text y="9"><tspan x="10">ab</tspan><tspan x="60" text-anchor="end">cd</tspan></text><line x1="5" y1="50" x2="1" y2="40"></line></svg>';
    const boxes = attributeBoxes(holder.querySelector('svg')!);
    assert.deepStrictEqual(boxes, [
      { x: 84, y: 5, width: 32, height: 0 },
      { x: 10, y: 9, width: 16, height: 0 },
      { x: 44, y: 9, width: 16, height: 0 },
      { x: 1, y: 40, width: 4, height: 10 },
    ]);
  });
});
