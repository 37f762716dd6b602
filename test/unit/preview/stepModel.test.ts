import * as assert from 'assert';
import type { PreviewElement, PreviewStep } from '../../../src/shared/preview/protocol';
import { clampStep, revealLimits } from '../../../src/webview/stepModel';

const note = (line: number): PreviewElement => ({ kind: 'note', line });
const message = (line: number): PreviewElement => ({ kind: 'message', line });
const step = (line: number): PreviewStep => ({ line, states: {} });

describe('step-through: which elements each step shows', () => {
  it('shows the opening states with the first event, and each event with its state notes', () => {
    // Opening states (drawn with the first event's line), then event 4 with two state notes, event 5 with one.
    const elements = [note(4), note(4), message(4), note(4), note(4), message(5), note(5)];
    assert.deepStrictEqual(revealLimits(elements, [step(4), step(5)]), [4, 6]);
  });

  it('shows a note written between events with the next event, and notes after the last event at the end', () => {
    const elements = [note(2), note(2), message(2), note(3), message(5), note(7)];
    assert.deepStrictEqual(revealLimits(elements, [step(2), step(5)]), [2, 5]);
  });

  it('keeps a step that draws nothing at the previous step, never going back', () => {
    const elements = [message(1), message(3)];
    assert.deepStrictEqual(revealLimits(elements, [step(1), step(2), step(3)]), [0, 0, 1]);
  });

  it('has no limits without steps', () => {
    assert.deepStrictEqual(revealLimits([note(0)], []), []);
  });

  it('clamps a step into 1..count, and has none without steps', () => {
    assert.strictEqual(clampStep(0, 3), 1);
    assert.strictEqual(clampStep(9, 3), 3);
    assert.strictEqual(clampStep(2, 3), 2);
    assert.strictEqual(clampStep(undefined, 3), undefined);
    assert.strictEqual(clampStep(2, 0), undefined);
  });
});
