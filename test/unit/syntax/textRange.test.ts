import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { range, rangeBetween, rangeContains } from '../../../src/core/text';

describe('compact ranges', () => {
  it('read as a Range: start and end are positions', () => {
    const r = range(2, 4, 3, 1);
    assert.deepStrictEqual({ ...r.start }, { line: 2, character: 4 });
    assert.deepStrictEqual({ ...r.end }, { line: 3, character: 1 });
    assert.ok(rangeContains(r, { line: 2, character: 9 }));
    assert.ok(!rangeContains(r, { line: 3, character: 2 }));
    assert.deepStrictEqual(rangeBetween(r.end, r.start), range(3, 1, 2, 4));
  });

  it('are written to JSON as { start, end }, as webview messages and the CLI carry them', () => {
    assert.strictEqual(JSON.stringify(range(0, 1, 0, 5)), '{"start":{"line":0,"character":1},"end":{"line":0,"character":5}}');
    const analysis = analyze('host A\nhost B\nA -> B: SYN seq=1\nA -> B: SYNN\n');
    const copy = JSON.parse(JSON.stringify({ hosts: analysis.hosts, diagnostics: analysis.diagnostics })) as typeof analysis;
    assert.deepStrictEqual(copy.hosts[1]!.declaredAt, { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } });
    const typo = analysis.diagnostics.find((d) => d.code === 'unknown-flag')!;
    const copied = copy.diagnostics.find((d) => d.code === 'unknown-flag')!;
    assert.deepStrictEqual(copied.range, { start: { ...typo.range.start }, end: { ...typo.range.end } });
    assert.deepStrictEqual(copied.range, { start: { line: 3, character: 8 }, end: { line: 3, character: 12 } });
  });
});
