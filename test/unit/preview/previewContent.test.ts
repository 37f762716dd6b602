import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import type { Lang } from '../../../src/core/messages';
import type { Analysis } from '../../../src/core/model';
import { lastGoodAfter, previewContent, sameContent, type PreviewContent } from '../../../src/extension/preview/previewContent';
import type { PreviewStyle } from '../../../src/shared/preview/protocol';

/** One document's versions in turn, each with the last good one before it, as the analysis cache keeps them. */
class Versions {
  private lastGood: Analysis | undefined;

  constructor(private readonly lang: Lang) {}

  next(analysis: Analysis, uri: string, source: string, view: { style: PreviewStyle; showSeq: boolean } = { style: 'sequence', showSeq: true }): PreviewContent {
    this.lastGood = lastGoodAfter(analysis, this.lastGood);
    return previewContent({ analysis, lastGood: this.lastGood }, uri, source, { ...view, lang: this.lang });
  }
}

const GOOD = ['host A', 'host B', 'B: listen', 'A -> B: SYN seq=100', 'B -> A: SYN+ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301', ''].join('\n');
/** The same story with a typo in a flag: an error on line 4 (0-based 3). */
const BROKEN = GOOD.replace('SYN seq=100', 'SYM seq=100');
const URI = 'file:///w/handshake.tcpflow';

function content(tracker: Versions, text: string) {
  return tracker.next(analyze(text), URI, 'handshake.tcpflow');
}

describe('preview content: the last good diagram while the script has errors', () => {
  it('shows the current diagram, its steps and states when there is no error', () => {
    const shown = content(new Versions('en'), GOOD);
    const analysis = analyze(GOOD);
    assert.strictEqual(shown.diagram.text, analysis.diagram.text);
    assert.deepStrictEqual(shown.diagram.elements, analysis.diagram.elements);
    assert.deepStrictEqual(
      shown.steps.map((s) => `${s.line}: ${s.states.A} ${s.states.B}`),
      ['2: CLOSED LISTEN', '3: SYN-SENT SYN-RECEIVED', '4: ESTABLISHED SYN-RECEIVED', '5: ESTABLISHED ESTABLISHED'],
    );
    assert.deepStrictEqual(shown.hosts, [
      { name: 'A', label: 'A' },
      { name: 'B', label: 'B' },
    ]);
    assert.deepStrictEqual(shown.problems, []);
    assert.strictEqual(shown.stale, false);
  });

  it('keeps the last good diagram while errors last, listing the current errors', () => {
    const tracker = new Versions('en');
    const good = content(tracker, GOOD);
    const broken = content(tracker, BROKEN);
    assert.strictEqual(broken.diagram.text, good.diagram.text);
    assert.deepStrictEqual(broken.steps, good.steps);
    assert.strictEqual(broken.stale, true);
    assert.ok(broken.errorCount >= 1);
    assert.strictEqual(broken.problems[0]?.line, 3);
    assert.strictEqual(broken.problems[0]?.code, 'unknown-flag');
    const fixed = content(tracker, GOOD.replace('seq=300', 'seq=500').replace('ack=301', 'ack=501'));
    assert.strictEqual(fixed.stale, false);
    assert.notStrictEqual(fixed.diagram.text, good.diagram.text, 'a good version replaces the last good one');
  });

  it('shows an erring first version as it is, with the erring step marked by the core', () => {
    const shown = content(new Versions('en'), BROKEN);
    assert.strictEqual(shown.stale, false);
    assert.strictEqual(shown.diagram.text, analyze(BROKEN).diagram.text);
    assert.ok(shown.diagram.text.includes('✗'), 'the erring step is marked');
  });

  it('keeps the last good version of each document apart', () => {
    content(new Versions('en'), GOOD);
    assert.strictEqual(content(new Versions('en'), BROKEN).stale, false, 'another document has no good version yet');
  });

  it('writes the errors in the language asked for', () => {
    const en = content(new Versions('en'), BROKEN).problems[0]!.message;
    const ko = content(new Versions('ko'), BROKEN).problems[0]!.message;
    assert.notStrictEqual(en, ko);
    assert.match(ko, /[가-힣]/);
  });

  it('lists at most 50 errors but counts them all', () => {
    const text = ['host A', 'host B', ...Array.from({ length: 80 }, () => 'A -> B: BOGUS')].join('\n');
    const shown = content(new Versions('en'), text);
    assert.strictEqual(shown.problems.length, 50);
    assert.ok(shown.errorCount >= 80, `${shown.errorCount} errors counted`);
  });

  it('tells two contents apart only when the preview would look different', () => {
    const a = content(new Versions('en'), GOOD);
    const b = content(new Versions('en'), GOOD + '\n# a comment\n');
    assert.strictEqual(sameContent(a, b), true);
    const c = content(new Versions('en'), GOOD.replace('seq=100', 'seq=200').replace('ack=101', 'ack=201').replace('seq=101', 'seq=201'));
    assert.strictEqual(sameContent(a, c), false);
    assert.strictEqual(sameContent(a, { ...a, stale: true }), false);
    assert.strictEqual(sameContent(a, { ...a, problems: [{ line: 1, character: 0, message: 'x', code: 'syntax' }], errorCount: 1 }), false);
  });
});

describe('preview content: the timeline view', () => {
  it('sends the timeline its input (the shown analysis) only while the timeline is the view', () => {
    const tracker = new Versions('ko');
    const sequence = tracker.next(analyze(GOOD), URI, 'handshake.tcpflow', { style: 'sequence', showSeq: true });
    assert.strictEqual(sequence.style, 'sequence');
    assert.strictEqual(sequence.timeline, undefined);
    const timeline = tracker.next(analyze(GOOD), URI, 'handshake.tcpflow', { style: 'timeline', showSeq: false });
    const analysis = analyze(GOOD);
    assert.strictEqual(timeline.style, 'timeline');
    assert.deepStrictEqual(timeline.timeline?.input.hosts, analysis.hosts);
    assert.strictEqual(timeline.timeline?.input.steps.length, analysis.steps.length);
    assert.strictEqual(timeline.timeline?.showSeq, false);
    assert.strictEqual(timeline.timeline?.lang, 'ko');
    assert.ok(!sameContent(sequence, timeline), 'switching views is a change to send');
    // What travels must survive VS Code's JSON between the host and the page.
    const json = JSON.stringify(timeline.timeline);
    assert.strictEqual(JSON.stringify(JSON.parse(json)), json);
  });

  it('keeps the last good story in the timeline too while the script has errors', () => {
    const tracker = new Versions('en');
    const view = { style: 'timeline', showSeq: true } as const;
    const good = tracker.next(analyze(GOOD), URI, 'handshake.tcpflow', view);
    const broken = tracker.next(analyze(BROKEN), URI, 'handshake.tcpflow', view);
    assert.deepStrictEqual(broken.timeline, good.timeline);
    assert.strictEqual(broken.stale, true);
  });
});
