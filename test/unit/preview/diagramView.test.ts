import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { DiagramView } from '../../../src/webview/diagramView';
import { revealLimits } from '../../../src/webview/stepModel';
import { renderSequence } from '../support/mermaidParse';

// The preview's map from Mermaid's drawing back to the script, on SVG that Mermaid itself rendered
// (under jsdom): if a Mermaid upgrade changes how it draws messages or notes, this fails.

const STORY = [
  'host A "Client"',
  'host B "Server"',
  'B: listen',
  'A -> B: SYN seq=100',
  'note "the client waits"',
  'B -> A: SYN,ACK seq=300 ack=101',
  'A -> B: ACK seq=101 ack=301',
  'A -> B: ACK seq=101 ack=301 len=10 ack=1', // a duplicate field: an error, so this step is tinted
  '',
].join('\n');

async function shown(): Promise<{ view: DiagramView; container: HTMLElement; analysis: ReturnType<typeof analyze> }> {
  const analysis = analyze(STORY);
  const rendered = await renderSequence(analysis.diagram.text);
  const container = document.createElement('div');
  const view = new DiagramView(container);
  view.show(rendered.svg, analysis.diagram.elements);
  return { view, container, analysis };
}

describe('DiagramView: the drawing mapped back to the script', () => {
  it('gives the line of every arrow, from its text or its line, in drawing order', async () => {
    const { view, container, analysis } = await shown();
    const messageLines = analysis.diagram.elements.filter((e) => e.kind === 'message').map((e) => e.line);
    const texts = [...container.querySelectorAll('.messageText')];
    const strokes = [...container.querySelectorAll('.messageLine0, .messageLine1')];
    assert.strictEqual(texts.length, messageLines.length);
    assert.deepStrictEqual(
      texts.map((t) => view.lineAt(t)),
      messageLines,
    );
    assert.deepStrictEqual(
      strokes.map((s) => view.lineAt(s)),
      messageLines,
    );
    assert.deepStrictEqual(messageLines, [3, 5, 6, 7]);
  });

  it('gives the line of every note, from anywhere in its box', async () => {
    const { view, container, analysis } = await shown();
    const noteLines = analysis.diagram.elements.filter((e) => e.kind === 'note').map((e) => e.line);
    const boxes = [...container.querySelectorAll('rect.note')];
    assert.strictEqual(boxes.length, noteLines.length);
    assert.deepStrictEqual(
      boxes.map((b) => view.lineAt(b)),
      noteLines,
    );
    const waits = [...container.querySelectorAll('.noteText')].find((t) => t.textContent === 'the client waits');
    assert.strictEqual(view.lineAt(waits ?? null), 4);
  });

  it('gives no line for what is not a step (a lifeline, a participant box, nothing)', async () => {
    const { view, container } = await shown();
    assert.strictEqual(view.lineAt(container.querySelector('.actor-line')), undefined);
    assert.strictEqual(view.lineAt(container.querySelector('rect.actor')), undefined);
    assert.strictEqual(view.lineAt(null), undefined);
  });

  it('marks every element drawn for the cursor line, and only those', async () => {
    const { view, container } = await shown();
    view.highlightLine(5);
    const marked = [...container.querySelectorAll('.tcpflow-cursor')];
    assert.ok(marked.length >= 3, 'the arrow text, its stroke and the state note');
    assert.ok(marked.every((node) => view.lineAt(node) === 5));
    view.highlightLine(undefined);
    assert.strictEqual(container.querySelectorAll('.tcpflow-cursor').length, 0);
  });

  it('hides the elements after a step, and the tint of an erring step below it', async () => {
    const { view, container, analysis } = await shown();
    const limits = revealLimits(analysis.diagram.elements, analysis.steps.map((s) => ({ line: s.line, states: s.states })));
    const visibleArrows = (): string[] => [...container.querySelectorAll('.messageText:not(.tcpflow-hidden)')].map((t) => t.textContent ?? '');
    assert.ok(container.querySelector('rect.rect'), 'the erring step is tinted');

    view.reveal(limits[1], analysis.steps[1]!.line);
    assert.deepStrictEqual(visibleArrows(), ['SYN seq=100']);
    assert.ok(container.querySelector('rect.rect')!.classList.contains('tcpflow-hidden'), 'the tint below is hidden too');
    assert.ok([...container.querySelectorAll('.tcpflow-current')].every((node) => view.lineAt(node) === 3));

    view.reveal(limits[limits.length - 1], analysis.steps[analysis.steps.length - 1]!.line);
    assert.strictEqual(container.querySelectorAll('.tcpflow-hidden').length, 0);

    view.reveal(undefined, undefined);
    assert.strictEqual(container.querySelectorAll('.tcpflow-hidden, .tcpflow-current').length, 0);
  });
});
