import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import type { ExpectStatement } from '../../../src/core/syntax/ast';
import { parse } from '../../../src/core/syntax/parser';
import { mermaidParse } from '../support/mermaidParse';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

/**
 * Every lesson, with the warnings it is about: a lesson checks clean of errors, and a warning is
 * allowed only where the story shows a receiver refusing a segment (that is what the lesson
 * teaches). `line:code`, 1-based as the CLI prints them.
 */
const LESSONS: Readonly<Record<string, readonly string[]>> = {
  '01-three-way-handshake.tcpflow': [],
  '02-four-way-close.tcpflow': [],
  '03-why-four-steps-to-close.tcpflow': [],
  '04-why-random-isn.tcpflow': ['44:unacceptable-segment'],
  '05-figure-06-three-way-handshake.tcpflow': [],
  '06-figure-07-simultaneous-open.tcpflow': [],
  '07-figure-08-old-duplicate-syn.tcpflow': ['24:unacceptable-segment'],
  '08-figure-09-half-open-discovery.tcpflow': ['27:unacceptable-segment', '29:unacceptable-segment'],
  '09-figure-10-active-side-half-open.tcpflow': ['21:unacceptable-segment'],
  '10-figure-11-old-syn-two-passive.tcpflow': ['18:unacceptable-segment'],
  '11-figure-12-normal-close.tcpflow': [],
  '12-figure-13-simultaneous-close.tcpflow': [],
  '13-connection-refused.tcpflow': ['16:unacceptable-segment'],
  '14-abort-with-rst.tcpflow': [],
  '15-half-close.tcpflow': [],
  '16-lost-final-ack.tcpflow': [],
  '17-lost-syn.tcpflow': [],
  '18-old-duplicate-syn.tcpflow': ['21:unacceptable-segment'],
  '19-lost-data-retransmitted.tcpflow': [],
  '20-lost-fin.tcpflow': [],
  '21-a-real-loopback-capture.tcpflow': [],
};

type Printed = readonly [a: string | undefined, b: string | undefined];

/**
 * The states RFC 9293 prints at the ends of each numbered line of Figures 6–13, A then B
 * (undefined where the figure prints none, e.g. "(??)" or "(Abort!!)").
 */
const FIGURE_STATES: Readonly<Record<string, readonly Printed[]>> = {
  '05-figure-06-three-way-handshake.tcpflow': [
    ['CLOSED', 'LISTEN'],
    ['SYN-SENT', 'SYN-RECEIVED'],
    ['ESTABLISHED', 'SYN-RECEIVED'],
    ['ESTABLISHED', 'ESTABLISHED'],
    ['ESTABLISHED', 'ESTABLISHED'],
  ],
  '06-figure-07-simultaneous-open.tcpflow': [
    ['CLOSED', 'CLOSED'],
    ['SYN-SENT', undefined],
    ['SYN-RECEIVED', 'SYN-SENT'],
    [undefined, 'SYN-RECEIVED'],
    ['SYN-RECEIVED', undefined],
    ['ESTABLISHED', 'SYN-RECEIVED'],
    [undefined, 'ESTABLISHED'],
  ],
  '07-figure-08-old-duplicate-syn.tcpflow': [
    ['CLOSED', 'LISTEN'],
    ['SYN-SENT', undefined],
    [undefined, 'SYN-RECEIVED'],
    ['SYN-SENT', 'SYN-RECEIVED'],
    ['SYN-SENT', 'LISTEN'],
    [undefined, 'SYN-RECEIVED'],
    ['ESTABLISHED', 'SYN-RECEIVED'],
    ['ESTABLISHED', 'ESTABLISHED'],
  ],
  '08-figure-09-half-open-discovery.tcpflow': [
    ['CLOSED', 'ESTABLISHED'],
    ['SYN-SENT', undefined],
    [undefined, 'ESTABLISHED'],
    ['SYN-SENT', undefined],
    ['SYN-SENT', 'CLOSED'],
    ['SYN-SENT', undefined],
  ],
  '09-figure-10-active-side-half-open.tcpflow': [[undefined, 'ESTABLISHED']],
  '10-figure-11-old-syn-two-passive.tcpflow': [
    ['LISTEN', 'LISTEN'],
    [undefined, 'SYN-RECEIVED'],
    [undefined, 'SYN-RECEIVED'],
    ['LISTEN', 'LISTEN'],
  ],
  '11-figure-12-normal-close.tcpflow': [
    ['ESTABLISHED', 'ESTABLISHED'],
    ['FIN-WAIT-1', 'CLOSE-WAIT'],
    ['FIN-WAIT-2', 'CLOSE-WAIT'],
    ['TIME-WAIT', 'LAST-ACK'],
    ['TIME-WAIT', 'CLOSED'],
    ['CLOSED', undefined],
  ],
  '12-figure-13-simultaneous-close.tcpflow': [
    ['ESTABLISHED', 'ESTABLISHED'],
    ['FIN-WAIT-1', 'FIN-WAIT-1'],
    ['CLOSING', 'CLOSING'],
    ['TIME-WAIT', 'TIME-WAIT'],
    ['CLOSED', 'CLOSED'],
  ],
};

function read(name: string): string {
  return fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
}

describe('lessons in examples/', () => {
  it('are exactly the lessons listed here', () => {
    const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.tcpflow')).sort();
    assert.deepStrictEqual(files, Object.keys(LESSONS).sort());
  });

  it("are each listed in the README's Lessons section", () => {
    const readme = fs.readFileSync(path.join(EXAMPLES, '..', 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Lessons'), readme.indexOf('\n## ', readme.indexOf('## Lessons') + 1));
    for (const name of Object.keys(LESSONS)) {
      assert.ok(section.includes(`\`${name.replace(/\.tcpflow$/, '')}\``), `${name} in the README`);
    }
  });

  for (const [name, warnings] of Object.entries(LESSONS)) {
    describe(name, () => {
      const text = read(name);
      const analysis = analyze(text);

      it('replays with no error, and warns only where the lesson shows a refusal', () => {
        const found = (severity: string): string[] =>
          analysis.diagnostics.filter((d) => d.severity === severity).map((d) => `${d.range.start.line + 1}:${d.code}`);
        assert.deepStrictEqual(found('error'), []);
        assert.deepStrictEqual(found('warning'), warnings);
      });

      it('has a title and explains itself in English and in Korean', () => {
        assert.ok(analysis.title && analysis.title.length > 5, 'a title');
        const comments = parse(text).script.comments.map((c) => c.text).join('\n');
        assert.match(comments, /[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/, 'an English explanation');
        assert.match(comments, /[\uac00-\ud7a3]{2,} [\uac00-\ud7a3]{2,}/, 'a Korean explanation');
      });

      it('checks the states it teaches with expect lines', () => {
        const expects = analysis.script.statements.filter((s) => s.kind === 'expect').length;
        assert.ok(expects >= 2, `${expects} expect lines`);
      });

      it("draws a diagram Mermaid's own parser accepts", async () => {
        await mermaidParse(analysis.diagram.text);
      });
    });
  }

  describe('RFC 9293 figures: every state the figure prints is asserted, in order', () => {
    it('covers every figure lesson', () => {
      const figureLessons = Object.keys(LESSONS).filter((n) => n.includes('-figure-'));
      assert.deepStrictEqual(figureLessons.sort(), Object.keys(FIGURE_STATES).sort());
    });

    for (const [name, printed] of Object.entries(FIGURE_STATES)) {
      it(name, () => {
        const analysis = analyze(read(name));
        const expects = analysis.script.statements
          .filter((s): s is ExpectStatement => s.kind === 'expect')
          .map((s) => new Map(s.clauses.map((c) => [c.host.text, c.state])));
        // Walk the figure's lines in order; one expect may stand for consecutive lines that print the same states.
        let at = 0;
        printed.forEach(([a, b], index) => {
          const holds = (e: Map<string, string | undefined>): boolean =>
            (a === undefined || e.get('A') === a) && (b === undefined || e.get('B') === b);
          while (at < expects.length && !holds(expects[at])) {
            at++;
          }
          assert.ok(at < expects.length, `printed states ${index + 1} of ${printed.length}: no expect A ${a ?? '*'}, B ${b ?? '*'} after the ones before`);
        });
      });
    }
  });

  it('write the user call that starts a close the same way: `HOST: close` before the first FIN, where the figure prints (Close)', () => {
    // RFC 9293 Figures 12 and 13 both print "(Close)"; the lessons drawing them both write it, so both
    // diagrams show `close → FIN-WAIT-1`.
    for (const name of ['02-four-way-close.tcpflow', '11-figure-12-normal-close.tcpflow', '12-figure-13-simultaneous-close.tcpflow']) {
      const { statements } = analyze(read(name)).script;
      const closed = new Set<string>();
      for (const statement of statements) {
        if (statement.kind === 'action' && statement.action === 'close') {
          closed.add(statement.host.text);
        }
        if (statement.kind === 'segment' && statement.from && statement.flags.some((f) => f.flag === 'FIN')) {
          assert.ok(closed.has(statement.from.text), `${name}:${statement.line + 1}: ${statement.from.text} sends a FIN before any \`${statement.from.text}: close\``);
        }
      }
      assert.ok(closed.size > 0, `${name} closes`);
    }
  });
});
