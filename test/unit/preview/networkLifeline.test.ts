import * as assert from 'assert';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../src/core/analyze';
import { exportSvg } from '../../../src/webview/exporter';
import { DiagramView } from '../../../src/webview/diagramView';
import { placeNetworkLifeline } from '../../../src/webview/networkLifeline';
import { revealLimits } from '../../../src/webview/stepModel';
import { renderSequence } from '../support/mermaidParse';

// The Network lifeline on SVG that Mermaid itself rendered (under jsdom): it begins at the first
// segment that waits in the network, between the hosts, and goes with the steps in the step-through.

const FIGURE_7 = [
  'host A',
  'host B',
  'A ~> B: SYN seq=100 as a_syn',
  'B -> A: SYN seq=300',
  'deliver a_syn',
  'A ~> B: SYN,ACK seq=100 ack=301 as a_synack',
  'B -> A: SYN,ACK seq=300 ack=101',
  'deliver a_synack',
  '',
].join('\n');

async function drawn(text: string): Promise<{ container: HTMLElement; view: DiagramView; analysis: ReturnType<typeof analyze> }> {
  const analysis = analyze(text);
  const rendered = await renderSequence(analysis.diagram.text);
  const container = document.createElement('div');
  const view = new DiagramView(container);
  view.show(rendered.svg, analysis.diagram.elements, (svg) => placeNetworkLifeline(svg, analysis.diagram.elements));
  return { container, view, analysis };
}

function num(node: Element | null, name: string): number {
  assert.ok(node, `no node for ${name}`);
  return parseFloat(node.getAttribute(name) ?? '');
}

describe('the Network lifeline in the preview', () => {
  it('marks where the network is first needed with a box over the Network, drawn with that step', () => {
    const { elements, text } = analyze(FIGURE_7).diagram;
    const start = elements.filter((e) => e.networkStart === true);
    assert.deepStrictEqual(start.map((e) => `${e.kind}@${e.line}`), ['note@2']);
    const lines = text.split('\n').map((l) => l.trim());
    assert.strictEqual(lines[lines.indexOf('note over net: Network') + 1], 'h0-->>net: SYN seq=100');
  });

  it('begins under its box at the first segment in flight, between the hosts, with no box in the header', async () => {
    const { container } = await drawn(FIGURE_7);
    const svg = container.querySelector('svg')!;
    assert.strictEqual(svg.querySelector('rect.actor-top[name="net"]'), null, 'no Network box in the header');
    assert.deepStrictEqual([...svg.querySelectorAll('rect.actor-top')].map((r) => r.getAttribute('name')).sort(), ['h0', 'h1']);
    const head = svg.querySelector('rect.tcpflow-network-box');
    assert.ok(head?.classList.contains('actor'), 'styled as a participant');
    assert.strictEqual(head!.parentElement!.querySelector('.noteText')!.textContent, 'Network');
    const lifeline = svg.querySelector('line.actor-line[name="net"]');
    assert.strictEqual(num(lifeline, 'y1'), num(head, 'y') + num(head, 'height'), 'the lifeline starts under its box');
    // Below the opening states, above the first arrow into the network.
    const firstArrow = svg.querySelector('.messageLine0, .messageLine1');
    assert.ok(num(head, 'y') + num(head, 'height') <= Math.min(num(firstArrow, 'y1'), num(firstArrow, 'y2')));
    const hostLine = (name: string): number => num(svg.querySelector(`line.actor-line[name="${name}"]`), 'x1');
    assert.ok(hostLine('h0') < num(lifeline, 'x1') && num(lifeline, 'x1') < hostLine('h1'), 'between the hosts');
    assert.ok(num(lifeline, 'y1') > num(svg.querySelector('line.actor-line[name="h0"]'), 'y1'), 'later than the hosts');
  });

  it('ends in a box as tall as its head, where the last segment leaves the network', async () => {
    const { container } = await drawn(FIGURE_7);
    const svg = container.querySelector('svg')!;
    const head = svg.querySelector('rect.tcpflow-network-box');
    const end = svg.querySelector('rect.actor-bottom[name="net"]');
    assert.strictEqual(num(end, 'height'), num(head, 'height'));
    assert.strictEqual(num(svg.querySelector('line.actor-line[name="net"]'), 'y2'), num(end, 'y'));
    assert.ok(num(end, 'y') < num(svg.querySelector('rect.actor-bottom[name="h0"]'), 'y'), 'above the hosts’ end boxes');
  });

  it('is hidden in the step-through until its step, with its head', async () => {
    const { container, view, analysis } = await drawn(`B: listen\nA -> B: SYN seq=1\nB -> A: SYN,ACK seq=5 ack=2\nA -> B: ACK seq=2 ack=6\nA ~> B: ACK seq=2 ack=6 len=3 as d\ndeliver d\n`);
    const limits = revealLimits(analysis.diagram.elements, analysis.steps.map((s) => ({ line: s.line, states: s.states })));
    const lifeline = container.querySelector('line.actor-line[name="net"]')!;
    const head = container.querySelector('rect.tcpflow-network-box')!.parentElement!;
    view.reveal(limits[1], analysis.steps[1]!.line);
    assert.ok(lifeline.classList.contains('tcpflow-hidden') && head.classList.contains('tcpflow-hidden'));
    view.reveal(limits[4], analysis.steps[4]!.line);
    assert.ok(!lifeline.classList.contains('tcpflow-hidden') && !head.classList.contains('tcpflow-hidden'));
    assert.strictEqual(view.lineAt(head), 4, 'its box leads to the line that first needs the network');
  });

  it('is kept in an exported SVG file', async () => {
    const { container } = await drawn(FIGURE_7);
    const file = new JSDOM(exportSvg(container.querySelector('svg')!), { contentType: 'image/svg+xml' }).window.document;
    assert.strictEqual(file.querySelector('rect.actor-top[name="net"]'), null);
    const head = file.querySelector('rect.tcpflow-network-box');
    assert.strictEqual(num(file.querySelector('line.actor-line[name="net"]'), 'y1'), num(head, 'y') + num(head, 'height'));
  });

  it('leaves a drawing without a Network as it was', async () => {
    const analysis = analyze('B: listen\nA -> B: SYN seq=1\n');
    const rendered = await renderSequence(analysis.diagram.text);
    const container = document.createElement('div');
    container.innerHTML = rendered.svg;
    assert.deepStrictEqual(placeNetworkLifeline(container.querySelector('svg')!, analysis.diagram.elements), []);
    assert.strictEqual(container.innerHTML, rendered.svg);
  });
});
