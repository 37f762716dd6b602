import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { editorText } from '../../../src/core/messages/editor';
import { diagnosticsToShow, SHOWN_DIAGNOSTICS_LIMIT } from '../../../src/core/shownDiagnostics';
import { wrongAcksStory as wrongAcks } from '../../../bench/story';

describe('the problems the editor shows', () => {
  it('shows every problem of an ordinary script, in the analysis order', () => {
    const { diagnostics } = analyze(wrongAcks(40));
    const result = diagnosticsToShow(diagnostics, { showHints: true });
    assert.deepStrictEqual(result.shown, diagnostics);
    assert.strictEqual(result.notShown, 0);
    assert.strictEqual(result.firstNotShown, undefined);
  });

  it('past the limit, keeps the first ones by severity and leaves room for the entry that counts the rest', () => {
    const { diagnostics } = analyze(wrongAcks(40));
    const limit = 10;
    assert.ok(diagnostics.length > limit);
    const result = diagnosticsToShow(diagnostics, { showHints: true, limit });
    assert.strictEqual(result.shown.length, limit - 1, 'with the counting entry, exactly the limit');
    assert.deepStrictEqual(result.shown, diagnostics.slice(0, limit - 1));
    assert.strictEqual(result.notShown, diagnostics.length - (limit - 1));
    assert.strictEqual(result.firstNotShown, diagnostics[limit - 1]);
  });

  it('shows exactly the limit without a counting entry', () => {
    const { diagnostics } = analyze(wrongAcks(40));
    const result = diagnosticsToShow(diagnostics, { showHints: true, limit: diagnostics.length });
    assert.strictEqual(result.shown.length, diagnostics.length);
    assert.strictEqual(result.notShown, 0);
  });

  it('counts only what would be shown: hints when asked for, nothing of the line being typed', () => {
    const { diagnostics } = analyze(wrongAcks(40));
    // A line with a problem of its own that no other problem follows from.
    const typingLine = diagnostics.find((d) => d.cause !== undefined)!.range.start.line;
    const visible = diagnostics.filter((d) => d.severity !== 'hint' && d.range.start.line !== typingLine && d.cause?.range.start.line !== typingLine);
    assert.ok(visible.length < diagnostics.length && visible.length > 5);
    const all = diagnosticsToShow(diagnostics, { showHints: false, typingLine, limit: Number.MAX_SAFE_INTEGER });
    assert.deepStrictEqual(all.shown, visible);
    const capped = diagnosticsToShow(diagnostics, { showHints: false, typingLine, limit: 5 });
    assert.deepStrictEqual(capped.shown, visible.slice(0, 4));
    assert.strictEqual(capped.notShown, visible.length - 4);
  });

  it('keeps a pasted capture full of mistakes to what VS Code lists', () => {
    const { diagnostics } = analyze(wrongAcks(3000));
    assert.ok(diagnostics.length > SHOWN_DIAGNOSTICS_LIMIT);
    const result = diagnosticsToShow(diagnostics, { showHints: true });
    assert.strictEqual(result.shown.length + 1, SHOWN_DIAGNOSTICS_LIMIT);
    assert.strictEqual(result.shown.length + result.notShown, diagnostics.length);
  });

  it('says how many are not listed, in English and Korean', () => {
    assert.strictEqual(
      editorText('diagnostics.notShown', 'en', { count: 4321, limit: 1000 }),
      '4321 more problems are not listed: VS Code lists at most 1000 per file. Fixing the ones listed brings the rest into view.',
    );
    assert.match(editorText('diagnostics.notShown', 'ko', { count: 4321, limit: 1000 }), /^문제가 4321개 더 있지만 목록에 없습니다\. VS Code는 파일 하나에 1000개까지만/);
  });
});
