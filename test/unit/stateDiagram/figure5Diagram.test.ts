import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { figure5Diagram, type Figure5Diagram } from '../../../src/core/stateDiagram/figure5Diagram';
import { FIGURE_5 } from '../../../src/core/tcp/figure5';
import { TCP_STATES } from '../../../src/core/tcp/states';
import { mermaidParse } from '../support/mermaidParse';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

const STORY = [
  'host client',
  'host server',
  'server: listen',
  'client -> server: SYN seq=100',
  'server -> client: SYN,ACK seq=300 ack=101',
  'client -> server: ACK seq=101 ack=301',
  'client -> server: FIN,ACK seq=101 ack=301',
  'server -> client: ACK seq=301 ack=102',
  'server -> client: FIN,ACK seq=301 ack=102',
  'client -> server: ACK seq=102 ack=302',
  'client: timeout',
].join('\n');

/** `class A,B name` lines of the text, as name → states. */
function classes(text: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of text.matchAll(/^ {2}class (\S+) (\w+)$/gm)) {
    found.set(match[2]!, match[1]!.split(',').sort());
  }
  return found;
}

/** The arrows of the text, as `FROM --> TO`, in the order of `edges`. */
function arrows(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => / --> /.test(line) && !line.includes('[*]'))
    .map((line) => line.trim().replace(/ : .*/, ''));
}

/** The arrows `host` takes in the story (the label's `✓ host`). */
function edgesTakenBy(text: string, host: string): string[] {
  const mark = new RegExp(` ✓ ${host}\\b`);
  return text
    .split('\n')
    .filter((line) => mark.test(line))
    .map((line) => line.trim().replace(/ : .*/, ''));
}

/** The arrows the view sets apart: taken by the cursor line, or taken at it. */
function marked(diagram: Figure5Diagram, mark: 'taken' | 'atCursor'): string[] {
  const names = arrows(diagram.text);
  assert.strictEqual(names.length, diagram.edges.length, 'one mark per arrow');
  return diagram.edges.flatMap((edge, i) => (edge[mark] ? [names[i]!] : []));
}

describe('RFC 9293 Figure 5 with a script\'s path through it', () => {
  it('draws all eleven states and every arrow of the engine\'s Figure 5 table', () => {
    const { text } = figure5Diagram(analyze(''), undefined, 'en');
    for (const state of TCP_STATES) {
      assert.ok(text.includes(`state "${state}" as ${state.replace(/-/g, '_')}`), state);
    }
    for (const arrow of FIGURE_5) {
      const label = arrow.send ? `${arrow.event} / snd ${arrow.send}` : arrow.event;
      assert.ok(text.includes(`${arrow.from.replace(/-/g, '_')} --> ${arrow.to.replace(/-/g, '_')} : ${label}`), label);
    }
  });

  it("colours each host's visited states and marks the arrows it took, for the seed's 3-way and 4-way story", () => {
    const analysis = analyze(STORY);
    const { text, legend } = figure5Diagram(analysis, 100, 'en');
    const visited = classes(text);
    // client: CLOSED, SYN-SENT, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, TIME-WAIT; server: LISTEN, SYN-RECEIVED, CLOSE-WAIT, LAST-ACK.
    assert.deepStrictEqual(visited.get('visitedBoth'), ['CLOSED', 'ESTABLISHED']);
    assert.deepStrictEqual(visited.get('visited0'), ['FIN_WAIT_1', 'FIN_WAIT_2', 'SYN_SENT', 'TIME_WAIT']);
    assert.deepStrictEqual(visited.get('visited1'), ['CLOSE_WAIT', 'LAST_ACK', 'LISTEN', 'SYN_RECEIVED']);
    assert.deepStrictEqual(visited.get('current'), ['CLOSED']);
    assert.deepStrictEqual(edgesTakenBy(text, 'client'), [
      'CLOSED --> SYN_SENT',
      'SYN_SENT --> ESTABLISHED',
      'ESTABLISHED --> FIN_WAIT_1',
      'FIN_WAIT_1 --> FIN_WAIT_2',
      'FIN_WAIT_2 --> TIME_WAIT',
      'TIME_WAIT --> CLOSED',
    ]);
    assert.deepStrictEqual(edgesTakenBy(text, 'server'), [
      'CLOSED --> LISTEN',
      'LISTEN --> SYN_RECEIVED',
      'SYN_RECEIVED --> ESTABLISHED',
      'ESTABLISHED --> CLOSE_WAIT',
      'CLOSE_WAIT --> LAST_ACK',
      'LAST_ACK --> CLOSED',
    ]);
    // The cursor is past the end: the last step, the client's 2MSL timeout, is the one set apart.
    const diagram = figure5Diagram(analysis, 100, 'en');
    assert.deepStrictEqual(marked(diagram, 'atCursor'), ['TIME_WAIT --> CLOSED']);
    assert.strictEqual(marked(diagram, 'taken').length, 12);
    assert.deepStrictEqual(legend.map((l) => l.className), [
      'visited0', 'visited1', 'visitedBoth', '', '', 'at-cursor', 'phase-closed', 'phase-opening', 'phase-synchronized', 'phase-closing',
    ]);
    assert.match(legend[5]!.text, /line 11$/);
  });

  it('follows the cursor: only the steps up to its line, with each host where it is there', () => {
    const analysis = analyze(STORY);
    // Line 4 (0-based 3) is the client's SYN.
    const early = figure5Diagram(analysis, 3, 'en');
    assert.deepStrictEqual(classes(early.text).get('current'), ['SYN_RECEIVED', 'SYN_SENT']);
    // Both hosts move in the SYN's step: the client sends it, the server receives it.
    assert.deepStrictEqual(marked(early, 'atCursor'), ['CLOSED --> SYN_SENT', 'LISTEN --> SYN_RECEIVED']);
    assert.deepStrictEqual(marked(early, 'taken'), ['CLOSED --> LISTEN', 'CLOSED --> SYN_SENT', 'LISTEN --> SYN_RECEIVED']);
    assert.deepStrictEqual(classes(early.text).get('visited0'), ['SYN_SENT']);
    assert.match(early.legend.at(-7)!.text, /after line 4/);
    const next = figure5Diagram(analysis, 4, 'en');
    assert.deepStrictEqual(marked(next, 'atCursor'), ['SYN_SENT --> ESTABLISHED']);
    assert.match(next.text, /SYN_SENT --> ESTABLISHED : rcv SYN,ACK \/ snd ACK ✓ client\n/);
    const start = figure5Diagram(analysis, undefined, 'ko');
    assert.deepStrictEqual(classes(start.text).get('current'), ['CLOSED']);
    assert.deepStrictEqual(marked(start, 'taken'), []);
    assert.match(start.legend.at(-6)!.text, /시작하는 상태/);
  });

  it('keeps every label the same wherever the cursor is, so the layout does not move', () => {
    const analysis = analyze(STORY);
    const labels = (line: number | undefined): string[] => figure5Diagram(analysis, line, 'en').edges.map((e) => e.label);
    const first = labels(undefined);
    for (const step of analysis.steps) {
      assert.deepStrictEqual(labels(step.line), first, `line ${step.line + 1}`);
    }
    // What changes with the cursor is only which states are marked, never what is drawn.
    const strip = (text: string): string => text.replace(/^ {2}class .*\n/gm, '');
    assert.strictEqual(strip(figure5Diagram(analysis, 3, 'en').text), strip(figure5Diagram(analysis, 9, 'en').text));
  });

  it('adds the steps Figure 5 does not draw once a host takes them, in the language asked for', () => {
    const analysis = analyze('B: listen\nA -> B: SYN seq=1\nB -> A: SYN,ACK seq=5 ack=2\nA -> B: ACK seq=2 ack=6\nA: abort\nA -> B: RST seq=2\n');
    const { text } = figure5Diagram(analysis, 100, 'ko');
    assert.match(text, /ESTABLISHED --> CLOSED : ABORT \/ RST 전송 ✓ A/);
    assert.match(text, /ESTABLISHED --> CLOSED : RST 수신 \(연결 리셋\) ✓ B/);
    assert.match(text, /LISTEN --> SYN_RECEIVED : SYN 수신 \/ SYN,ACK 전송 ✓ B/);
  });

  it("is text Mermaid's own parser accepts, for an empty script and for every lesson at every line", async function () {
    // Mermaid's parser under jsdom takes ~15 s for every line of every lesson; the work grows with the lessons.
    this.timeout(180_000);
    await mermaidParse(figure5Diagram(analyze(''), undefined, 'en').text);
    for (const name of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.tcpflow'))) {
      const analysis = analyze(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
      for (const line of [undefined, ...analysis.steps.map((s) => s.line)]) {
        await mermaidParse(figure5Diagram(analysis, line, 'en').text);
      }
    }
  });
});
