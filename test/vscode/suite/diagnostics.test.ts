import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core/analyze';
import { SHOWN_DIAGNOSTICS_LIMIT } from '../../../src/core/shownDiagnostics';
import { wrongAcksStory } from '../../../bench/story';
import { closeAll, codeOf, diagnosticsOf, OPENED, openScript, withSetting } from './editorSupport';

describe('editor: diagnostics', () => {
  afterEach(closeAll);

  it('opens a .tcpflow file in the tcpflow language', async () => {
    const editor = await openScript(OPENED);
    assert.strictEqual(editor.document.languageId, 'tcpflow');
  });

  it('shows problems on open with our code, the RFC section as a link, and the source', async () => {
    const editor = await openScript(`${OPENED}C -> B: ACK\n`);
    const [third] = await diagnosticsOf(editor.document.uri, (l) => l.some((d) => codeOf(d) === 'third-host'), 'the third-host error');
    const d = vscode.languages.getDiagnostics(editor.document.uri).find((x) => codeOf(x) === 'third-host')!;
    assert.ok(third);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(d.source, 'tcpflow');
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.character], [4, 0, 1]);
    assert.match(d.message, /\(RFC 9293 §3\.5\)$/);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.strictEqual(code.target.toString(true), 'https://www.rfc-editor.org/rfc/rfc9293#section-3.5');
  });

  it('points to related places: where the host entered the state an expect did not foresee', async () => {
    const editor = await openScript(`${OPENED}expect A LISTEN\n`);
    const [d] = await diagnosticsOf(editor.document.uri, (l) => l.length === 1, 'the expect-mismatch');
    const [related] = d!.relatedInformation ?? [];
    assert.ok(related, 'related information');
    assert.strictEqual(related.location.uri.toString(), editor.document.uri.toString());
    assert.strictEqual(related.location.range.start.line, 2);
    assert.strictEqual(related.message, 'A entered ESTABLISHED here');
  });

  it('maps hint severity to Hint, and hides hints when tcpflow.diagnostics.showHints is off', async () => {
    const editor = await openScript('B: listen\nA -> B: SYN seq=0\nB -> A: SYN,ACK seq=300 ack=1\nA -> B: ACK seq=1 ack=301\n');
    const uri = editor.document.uri;
    const shown = await diagnosticsOf(uri, (l) => l.some((d) => codeOf(d) === 'zero-isn'), 'the zero-isn hint');
    assert.strictEqual(shown.find((d) => codeOf(d) === 'zero-isn')!.severity, vscode.DiagnosticSeverity.Hint);
    const restore = await withSetting('diagnostics.showHints', false);
    try {
      await diagnosticsOf(uri, (l) => !l.some((d) => codeOf(d) === 'zero-isn'), 'the hint to go');
    } finally {
      await restore();
    }
    await diagnosticsOf(uri, (l) => l.some((d) => codeOf(d) === 'zero-isn'), 'the hint to come back');
  });

  it('follows edits after typing pauses, and clears the problems when the file closes', async function () {
    this.timeout(60_000);
    const editor = await openScript(OPENED);
    const uri = editor.document.uri;
    await diagnosticsOf(uri, (l) => l.length === 0, 'a clean script');
    await editor.edit((e) => e.insert(new vscode.Position(4, 0), 'expect A LISTEN\n'));
    const [mismatch] = await diagnosticsOf(uri, (l) => l.length === 1, 'the expect-mismatch');
    assert.strictEqual(codeOf(mismatch!), 'expect-mismatch');
    assert.strictEqual(mismatch!.range.start.line, 4);
    await closeAll();
    // VS Code disposes a closed document (and says so) when nothing else holds it, which a busy
    // workbench can put off for several seconds.
    await diagnosticsOf(uri, (l) => l.length === 0, 'the problems to clear on close', 30000);
  });

  it('lists what VS Code lists of a script with thousands of problems, the last entry counting the rest', async function () {
    this.timeout(60_000);
    const text = wrongAcksStory(1500);
    const total = analyze(text).diagnostics.length;
    assert.ok(total > SHOWN_DIAGNOSTICS_LIMIT);
    const editor = await openScript(text);
    // They come a page at a time; the entry counting the rest is the last.
    const isCounting = (d: vscode.Diagnostic): boolean => d.severity === vscode.DiagnosticSeverity.Information;
    const shown = await diagnosticsOf(editor.document.uri, (l) => l.some(isCounting), 'the problems');
    assert.strictEqual(shown.length, SHOWN_DIAGNOSTICS_LIMIT);
    const counting = shown.filter((d) => d.severity === vscode.DiagnosticSeverity.Information);
    assert.strictEqual(counting.length, 1, 'one entry counts the rest, and VS Code adds none of its own');
    assert.strictEqual(counting[0]!.source, 'tcpflow');
    const notListed = Number(/^(\d+) more problems are not listed/.exec(counting[0]!.message)?.[1]);
    assert.strictEqual(notListed + SHOWN_DIAGNOSTICS_LIMIT - 1, total);
    assert.ok(shown.filter((d) => d !== counting[0]).every((d) => d.severity === vscode.DiagnosticSeverity.Warning && d.message.endsWith(')')));

    // Fewer problems after an edit: the pages the thousand needed are emptied, not left showing old ones.
    const edit = new vscode.WorkspaceEdit();
    edit.replace(editor.document.uri, new vscode.Range(0, 0, editor.document.lineCount, 0), `${OPENED}expect A LISTEN\n`);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await diagnosticsOf(editor.document.uri, (l) => l.length === 1, 'the one problem left after the edit, and no page of the old ones');
    assert.deepStrictEqual(after.map(codeOf), ['expect-mismatch']);
  });

  it('speaks Korean when tcpflow.language is ko', async () => {
    const restore = await withSetting('language', 'ko');
    try {
      const editor = await openScript(`${OPENED}expect A LISTEN\n`);
      const [d] = await diagnosticsOf(editor.document.uri, (l) => l.length === 1 && /상태/.test(l[0]!.message), 'a Korean message');
      assert.match(d!.message, /RFC 9293 §3\.3\.2/);
    } finally {
      await restore();
    }
  });
});
