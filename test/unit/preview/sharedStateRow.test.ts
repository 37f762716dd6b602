import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { arrangeSequenceDrawing } from '../../../src/webview/sequenceDrawing';
import { colourStateNotes } from '../../../src/webview/statePhaseColours';
import { renderSequence } from '../support/mermaidParse';

// A row where both hosts' states change, on SVG that Mermaid rendered under jsdom (where a text
// is 8 units a character, bold or not: see support/mermaidParse.ts).

const CHAR = 8;

async function coloured(text: string): Promise<SVGSVGElement> {
  const analysis = analyze(text);
  const rendered = await renderSequence(analysis.diagram.text);
  const container = document.createElement('div');
  container.innerHTML = rendered.svg;
  document.body.append(container);
  const svg = container.querySelector('svg')!;
  colourStateNotes(svg, analysis.diagram.elements);
  return svg;
}

function num(node: Element, name: string): number {
  return parseFloat(node.getAttribute(name) ?? '');
}

/** Each shared row: its two states, the room left of the first and right of the second, the gap between. */
function rows(svg: SVGSVGElement): { texts: string[]; leftPad: number; rightPad: number; gap: number; halves: string[] }[] {
  return [...svg.querySelectorAll('.noteText')]
    .filter((text) => text.querySelectorAll('tspan').length === 2)
    .map((text) => {
      const [left, right] = [...text.querySelectorAll('tspan')];
      const boxes = [...text.parentElement!.querySelectorAll('rect')];
      const box = boxes[0]!;
      const leftEnd = num(left!, 'x') + (left!.textContent ?? '').length * CHAR;
      const rightStart = num(right!, 'x') - (right!.textContent ?? '').length * CHAR;
      return {
        texts: [left!.textContent ?? '', right!.textContent ?? ''],
        leftPad: num(left!, 'x') - num(box, 'x'),
        rightPad: num(box, 'x') + num(box, 'width') - num(right!, 'x'),
        gap: rightStart - leftEnd,
        halves: boxes.map((b) => [...b.classList].find((c) => c.startsWith('tcpflow-phase-')) ?? ''),
      };
    });
}

describe('a shared row of states in the preview', () => {
  it('puts each state at its end of the box, with the same room at both ends, each on its own colour', async () => {
    const svg = await coloured('host A\nhost B\nB: listen\nA -> B: SYN seq=1\n');
    const shared = rows(svg);
    assert.deepStrictEqual(
      shared.map((r) => r.texts),
      [
        ['CLOSED', 'listen → LISTEN'],
        ['SYN-SENT', 'SYN-RECEIVED'],
      ],
    );
    for (const row of shared) {
      assert.strictEqual(row.leftPad, row.rightPad, JSON.stringify(row));
      assert.ok(row.leftPad >= 8, JSON.stringify(row));
      assert.ok(row.gap >= 16, `the states ${row.texts.join(' / ')} are ${row.gap} apart`);
    }
    assert.deepStrictEqual(
      shared.map((r) => r.halves),
      [
        ['tcpflow-phase-closed', 'tcpflow-phase-opening'],
        ['tcpflow-phase-opening', 'tcpflow-phase-opening'],
      ],
    );
  });

  it('widens a box too narrow for both states, and the drawing with it, so nothing is cut', async () => {
    // Two hosts close together: Mermaid sizes the box for `CLOSED │ listen(수동 열기) → LISTEN` alone.
    const analysis = analyze('host A "x"\nhost B "y"\nB: listen\n', { lang: 'ko' });
    const rendered = await renderSequence(analysis.diagram.text);
    const container = document.createElement('div');
    container.innerHTML = rendered.svg;
    const svg = container.querySelector('svg')!;
    const box = svg.querySelector('.noteText')!.parentElement!.querySelector('rect')!;
    const drawnWidth = num(box, 'width');
    const drawnViewBox = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
    arrangeSequenceDrawing(svg, analysis.diagram.elements);
    const [row] = rows(svg);
    assert.ok(num(box, 'width') > drawnWidth, `the box is ${num(box, 'width')} wide, as drawn ${drawnWidth}`);
    assert.ok(Number(svg.getAttribute('viewBox')!.split(/\s+/)[2]) >= drawnViewBox[2]!);
    assert.ok(row!.gap >= 16 && row!.leftPad === row!.rightPad, JSON.stringify(row));
    const [x, , width] = svg.getAttribute('viewBox')!.split(/\s+/).map(Number);
    assert.ok(num(box, 'x') >= x! && num(box, 'x') + num(box, 'width') <= x! + width!, `box ${num(box, 'x')}+${num(box, 'width')} in viewBox ${x}+${width}`);
  });

  it('leaves the font weight Mermaid wrote', async () => {
    const svg = await coloured('host A\nhost B\nB: listen\nA -> B: SYN seq=1\n');
    const weights = [...svg.querySelectorAll<SVGTextElement>('.noteText')].map((t) => t.style.fontWeight);
    assert.ok(weights.every((w) => w === '400'), JSON.stringify(weights));
  });
});
