import * as assert from 'assert';
import { estimateWidth, type TextFont } from '../../../src/core/timeline/measure';
import { allScripts, draw, drawnSegments, lifelineX, readScript, shaftOf, type Drawn } from './support';

// The contract tools and outside checks read (tcpflow-language.md, "tcpflow svg"), held on every
// lesson, exercise and solution.

function segmentGroups(svg: Element, line: number): Element[] {
  return [...svg.querySelectorAll('g.segment')].filter((g) => g.getAttribute('data-line') === String(line));
}

/** What a browser would draw outside the viewBox, by the same width estimate the layout uses. */
function clippedTexts(drawn: Drawn): string[] {
  const [minX, minY, width, height] = drawn.svg.getAttribute('viewBox')!.split(/\s+/).map(Number) as [number, number, number, number];
  const clipped: string[] = [];
  for (const text of drawn.svg.querySelectorAll('text')) {
    const group = text.closest('g');
    const font: TextFont = group?.matches('.step, .action, .timer') ? 'small' : group?.matches('.state, .host') ? 'state' : 'label';
    const scale = group?.matches('.host') ? 13 / 12 : text.classList.contains('title') ? 14 / 12 : 1;
    const w = estimateWidth(text.textContent ?? '', font) * scale;
    const x = Number(text.getAttribute('x'));
    const y = Number(text.getAttribute('y'));
    const anchor = text.getAttribute('text-anchor') ?? 'start';
    const left = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
    if (left < minX || left + w > minX + width || y - 13 < minY || y + 4 > minY + height) {
      clipped.push(`${text.textContent} at ${x},${y}`);
    }
  }
  return clipped;
}

describe('timeline contract, on every lesson, exercise and solution', () => {
  for (const file of allScripts()) {
    describe(file, () => {
      const drawn = draw(readScript(file));
      const { analysis, svg } = drawn;

      it('has a viewBox enclosing every text, and the drawing size', () => {
        const viewBox = svg.getAttribute('viewBox');
        assert.match(viewBox ?? '', /^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
        assert.strictEqual(viewBox, `0 0 ${drawn.drawing.width} ${drawn.drawing.height}`);
        assert.deepStrictEqual(clippedTexts(drawn), []);
      });

      it('draws one segment group per segment line, its classes saying lost and dup, its shaft first', () => {
        const segments = drawnSegments(analysis);
        assert.strictEqual(svg.querySelectorAll('g.segment').length, segments.length);
        for (const { step, detail } of segments) {
          const groups = segmentGroups(svg, step.line + 1);
          assert.strictEqual(groups.length, 1, `line ${step.line + 1}`);
          const group = groups[0]!;
          assert.strictEqual(group.classList.contains('lost'), detail.fate === 'lost', `lost on line ${step.line + 1}`);
          assert.strictEqual(group.classList.contains('dup'), detail.dup, `dup on line ${step.line + 1}`);
          assert.deepStrictEqual([...group.classList].filter((c) => !['segment', 'lost', 'dup'].includes(c)), []);
          const shaft = shaftOf(group);
          const from = lifelineX(svg, detail.from);
          const to = lifelineX(svg, detail.to);
          if (!detail.dup) {
            assert.strictEqual(shaft.x1, from, `sent from ${detail.from}'s lifeline, line ${step.line + 1}`);
          }
          const delivered = analysis.steps.some((s) => s.detail.kind === 'deliver' && s.detail.delivered?.sentLine === step.line);
          if (detail.fate === 'arrived' || delivered) {
            assert.strictEqual(shaft.x2, to, `arrives on ${detail.to}'s lifeline, line ${step.line + 1}`);
            assert.ok(shaft.y2 > shaft.y1, 'time runs down');
          } else if (detail.fate === 'lost') {
            assert.ok(Math.min(from, to) < shaft.x2 && shaft.x2 < Math.max(from, to), 'lost part-way across');
            assert.ok(group.querySelector('.cross'), 'a ✕ where it was lost');
          }
        }
      });

      it('labels every state change with the state, beside its host, at its line', () => {
        for (const step of analysis.steps) {
          for (const host of analysis.hosts) {
            const after = step.states[host.name];
            if (after === undefined || after === step.before[host.name]) {
              continue;
            }
            const labels = [...svg.querySelectorAll('g.state')].filter(
              (g) => g.getAttribute('data-host') === host.name && g.getAttribute('data-line') === String(step.line + 1),
            );
            assert.strictEqual(labels.length, 1, `${host.name} on line ${step.line + 1}`);
            assert.strictEqual(labels[0]!.textContent, after);
          }
        }
      });

      it('writes every note where the script writes it', () => {
        for (const statement of analysis.script.statements) {
          if (statement.kind === 'note' && statement.text && statement.text.value.trim()) {
            const drawnNote = svg.querySelector(`g.note[data-line="${statement.line + 1}"]`);
            assert.ok(drawnNote, `note on line ${statement.line + 1}`);
            assert.ok(drawnNote.textContent?.includes(statement.text.value.trim()));
          }
        }
      });

      it('ties every drawn event to its line and slot', () => {
        const grouped = svg.querySelectorAll('g.segment, g.delivery, g.state, g.action, g.note, g.timer, g.step');
        assert.ok(grouped.length > 0);
        for (const group of grouped) {
          assert.match(group.getAttribute('data-line') ?? '', /^[1-9]\d*$/);
          assert.match(group.getAttribute('data-slot') ?? '', /^\d+$/);
        }
        const lines = new Set(analysis.steps.map((s) => s.line + 1));
        for (const step of svg.querySelectorAll('g.step')) {
          if (step.textContent !== '✗') {
            assert.ok(lines.has(Number(step.getAttribute('data-line'))));
          }
        }
        for (const element of drawn.drawing.elements) {
          const match = svg.querySelector(`[data-line="${element.line + 1}"][data-slot="${element.slot}"]`);
          assert.ok(match, `element on line ${element.line + 1} slot ${element.slot}`);
        }
      });

      it('holds nothing executable and nothing external', () => {
        assert.strictEqual(svg.querySelectorAll('script, foreignObject').length, 0);
        for (const element of [svg, ...svg.querySelectorAll('*')]) {
          for (const attribute of element.attributes) {
            assert.ok(!/^on/i.test(attribute.name), `${attribute.name} on <${element.nodeName}>`);
            assert.ok(!/href$/i.test(attribute.name), `${attribute.name} on <${element.nodeName}>`);
          }
        }
        assert.ok(!/url\(|@import|javascript:/i.test(drawn.drawing.svg));
      });
    });
  }

  it('checks the lessons, the exercises and their solutions', () => {
    const files = allScripts();
    assert.ok(files.filter((f) => f.startsWith('examples')).length >= 18);
    assert.ok(files.some((f) => f.includes('solutions')));
  });
});
