import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { compareDiagnostics } from '../../../src/core/diagnostics';
import { runToEnd, SLICE_SIZE } from '../../../src/core/slices';
import { sortInSlices } from '../../../src/core/sortInSlices';
import { wrongAcksStory } from '../../../bench/story';

describe('sorting in slices', () => {
  it('orders as Array#sort does, ties in their first order, at every length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 * SLICE_SIZE }), (keys) => {
        const items = keys.map((key, index) => ({ key, index }));
        const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;
        assert.deepStrictEqual(runToEnd(sortInSlices(items, byKey)), [...items].sort(byKey));
      }),
      { numRuns: 200 },
    );
  });

  it('yields while it sorts a long list, and leaves the list it was given as it was', () => {
    const items = Array.from({ length: 40 * SLICE_SIZE }, (_, index) => (index * 7919) % 1000);
    const copy = [...items];
    const work = sortInSlices(items, (a, b) => a - b);
    let slices = 0;
    let next = work.next();
    for (; !next.done; next = work.next()) {
      slices++;
    }
    assert.ok(slices > 1, `${slices} slice(s)`);
    assert.deepStrictEqual(next.value, [...copy].sort((a, b) => a - b));
    assert.deepStrictEqual(items, copy);
  });

  it('gives a script full of problems the order of the Problems panel', () => {
    const { diagnostics } = analyze(wrongAcksStory(2000));
    assert.ok(diagnostics.length > 2 * SLICE_SIZE);
    assert.deepStrictEqual(diagnostics, [...diagnostics].sort(compareDiagnostics));
  });
});
