import * as os from 'os';
import * as path from 'path';
import { parentPort } from 'worker_threads';
import type { Analysed } from './answers/answers';
import type { Engine } from './engine';
import { SlicedRun } from './slicedRun';
import type { FromWorker, ToWorker } from './worker/protocol';

/**
 * The analysis worker, dist/analysisWorker.js: a thread of its own where long scripts are
 * analysed and kept, so that neither the analysis nor the collection of its garbage holds up the
 * extension host. It runs the engine bundle beside it, keeps each document's text (following its
 * edits, so the host need not send the whole text again), analyses in slices so that questions
 * about the last analysis are answered while the next is under way, and keeps one analysis per document.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(path.join(__dirname, 'analysisEngine.js')) as Engine;

interface Document {
  /** The text as of `version`; undefined once an edit could not be applied (the host sends it again). */
  text: string | undefined;
  version: number;
  latest?: Analysed;
  /** The options the latest analysis was made with, as JSON. */
  latestOptions?: string;
  running?: { cancel(): void };
}

const documents = new Map<string, Document>();

/** How much lower than the extension host the worker runs, in nice steps. */
const NICER_BY = 10;

// Where the processor is short (a laptop's two cores), the editor comes first: on Linux a nice
// value belongs to the thread that sets it, so the worker gives way to the extension host's thread
// whenever both could run. Elsewhere it would apply to the whole extension host; there it is not set.
if (process.platform === 'linux') {
  try {
    os.setPriority(Math.min(19, os.getPriority() + NICER_BY));
  } catch {
    // Not allowed here: the worker runs at the host's priority.
  }
}

function post(message: FromWorker): void {
  parentPort?.postMessage(message);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function open({ key, version, text }: Extract<ToWorker, { type: 'open' }>): void {
  const document = documents.get(key);
  if (document) {
    document.text = text;
    document.version = version;
  } else {
    documents.set(key, { text, version });
  }
}

function edit({ key, version, changes }: Extract<ToWorker, { type: 'edit' }>): void {
  const document = documents.get(key);
  if (!document || document.text === undefined) {
    return;
  }
  if (version <= document.version) {
    return; // The whole text sent was of this version already.
  }
  if (version !== document.version + 1) {
    document.text = undefined; // An edit went missing: wait for the whole text.
    return;
  }
  let text = document.text;
  for (const change of changes) {
    text = text.slice(0, change.offset) + change.text + text.slice(change.offset + change.length);
  }
  document.text = text;
  document.version = version;
}

function analyse({ key, run, version, options }: Extract<ToWorker, { type: 'analyze' }>): void {
  const document = documents.get(key);
  const text = document?.text;
  if (!document || text === undefined || document.version !== version) {
    post({ type: 'unsynced', key, run });
    return;
  }
  document.running?.cancel();
  document.running = undefined;
  const optionsKey = JSON.stringify(options);
  if (document.latest?.text === text && document.latestOptions === optionsKey) {
    post({ type: 'analyzed', key, run }); // An edit that restored the text analysed last: nothing to do.
    return;
  }
  document.running = new SlicedRun(
    engine.analyzeForEditor(text, options),
    (analysis) => {
      document.running = undefined;
      if (documents.get(key) !== document) {
        return; // Dropped meanwhile.
      }
      document.latest = { analysis, text, lastGood: engine.lastGoodAfter(analysis, document.latest?.lastGood) };
      document.latestOptions = optionsKey;
      post({ type: 'analyzed', key, run });
    },
    (error) => {
      document.running = undefined;
      post({ type: 'failed', key, run, message: messageOf(error) });
    },
  );
}

/**
 * An answer as JSON has it, which is the shape every reader expects: the tree's ranges keep four
 * numbers and make `start` and `end` when read (core/textRange.ts, with a toJSON), and the
 * structured clone a message is sent by would keep only the four numbers.
 */
function asJson(answer: unknown): unknown {
  return answer === undefined ? undefined : JSON.parse(JSON.stringify(answer));
}

function ask(message: Extract<ToWorker, { type: 'ask' }>): void {
  const latest = documents.get(message.key)?.latest;
  if (latest === undefined) {
    post({ type: 'unanswered', id: message.id, message: `no analysis of ${message.key}` });
    return;
  }
  try {
    post({ type: 'answer', id: message.id, answer: asJson(engine.answer(latest, message.question, message.args as never)) });
  } catch (error) {
    post({ type: 'unanswered', id: message.id, message: messageOf(error) });
  }
}

parentPort?.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'open':
      open(message);
      break;
    case 'edit':
      edit(message);
      break;
    case 'analyze':
      analyse(message);
      break;
    case 'ask':
      ask(message);
      break;
    case 'drop':
      documents.get(message.key)?.running?.cancel();
      documents.delete(message.key);
      break;
  }
});
