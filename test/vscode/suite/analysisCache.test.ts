import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze, type AnalyzeOptions } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';
import { AnalysisCache, PUBLISH_DELAY_MS, type AnalysisChange } from '../../../src/extension/analysisCache';
import { closeAll, OPENED, openScript, until } from './editorSupport';

/**
 * A cache of its own, counting the analyses it runs and the changes it announces.
 * Its pause is long enough that a loaded machine cannot split a scripted burst of keystrokes.
 */
const TEST_DELAY_MS = 1000;

function countingCache(): { cache: AnalysisCache; texts: string[]; changes: AnalysisChange[]; closed: vscode.Uri[] } {
  const texts: string[] = [];
  const changes: AnalysisChange[] = [];
  const closed: vscode.Uri[] = [];
  const cache = new AnalysisCache(
    () => ({ showSeq: true, lang: 'en' }),
    (text: string, options: AnalyzeOptions): Analysis => {
      texts.push(text);
      return analyze(text, options);
    },
    'tcpflow',
    TEST_DELAY_MS,
  );
  cache.onDidChange((c) => changes.push(c));
  cache.onDidClose((uri) => closed.push(uri));
  return { cache, texts, changes, closed };
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, TEST_DELAY_MS + PUBLISH_DELAY_MS));

describe('editor: the analysis cache', () => {
  afterEach(closeAll);

  it('analyses a burst of keystrokes once, for its last version, and announces it once', async () => {
    const editor = await openScript(OPENED);
    const { cache, texts, changes } = countingCache();
    try {
      for (const ch of 'expect A ESTABLISHED') {
        await editor.edit((e) => e.insert(new vscode.Position(4, editor.document.lineAt(4).text.length), ch));
      }
      await until(() => (changes.length > 0 ? true : undefined), 'the announcement');
      await settle();
      assert.strictEqual(texts.length, 1);
      assert.strictEqual(changes.length, 1);
      assert.strictEqual(changes[0]!.document.uri.toString(), editor.document.uri.toString());
      assert.strictEqual(changes[0]!.analysis.steps.length, 4);
    } finally {
      cache.dispose();
    }
  });

  it('gives every reader of one version the same analysis, and does no work for an edit that restores the text', async () => {
    const editor = await openScript(OPENED);
    const { cache, texts } = countingCache();
    try {
      const first = cache.get(editor.document);
      assert.strictEqual(cache.get(editor.document), first);
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), '#'));
      await editor.edit((e) => e.delete(new vscode.Range(0, 0, 0, 1)));
      assert.strictEqual(cache.get(editor.document), first);
      await settle();
      assert.strictEqual(texts.length, 1);
    } finally {
      cache.dispose();
    }
  });

  it('drops a document when it stops being a tcpflow document', async () => {
    const editor = await openScript(OPENED);
    const { cache, texts, closed } = countingCache();
    try {
      cache.get(editor.document);
      const uri = editor.document.uri.toString();
      // VS Code closes the document and opens it again in the new language.
      await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
      await until(() => (closed.some((u) => u.toString() === uri) ? true : undefined), 'the close');
      assert.strictEqual(texts.length, 1);
    } finally {
      cache.dispose();
    }
  });
});
