import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { analyze } from '../../../src/core/analyze';
import { CUSTOM_PROPERTIES, notesOf, renderTimeline } from '../../../src/core/timeline';
import { LISTED_PROBLEMS, type BlockOptions, type BlockStrings } from '../../../src/extension/markdown/blockHtml';
import { readFenceInfo, viewOf } from '../../../src/extension/markdown/fenceInfo';
import { tcpflowMarkdownIt } from '../../../src/extension/markdown/markdownItPlugin';
import { arrangeSequenceDrawing, type ArrangedElement } from '../../../src/webview/sequenceDrawing';
import { mermaidParse, renderSequence } from '../support/mermaidParse';

// ```tcpflow blocks as VS Code's Markdown preview renders them: through a real markdown-it, with the
// preview's own source-map attributes, leaving every other fence alone and every label inert.

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

const STRINGS: BlockStrings = {
  problems: 'Problems in this story: {0}',
  line: 'Line {0}',
  severity: { error: 'error', warning: 'warning', hint: 'note' },
  more: 'and {0} more',
  unknownView: '“{0}” is not a view',
  diagramOf: 'Diagram: {0}',
  untitled: 'a TCP story',
  drawing: 'Drawing…',
  renderFailed: 'The diagram could not be drawn: {0}',
};

const HANDSHAKE = ['title "Handshake"', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', ''].join('\n');

function options(overrides: Partial<BlockOptions> = {}): BlockOptions {
  return { lang: 'en', showSeq: true, showHints: true, defaultView: 'sequence', strings: STRINGS, ...overrides };
}

/** markdown-it as VS Code's preview sets it up: each block token carries data-line and the code-line class. */
function markdown(blockOptions: BlockOptions = options()): MarkdownIt {
  const md = new MarkdownIt({ html: true });
  md.core.ruler.push('source_map_data_attribute', (state) => {
    for (const token of state.tokens) {
      if (token.map && token.type !== 'inline') {
        token.attrSet('data-line', String(token.map[0]));
        token.attrJoin('class', 'code-line');
      }
    }
  });
  return tcpflowMarkdownIt(md, () => blockOptions);
}

function render(text: string, blockOptions?: BlockOptions): Document {
  return new JSDOM(markdown(blockOptions).render(text)).window.document;
}

function fenced(info: string, body: string): string {
  return `# A note\n\n\`\`\`${info}\n${body}\`\`\`\n`;
}

function problems(document: Document): string[] {
  return [...document.querySelectorAll('.tcpflow-problem')].map((li) => li.textContent ?? '');
}

describe('```tcpflow blocks in the Markdown preview', () => {
  it("replaces the fence with the story's Mermaid text, inert, that reads back exactly and Mermaid accepts", async () => {
    const document = render(fenced('tcpflow', HANDSHAKE));
    const blocks = document.querySelectorAll('.tcpflow-block');
    assert.strictEqual(blocks.length, 1);
    assert.strictEqual(document.querySelectorAll('pre > code').length, 0, 'no code block left');
    const source = blocks[0]!.querySelector('pre.tcpflow-mermaid')!;
    assert.ok(source.hasAttribute('hidden'));
    const expected = analyze(HANDSHAKE).diagram.text;
    assert.strictEqual(source.textContent, expected);
    await mermaidParse(source.textContent!);
    assert.strictEqual(blocks[0]!.querySelector('.tcpflow-diagram')!.getAttribute('aria-label'), 'Diagram: Handshake');
    assert.strictEqual(document.querySelectorAll('.tcpflow-problem').length, 0, 'a clean story lists no problem');
  });

  it("keeps the preview's data-line and code-line class, so scrolling the editor scrolls the preview", () => {
    const block = render(fenced('tcpflow', HANDSHAKE)).querySelector('.tcpflow-block')!;
    assert.strictEqual(block.getAttribute('data-line'), '2');
    assert.deepStrictEqual([...block.classList].sort(), ['code-line', 'tcpflow-block']);
  });

  it('leaves every other fence to markdown-it', () => {
    const text = '```js\nconst a = "<b>";\n```\n\n```\nplain\n```\n\n```tcpflowx\nB: listen\n```\n';
    const plain = new MarkdownIt().render(text);
    const document = new JSDOM(markdown().render(text)).window.document;
    assert.strictEqual(document.querySelectorAll('.tcpflow-block').length, 0);
    const codes = [...document.querySelectorAll('pre > code')].map((c) => c.textContent);
    assert.deepStrictEqual(codes, [...new JSDOM(plain).window.document.querySelectorAll('pre > code')].map((c) => c.textContent));
  });

  it('takes the view from the info string, else from the setting', () => {
    const view = (info: string, defaultView: 'sequence' | 'timeline' = 'sequence'): string | null =>
      render(fenced(info, HANDSHAKE), options({ defaultView })).querySelector('.tcpflow-block')!.getAttribute('data-tcpflow-view');
    assert.strictEqual(view('tcpflow'), 'sequence');
    assert.strictEqual(view('tcpflow', 'timeline'), 'timeline');
    assert.strictEqual(view('tcpflow sequence', 'timeline'), 'sequence');
    assert.strictEqual(view('TCPFlow Timeline'), 'timeline');
    assert.deepStrictEqual(readFenceInfo('tcpflow  timeline  {.x}'), { view: 'timeline', unknownView: undefined });
    assert.strictEqual(readFenceInfo('mermaid'), undefined);
    assert.strictEqual(viewOf('timeline'), 'timeline');
    assert.strictEqual(viewOf('sideways'), 'sequence');
    assert.strictEqual(viewOf(undefined), 'sequence');
  });

  it('says so when the info string names no view, and draws the default one', () => {
    const document = render(fenced('tcpflow sideways', HANDSHAKE));
    assert.strictEqual(document.querySelector('.tcpflow-block')!.getAttribute('data-tcpflow-view'), 'sequence');
    assert.deepStrictEqual(problems(document), ['warning “sideways” is not a view']);
  });

  it("lists the block's problems under it: line inside the block, severity, message, code; errors first", () => {
    const story = ['B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=302', 'A -> B: SYM', ''].join('\n');
    const document = render(fenced('tcpflow', story));
    const listed = problems(document);
    assert.ok(listed.length >= 3, JSON.stringify(listed));
    assert.match(listed[0]!, /^Line 4 error .* \[ack-mismatch\]$/);
    assert.ok(listed.some((l) => /^Line 5 error .*SYM.* \[unknown-flag\]$/.test(l)), JSON.stringify(listed));
    const severities = listed.map((l) => l.split(' ')[2]);
    assert.deepStrictEqual(severities, [...severities].sort((a, b) => ['error', 'warning', 'note'].indexOf(a!) - ['error', 'warning', 'note'].indexOf(b!)));
    const expected = analyze(story).diagnostics;
    assert.ok(expected.length <= LISTED_PROBLEMS, 'a story whose problems all fit');
    assert.strictEqual(listed.length, expected.length);
    for (const d of expected) {
      assert.ok(listed.some((l) => l.startsWith(`Line ${d.range.start.line + 1} `) && l.endsWith(`[${d.code}]`)), `${d.code} on line ${d.range.start.line + 1} in ${JSON.stringify(listed)}`);
    }
    assert.strictEqual(document.querySelector('.tcpflow-problems-title')!.textContent, `Problems in this story: ${expected.length}`);
    // The block draws its diagram all the same.
    assert.ok(document.querySelector('pre.tcpflow-mermaid')!.textContent!.startsWith('sequenceDiagram'));
  });

  it('lists the first few problems and counts the rest', () => {
    const story = ['B: listen', ...Array.from({ length: 9 }, (_, i) => `A -> B: SYM${i}`), ''].join('\n');
    const document = render(fenced('tcpflow', story));
    const errors = analyze(story).diagnostics.length;
    assert.ok(errors > LISTED_PROBLEMS);
    assert.strictEqual(problems(document).length, LISTED_PROBLEMS);
    assert.strictEqual(document.querySelector('.tcpflow-more')!.textContent, `and ${errors - LISTED_PROBLEMS} more`);
  });

  it('leaves teaching notes out when hints are turned off, and writes messages in the chosen language', () => {
    const story = ['B: listen', 'A -> B: SYM', ''].join('\n');
    const korean = problems(render(fenced('tcpflow', story), options({ lang: 'ko' })));
    assert.match(korean.join('\n'), /[\uac00-\ud7a3]/);
    const all = analyze(story).diagnostics;
    const withoutHints = problems(render(fenced('tcpflow', story), options({ showHints: false })));
    assert.strictEqual(withoutHints.length, Math.min(all.filter((d) => d.severity !== 'hint').length, LISTED_PROBLEMS));
  });

  it('keeps hostile labels, notes and info strings inert', () => {
    const hostile = [
      'title "</pre><script>alert(1)</script>"',
      'host A "<img src=x onerror=alert(1)>"',
      'host B "%%{init: {}}%%"',
      'B: listen',
      'A -> B: SYN seq=100 "</div><iframe src=javascript:alert(3)>"',
      'note "<script>alert(2)</script>"',
      'A -> B: <svg/onload=alert(4)>',
      '',
    ].join('\n');
    for (const info of ['tcpflow', 'tcpflow "><script>alert(5)</script>']) {
      const document = render(fenced(info, hostile));
      const body = document.body;
      assert.strictEqual(body.querySelectorAll('script, img, iframe, svg, [onerror], [onload]').length, 0, info);
      assert.deepStrictEqual(
        [...body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()).filter((t) => !['h1', 'div', 'pre', 'p', 'ul', 'li', 'span'].includes(t)),
        [],
      );
      assert.strictEqual(body.querySelector('pre.tcpflow-mermaid')!.textContent, analyze(hostile).diagram.text);
      assert.strictEqual(body.querySelector('.tcpflow-diagram')!.getAttribute('aria-label'), 'Diagram: </pre><script>alert(1)</script>');
    }
  });

  it("draws a timeline block as the core's SVG in webview mode, with nothing left for Mermaid", () => {
    const document = render(fenced('tcpflow timeline', HANDSHAKE));
    const diagram = document.querySelector('.tcpflow-block[data-tcpflow-view="timeline"] > .tcpflow-diagram.tcpflow-timeline-view')!;
    assert.ok(diagram, 'a timeline block');
    assert.strictEqual(document.querySelectorAll('pre.tcpflow-mermaid').length, 0);
    const analysis = analyze(HANDSHAKE);
    const expected = renderTimeline({ ...analysis, notes: notesOf(analysis) }, { showSeq: true, lang: 'en', mode: 'webview' }).svg;
    assert.strictEqual(diagram.innerHTML.replace(/\s+/g, ''), new JSDOM(`<div>${expected}</div>`).window.document.querySelector('div')!.innerHTML.replace(/\s+/g, ''));
    assert.ok(diagram.querySelector('svg.tcpflow-timeline'));
    assert.doesNotMatch(diagram.innerHTML, /prefers-color-scheme/, 'colours come from the preview, not the SVG');
  });

  it('keeps hostile labels inert in a timeline block too', () => {
    const hostile = [
      'title "</svg><script>alert(1)</script>"',
      'host A "<img src=x onerror=alert(2)>"',
      'host B "]]><foreignObject><div>x</div></foreignObject>"',
      'B: listen',
      'A -> B: SYN seq=100 "</text><script>alert(3)</script>"',
      'note "<style>*{display:none}</style>"',
      '',
    ].join('\n');
    const body = render(fenced('tcpflow timeline', hostile)).body;
    assert.strictEqual(body.querySelectorAll('script, img, iframe, foreignObject, [onerror], [onload]').length, 0);
    assert.strictEqual(body.querySelectorAll('style').length, 1, "only the timeline's own style sheet");
    const text = body.querySelector('svg')!.textContent ?? '';
    for (const label of ['<img src=x onerror=alert(2)>', '</text><script>alert(3)</script>', '<style>*{display:none}</style>']) {
      assert.ok(text.includes(label), `${label} drawn as text`);
    }
  });

  it("gives the timeline every colour it reads, in the preview's light, dark and high-contrast themes", () => {
    const css = fs.readFileSync(path.join(ROOT, 'media', 'markdown-preview.css'), 'utf8');
    const rule = (selector: string): string => {
      const at = css.indexOf(`${selector} {`);
      assert.ok(at >= 0, `a rule for ${selector}`);
      return css.slice(at, css.indexOf('}', at));
    };
    const base = rule('.tcpflow-timeline-view');
    for (const property of CUSTOM_PROPERTIES) {
      assert.ok(base.includes(`${property}:`), `${property} set for the timeline`);
    }
    const dark = rule('body.vscode-dark .tcpflow-timeline-view');
    const contrast = rule('body.vscode-high-contrast-light .tcpflow-timeline-view');
    for (const property of CUSTOM_PROPERTIES.filter((p) => !['--tcpflow-tl-bg', '--tcpflow-tl-fg', '--tcpflow-tl-font'].includes(p))) {
      assert.ok(dark.includes(`${property}:`), `${property} in the dark theme`);
      assert.ok(contrast.includes(`${property}:`), `${property} in high contrast`);
    }
  });

  it('lists what the preview script needs to colour the state notes and start the Network, as the preview does', async () => {
    const story = 'host A\nhost B\nB: listen\nA ~> B: SYN seq=1 as s\ndeliver s\nB -> A: SYN,ACK seq=5 ack=2\nA -> B: ACK seq=2 ack=6\n';
    const source = render(fenced('tcpflow', story)).querySelector<HTMLElement>('pre.tcpflow-mermaid')!;
    const elements = JSON.parse(source.dataset.tcpflowElements!) as ArrangedElement[];
    assert.deepStrictEqual(
      elements.map((e) => e.kind),
      analyze(story).diagram.elements.map((e) => e.kind),
    );
    const rendered = await renderSequence(source.textContent!);
    for (const theme of ['vscode-light', 'vscode-dark', 'vscode-high-contrast']) {
      document.body.className = theme;
      const holder = document.createElement('div');
      holder.innerHTML = rendered.svg;
      document.body.append(holder);
      const svg = holder.querySelector('svg')!;
      arrangeSequenceDrawing(svg, elements);
      const boxes = [...svg.querySelectorAll<SVGRectElement>('rect.tcpflow-phase')];
      assert.deepStrictEqual(
        [...new Set(boxes.map((r) => [...r.classList].find((c) => c.startsWith('tcpflow-phase-'))))].sort(),
        ['tcpflow-phase-closed', 'tcpflow-phase-opening', 'tcpflow-phase-synchronized'],
        theme,
      );
      // High contrast keeps the background behind the text and says the phase with a thick border.
      assert.ok(boxes.every((r) => r.style.strokeWidth === (theme === 'vscode-high-contrast' ? '3px' : '1.5px')), theme);
      assert.strictEqual(svg.querySelectorAll('rect.tcpflow-network-box').length, 1, `${theme}: the Network's head`);
      assert.strictEqual(svg.querySelector('rect.actor-top[name="net"]'), null, `${theme}: no Network box in the header`);
      holder.remove();
    }
    document.body.className = '';
  });

  it('contributes the plugin, the preview script and the stylesheet in the manifest, and ships them', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: Record<string, unknown> };
    assert.strictEqual(manifest.contributes['markdown.markdownItPlugins'], true);
    const files = [...(manifest.contributes['markdown.previewScripts'] as string[]), ...(manifest.contributes['markdown.previewStyles'] as string[])];
    assert.deepStrictEqual(files, ['./dist/markdown/preview.js', './media/markdown-preview.css']);
    assert.ok(fs.existsSync(path.join(ROOT, 'media', 'markdown-preview.css')));
    const build = fs.readFileSync(path.join(ROOT, 'esbuild.js'), 'utf8');
    assert.ok(build.includes("outfile: 'dist/markdown/preview.js'"), 'esbuild builds the preview script');
    assert.ok(build.includes("outfile: 'dist/markdown/draw.js'"), 'and the drawing script it loads');
  });
});
