import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyzeInSlices, type AnalyzeOptions } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/model';
import type { Sliced } from '../../../src/core/slices';
import { AnalysisCache, PUBLISH_DELAY_MS, type AnalysisChange } from '../../../src/extension/analysisCache';
import type { AnalysisRef } from '../../../src/extension/analysisRef';
import { startAnalysisWorker } from '../../../src/extension/startWorker';
import { closeAll, OPENED, openScript, until } from './editorSupport';

/**
 * A cache of its own, counting the analyses it runs and the changes it announces.
 * Its pause is long enough that a loaded machine cannot split a scripted burst of keystrokes.
 */
const TEST_DELAY_MS = 1000;

/** The steps of an analysis, asked as any feature asks, wherever the analysis is kept. */
async function stepCount(analysis: AnalysisRef | undefined): Promise<number | undefined> {
  return (await analysis?.ask('preview', { uri: '', source: '', style: 'sequence', showSeq: true, lang: 'en' }))?.steps.length;
}

/** In the host, or with long texts sent to an analysis worker of its own. */
function countingCache(slicedFrom?: number, inWorker = false): { cache: AnalysisCache; texts: string[]; changes: AnalysisChange[]; closed: vscode.Uri[] } {
  const texts: string[] = [];
  const changes: AnalysisChange[] = [];
  const closed: vscode.Uri[] = [];
  const cache = new AnalysisCache(() => ({ showSeq: true, lang: 'en' }), {
    analyzer: (text: string, options: AnalyzeOptions): Sliced<Analysis> => {
      texts.push(text);
      return analyzeInSlices(text, options);
    },
    delay: TEST_DELAY_MS,
    slicedFrom,
    worker: inWorker ? startAnalysisWorker() : undefined,
  });
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
      assert.deepStrictEqual(texts.map((t) => t.split('\n')[4]), ['expect A ESTABLISHED'], 'the texts analysed, by their typed line');
      assert.strictEqual(changes.length, 1);
      assert.strictEqual(changes[0]!.document.uri.toString(), editor.document.uri.toString());
      assert.strictEqual(await stepCount(changes[0]!.analysis), 4);
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

  for (const where of ['in slices in the host', 'in the analysis worker'] as const) {
    describe(`a long document, analysed ${where}`, () => {
      const inWorker = where === 'in the analysis worker';
      /** Long enough to take many slices: a thousand events. */
      const longScript = (extra: string): string => `${OPENED}\n${Array.from({ length: 1000 }, () => 'note "between"').join('\n')}\n${extra}`;

      it('answers at once with the last analysis while the next is under way, then announces the new one', async () => {
        const editor = await openScript(longScript(''));
        const analysed = countingCache(1, inWorker);
        const { cache, changes } = analysed;
        try {
          const first = await cache.settled(editor.document);
          assert.strictEqual(await stepCount(first), 4, 'the first analysis');
          await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'A: close\n'));
          // Asked before its analysis is done, the cache answers with the one it has.
          assert.strictEqual(cache.get(editor.document), first);
          const current = await cache.settled(editor.document);
          assert.strictEqual(await stepCount(current), 5);
          assert.strictEqual(cache.get(editor.document), current);
          await until(() => (changes.some((c) => c.analysis === current) ? true : undefined), 'the announcement of the new analysis');
          const { texts } = analysed;
          assert.ok(inWorker ? texts.every((t) => t === '') : texts.length >= 2, `what the host analysed itself: ${texts.map((t) => t.length).join(', ')} characters`);
        } finally {
          cache.dispose();
        }
      });

      it('announces nothing before the first analysis is done, and analyses the version typed meanwhile', async () => {
        const editor = await openScript(longScript(''));
        const { cache, changes } = countingCache(1, inWorker);
        try {
          const placeholder = cache.get(editor.document);
          assert.strictEqual(await stepCount(placeholder), 0, 'an empty script stands in until the first analysis');
          await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'A: close\n'));
          const current = await cache.settled(editor.document);
          assert.strictEqual(await stepCount(current), 5, 'the version typed during the first analysis');
          assert.ok(changes.every((c) => c.analysis !== placeholder), 'the stand-in is never announced');
        } finally {
          cache.dispose();
        }
      });
    });
  }
});
