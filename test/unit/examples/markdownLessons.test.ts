import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { analyze } from '../../../src/core/analyze';
import { parse } from '../../../src/core/syntax/parser';
import { mermaidParse } from '../support/mermaidParse';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', '..', 'examples');

/**
 * The Markdown lessons, and for each of their ```tcpflow blocks in order, the errors and warnings
 * it is about (`line:code`, 1-based inside the block). The one block with an error shows a mistake
 * on purpose; the warnings are the refusals the lesson teaches.
 */
const BLOCKS = [
  { title: '3-way handshake', problems: [] },
  {
    title: 'a SYN,ACK acknowledging the wrong number',
    problems: ['7:ack-mismatch', '8:illegal-send', '7:unacceptable-segment', '7:missing-reply'],
  },
  { title: '4-way close', problems: [], view: 'timeline' },
  { title: 'why closing takes four steps', problems: [] },
  { title: 'why the ISN is random: reused ISN 0', problems: [] },
  { title: 'why the ISN is random: random ISNs', problems: ['23:unacceptable-segment'] },
] as const;

const MARKDOWN_LESSONS = ['handshakes.ko.md', 'handshakes.md'];

/** The ```tcpflow blocks of a Markdown file, as markdown-it (the preview's parser) finds them. */
function fences(name: string): { readonly info: string; readonly content: string }[] {
  const tokens = new MarkdownIt().parse(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'), {});
  return tokens.filter((t) => t.type === 'fence' && t.info.trim().split(/\s+/)[0] === 'tcpflow').map((t) => ({ info: t.info.trim(), content: t.content }));
}

function tcpflowBlocks(name: string): string[] {
  return fences(name).map((f) => f.content);
}

/** What a block does, without its words: the statements other than title and notes, comments stripped. */
function storyLines(block: string): string[] {
  const lines = block.split('\n');
  return parse(block)
    .script.statements.filter((s) => s.kind !== 'title' && s.kind !== 'note')
    .map((s) => lines[s.range.start.line]!.replace(/\s+#.*$/, '').trim());
}

describe('Markdown lessons in examples/', () => {
  it('are the Korean note and its English version', () => {
    assert.deepStrictEqual(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).sort(), MARKDOWN_LESSONS);
  });

  it("are listed in the README's Lessons section", () => {
    const readme = fs.readFileSync(path.join(EXAMPLES, '..', 'README.md'), 'utf8');
    const start = readme.indexOf('## Lessons');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    for (const name of MARKDOWN_LESSONS) {
      assert.ok(section.includes(`\`examples/${name}\``), `${name} in the README`);
    }
  });

  it('tell the same stories in both languages: the same blocks, event for event', () => {
    const [korean, english] = MARKDOWN_LESSONS.map(tcpflowBlocks);
    assert.strictEqual(korean!.length, BLOCKS.length);
    assert.strictEqual(english!.length, BLOCKS.length);
    english!.forEach((block, i) => assert.deepStrictEqual(storyLines(korean![i]!), storyLines(block), BLOCKS[i]!.title));
  });

  for (const name of MARKDOWN_LESSONS) {
    describe(name, () => {
      const blocks = tcpflowBlocks(name);

      it('names the timeline where it shows one, and leaves the other blocks to the setting', () => {
        assert.deepStrictEqual(
          fences(name).map((f) => f.info),
          BLOCKS.map((b) => ('view' in b ? `tcpflow ${b.view}` : 'tcpflow')),
        );
      });
      BLOCKS.forEach(({ title, problems }, i) => {
        it(`${title}: replays with only the problems it is about, draws a diagram Mermaid accepts, asserts its states`, async () => {
          const analysis = analyze(blocks[i]!, { lang: name.endsWith('.ko.md') ? 'ko' : 'en' });
          const found = analysis.diagnostics.filter((d) => d.severity !== 'hint').map((d) => `${d.range.start.line + 1}:${d.code}`);
          assert.deepStrictEqual(found, problems);
          assert.ok(analysis.title, 'a title');
          await mermaidParse(analysis.diagram.text);
          if (problems.length === 0) {
            assert.ok(analysis.script.statements.some((s) => s.kind === 'expect'), 'expect lines');
          }
        });
      });

      it('is written in its language', () => {
        const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8').replace(/```tcpflow[\s\S]*?```/g, '');
        const hangul = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
        assert.ok(name.endsWith('.ko.md') ? hangul > 500 : hangul === 0, `${hangul} Hangul syllables`);
      });
    });
  }
});
