import * as assert from 'assert';
import { analyzeInSlices } from '../../../src/core/analyze';
import { phases } from '../../../src/core/phases';
import { runToEnd } from '../../../src/core/slices';
import { AnalysisInHost, type AnalysisRef } from '../../../src/extension/analysisRef';
import type { AnswerOf, ArgsOf, Question } from '../../../src/extension/answers/questions';
import { startAnalysisWorker } from '../../../src/extension/startWorker';
import { AnalysisWorker, UnsyncedError } from '../../../src/extension/worker/workerClient';

/** A script with a bit of everything a question reads: a header, comments, three phases, an error with fixes, a line to format. */
const SCRIPT = [
  'title "Worker"',
  'host A "Client"',
  'host B "Server"',
  '# opening',
  '# the handshake',
  'B: listen',
  'A -> B: SYN seq=100',
  'B -> A: SYN,ACK seq=300 ack=101',
  'A -> B:   ack seq=101 ack=301',
  'A -> B: ACK seq=101 ack=301 len=10 "GET /"',
  'B -> A: ACK seq=301 ack=999',
  'A: close',
  'expect A FIN-WAIT-1',
  '',
].join('\n');

const OPTIONS = { showSeq: true, lang: 'en' } as const;

/** Every question, with what a feature would give it. */
const QUESTIONS: { [Q in Question]: ArgsOf<Q> } = {
  diagnostics: { showHints: true },
  hover: { position: { line: 6, character: 9 }, lang: 'ko' },
  completion: { lineText: 'A -> B: ', position: { line: 13, character: 8 }, lang: 'en' },
  fixes: { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 30 } }, lang: 'ko' },
  inlayHints: { startLine: 0, endLine: 20, lang: 'en' },
  symbols: { lang: 'ko' },
  folding: {},
  format: {},
  stateDiagram: { cursorLine: 7, lang: 'en' },
  preview: { uri: 'file:///w/worker.tcpflow', source: 'worker.tcpflow', style: 'timeline', showSeq: false, lang: 'ko' },
};

function inHost(text: string): AnalysisInHost {
  const analysis = runToEnd(analyzeInSlices(text, OPTIONS));
  phases(analysis);
  return new AnalysisInHost({ analysis, text, lastGood: undefined });
}

/** The versions given to each document, as VS Code numbers them. */
const versions = new Map<string, number>();

/** Sends a document's whole text as its next version. */
function open(worker: AnalysisWorker, key: string, text: string): number {
  const version = (versions.get(key) ?? 0) + 1;
  versions.set(key, version);
  worker.open(key, version, text);
  return version;
}

function analyzed(worker: AnalysisWorker, key: string, version: number): Promise<AnalysisRef> {
  return new Promise((resolve, reject) => worker.analyze(key, version, OPTIONS, resolve, reject));
}

function analyzedInWorker(worker: AnalysisWorker, key: string, text: string): Promise<AnalysisRef> {
  return analyzed(worker, key, open(worker, key, text));
}

/**
 * The host's answer as every reader sees it: JSON has the shape the accessors give (a range's
 * `start` and `end` are made when read), which a structured clone would lose.
 */
function asCloned<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

describe('editor: the analysis worker', function () {
  this.timeout(30_000);
  let worker: AnalysisWorker;

  beforeEach(() => {
    worker = startAnalysisWorker();
  });
  afterEach(() => worker.dispose());

  it('answers every question as the extension host does about the same text', async () => {
    const remote = await analyzedInWorker(worker, 'file:///w/worker.tcpflow', SCRIPT);
    const local = inHost(SCRIPT);
    for (const question of Object.keys(QUESTIONS) as Question[]) {
      const args = QUESTIONS[question];
      const expected = asCloned(local.answerNow(question, args as never) as AnswerOf<typeof question>);
      assert.deepStrictEqual(await remote.ask(question, args as never), expected, question);
    }
    // The answers above must say something, or the comparison proves little.
    const fixes = await remote.ask('fixes', QUESTIONS.fixes);
    assert.ok(fixes.length > 0 && fixes[0]!.fixes.length > 0, 'the wrong ack has a fix');
    assert.ok((await remote.ask('format', {})).length > 0, 'the lower-case ack line is formatted');
    assert.ok((await remote.ask('symbols', QUESTIONS.symbols)).length >= 3, 'the header and the phases');
  });

  it('analyses only the latest version sent, and answers from it', async () => {
    const key = 'file:///w/versions.tcpflow';
    let firstDone = false;
    worker.analyze(key, open(worker, key, SCRIPT), OPTIONS, () => (firstDone = true), assert.fail);
    const latest = await analyzedInWorker(worker, key, SCRIPT.replace('A: close\n', ''));
    assert.strictEqual(firstDone, false, 'the overtaken version is not announced');
    const shown = await latest.ask('preview', { ...QUESTIONS.preview, style: 'sequence' });
    assert.strictEqual(shown.steps.length, inHost(SCRIPT).analysed.analysis.steps.length - 1);
  });

  it('follows the edits of the text it keeps, and asks for the whole text when one went missing', async () => {
    const key = 'file:///w/edits.tcpflow';
    const first = open(worker, key, SCRIPT);
    // Two changes of one event, in the order VS Code gives them: the later place first.
    const closeAt = SCRIPT.indexOf('A: close');
    const synAt = SCRIPT.indexOf('SYN seq=100');
    worker.edit(key, first + 1, [
      { offset: closeAt, length: 'A: close\n'.length, text: '' },
      { offset: synAt, length: 3, text: 'SYM' },
    ]);
    worker.edit(key, first + 1, [{ offset: 0, length: 0, text: 'an edit already in the text it was sent' }]);
    const edited = SCRIPT.replace('A: close\n', '').replace('SYN seq=100', 'SYM seq=100');
    const remote = await analyzed(worker, key, first + 1);
    assert.deepStrictEqual(await remote.ask('symbols', QUESTIONS.symbols), asCloned(inHost(edited).answerNow('symbols', QUESTIONS.symbols)));
    assert.deepStrictEqual(await remote.ask('diagnostics', QUESTIONS.diagnostics), asCloned(inHost(edited).answerNow('diagnostics', QUESTIONS.diagnostics)));
    // Version first + 2 never arrives.
    worker.edit(key, first + 3, [{ offset: 0, length: 0, text: '# ' }]);
    await assert.rejects(analyzed(worker, key, first + 3), UnsyncedError);
    await assert.rejects(analyzed(worker, 'file:///w/never-sent.tcpflow', 1), UnsyncedError);
    // Sent again, the whole text is analysed.
    worker.open(key, first + 3, `# ${edited}`);
    assert.ok((await (await analyzed(worker, key, first + 3)).ask('folding', {})).length > 0);
  });

  it('keeps the last version without an error for the preview, as the host does', async () => {
    const key = 'file:///w/good.tcpflow';
    const good = SCRIPT.replace('ack=999', 'ack=311').replace('A -> B:   ack', 'A -> B: ACK');
    await analyzedInWorker(worker, key, good);
    const broken = await analyzedInWorker(worker, key, good.replace('SYN seq=100', 'SYM seq=100'));
    const shown = await broken.ask('preview', { ...QUESTIONS.preview, style: 'sequence' });
    assert.strictEqual(shown.stale, true, 'the drawing is the last good one');
    assert.ok(shown.errorCount > 0);
  });

  it('starts its thread only with the first document, and counts as stopped if the thread cannot start', () => {
    let starts = 0;
    const failing = new AnalysisWorker(() => {
      starts++;
      throw new Error('no threads here');
    });
    assert.strictEqual(starts, 0, 'nothing is started before a document is sent');
    assert.strictEqual(failing.available, true);
    failing.open('file:///w/first.tcpflow', 1, SCRIPT);
    assert.strictEqual(starts, 1);
    assert.strictEqual(failing.available, false, 'long documents are then analysed in the host');
    failing.dispose();
  });

  it('says why when it has no analysis of the document, and after it has stopped', async () => {
    const remote = await analyzedInWorker(worker, 'file:///w/dropped.tcpflow', SCRIPT);
    worker.drop('file:///w/dropped.tcpflow');
    await assert.rejects(remote.ask('folding', {}), /no analysis of file:\/\/\/w\/dropped\.tcpflow/);
    const long = 'file:///w/long.tcpflow';
    const running = new Promise<Error>((resolve) => worker.analyze(long, open(worker, long, SCRIPT.repeat(200)), OPTIONS, () => resolve(new Error('finished')), resolve));
    worker.dispose();
    assert.match((await running).message, /disposed/);
    assert.strictEqual(worker.available, false, 'documents are then analysed in the host');
    await assert.rejects(remote.ask('folding', {}), /stopped/);
  });
});
