import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalysisWorker } from './worker/workerClient';

/**
 * The analysis worker's client. Its thread, dist/analysisWorker.js beside this file (the path is
 * computed, so the bundler leaves it out of the extension host's bundle), starts with the first
 * long document, so activation costs nothing; if it cannot start, long documents are analysed in
 * slices in the extension host, and the reason is logged.
 */
export function startAnalysisWorker(): AnalysisWorker {
  return new AnalysisWorker(() => new Worker(path.join(__dirname, 'analysisWorker.js')));
}
