import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
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
  '07-figure-08-old-duplicate-syn.tcpflow': ['23:unacceptable-segment'],
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
};

function read(name: string): string {
  return fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
}

describe('lessons in examples/', () => {
  it('are exactly the lessons listed here', () => {
    const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.tcpflow')).sort();
    assert.deepStrictEqual(files, Object.keys(LESSONS).sort());
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

  it('assert every state each RFC figure prints (Figures 6–13)', () => {
    // Each figure lesson marks its figure's numbered lines with `# N.` and follows them with expect.
    for (const name of Object.keys(LESSONS).filter((n) => n.includes('-figure-'))) {
      const text = read(name);
      const numbered = text.split('\n').filter((line) => /#\s+\d+\.\s/.test(line)).length;
      const expects = text.split('\n').filter((line) => /^expect /.test(line)).length;
      assert.ok(numbered >= 3, `${name}: the figure's lines are numbered`);
      assert.ok(expects >= numbered - 2, `${name}: ${expects} expect lines for ${numbered} figure lines`);
    }
  });
});
