import * as assert from 'assert';
import type { PreviewUpdate } from '../../../src/shared/preview/protocol';
import { parseHostMessage, parsePreviewState, parseWebviewMessage } from '../../../src/shared/preview/protocolChecks';
import { formatString, parsePreviewStrings } from '../../../src/shared/preview/stringTable';
import { previewStrings } from '../../../src/extension/preview/previewStrings';

const update: PreviewUpdate = {
  type: 'update',
  seq: 3,
  uri: 'file:///w/a.tcpflow',
  source: 'a.tcpflow',
  diagram: { text: 'sequenceDiagram\n', elements: [{ kind: 'message', line: 4 }, { kind: 'note', line: 4 }] },
  hosts: [{ name: 'A', label: 'Client' }],
  steps: [{ line: 4, states: { A: 'SYN-SENT' } }],
  problems: [{ line: 2, character: 5, message: 'bad', code: 'syntax' }],
  errorCount: 1,
  stale: true,
  style: 'sequence',
};

describe('preview protocol: what the host accepts from the webview', () => {
  it('accepts each well-formed message, copying only the known fields', () => {
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready', shown: 1 }), { type: 'ready', shown: 1 });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready', shown: -1 }), { type: 'ready' }, 'a seq it cannot have is no seq');
    assert.deepStrictEqual(parseWebviewMessage({ type: 'ready', shown: '1' }), { type: 'ready' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'setStyle', style: 'timeline' }), { type: 'setStyle', style: 'timeline' });
    assert.strictEqual(parseWebviewMessage({ type: 'setStyle', style: 'flowchart' }), undefined);
    assert.deepStrictEqual(parseWebviewMessage({ type: 'revealLine', line: 7 }), { type: 'revealLine', line: 7, preserveFocus: false });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'revealLine', line: 7, preserveFocus: true }), { type: 'revealLine', line: 7, preserveFocus: true });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'rendered', seq: 2, ok: false, error: 'x' }), { type: 'rendered', seq: 2, ok: false, error: 'x' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'export', format: 'svg', data: '<svg/>' }), { type: 'export', format: 'svg', data: '<svg/>' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'export', format: 'png', data: 'iVBORw0KGgo=' }), { type: 'export', format: 'png', data: 'iVBORw0KGgo=' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'copySource' }), { type: 'copySource' });
    assert.deepStrictEqual(parseWebviewMessage({ type: 'toggleLock' }), { type: 'toggleLock' });
  });

  it('rejects malformed or unknown messages', () => {
    for (const bad of [
      null,
      undefined,
      'ready',
      [],
      {},
      { type: 'eval', code: 'x' },
      { type: 'revealLine', line: -1 },
      { type: 'revealLine', line: 1.5 },
      { type: 'revealLine', line: '3' },
      { type: 'revealLine', line: Number.MAX_VALUE },
      { type: 'rendered', seq: 1 },
      { type: 'export', format: 'pdf', data: 'x' },
      { type: 'export', format: 'svg', data: '' },
      { type: 'export', format: 'svg', data: 42 },
      { type: 'export', format: 'png', data: 'not base64!' },
      { type: 'export', format: 'png', data: 'data:image/png;base64,iVBO' },
    ]) {
      assert.strictEqual(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });

  it('caps the error text a render reports', () => {
    const parsed = parseWebviewMessage({ type: 'rendered', seq: 1, ok: false, error: 'e'.repeat(10_000) });
    assert.strictEqual(parsed?.type === 'rendered' && parsed.error?.length, 2000);
  });
});

describe('preview protocol: what the webview accepts from the host', () => {
  it('accepts a complete update, a cursor line and a lock change', () => {
    assert.deepStrictEqual(parseHostMessage(update), update);
    assert.deepStrictEqual(parseHostMessage({ type: 'cursor', line: 0, follow: true }), { type: 'cursor', line: 0, follow: true });
    assert.strictEqual(parseHostMessage({ type: 'cursor', line: 0 }), undefined, 'a cursor says whether to follow it');
    assert.deepStrictEqual(parseHostMessage({ type: 'typing', extra: 1 }), { type: 'typing' });
    assert.deepStrictEqual(parseHostMessage({ type: 'lock', locked: true }), { type: 'lock', locked: true });
  });

  it('rejects an update with any field missing or of the wrong shape', () => {
    const broken: unknown[] = [
      { ...update, seq: -1 },
      { ...update, uri: undefined },
      { ...update, diagram: { text: 1, elements: [] } },
      { ...update, diagram: { text: '', elements: [{ kind: 'arrow', line: 1 }] } },
      { ...update, steps: [{ line: 1, states: { A: 3 } }] },
      { ...update, problems: [{ line: 1, message: 'x', code: 'y' }] },
      { ...update, hosts: [{ name: 'A' }] },
      { ...update, errorCount: undefined },
      { ...update, stale: 'yes' },
      { type: 'cursor', line: -2 },
      { ...update, style: 'gantt' },
      { ...update, style: 'timeline', timeline: { input: {}, showSeq: true, lang: 'en' } },
      { ...update, style: 'timeline', timeline: { input: { hosts: [], steps: [], diagnostics: [] }, showSeq: true, lang: 'fr' } },
      { type: 'lock' },
      { type: 'script', src: 'x' },
    ];
    for (const bad of broken) {
      assert.strictEqual(parseHostMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});

describe('preview protocol: state across reloads, and the string table', () => {
  it('reads a saved state back, clamping the zoom and dropping a bad step', () => {
    assert.deepStrictEqual(parsePreviewState({ uri: 'file:///a', locked: true, zoom: 2, step: 3, style: 'timeline' }), { uri: 'file:///a', locked: true, zoom: 2, step: 3, style: 'timeline' });
    assert.deepStrictEqual(parsePreviewState({ uri: 'file:///a', locked: false, zoom: 1e9, step: 0, style: 'gantt' }), { uri: 'file:///a', locked: false, zoom: 8, step: undefined, style: 'sequence' });
    assert.deepStrictEqual(parsePreviewState({ uri: 'file:///a', locked: false }), { uri: 'file:///a', locked: false, zoom: undefined, step: undefined, style: 'sequence' });
    assert.strictEqual(parsePreviewState({ uri: '', locked: false }), undefined);
    assert.strictEqual(parsePreviewState({ locked: false }), undefined);
    assert.strictEqual(parsePreviewState(undefined), undefined);
  });

  it('accepts the string table only when every string is there', () => {
    const strings = previewStrings((message) => message);
    assert.deepStrictEqual(parsePreviewStrings(strings), strings);
    const { stepOf: _dropped, ...missing } = strings;
    assert.strictEqual(parsePreviewStrings(missing), undefined);
    assert.strictEqual(parsePreviewStrings({ ...strings, play: 5 }), undefined);
  });

  it('fills numbered placeholders in any order, leaving unknown ones', () => {
    assert.strictEqual(formatString('{1}단계 중 {0}단계', 3, 12), '12단계 중 3단계');
    assert.strictEqual(formatString('Step {0} of {2}', 1), 'Step 1 of {2}');
  });
});
