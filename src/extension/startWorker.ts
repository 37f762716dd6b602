import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalysisWorker } from './worker/workerClient';

/**
 * Starts the analysis worker, dist/analysisWorker.js beside this file (its path is computed, so
 * the bundler leaves it out of the extension host's bundle). Undefined if no worker thread can
 * be started here; long documents are then analysed in slices in the extension host.
 */
export function startAnalysisWorker(): AnalysisWorker | undefined {
  try {
    return new AnalysisWorker(new Worker(path.join(__dirname, 'analysisWorker.js')));
  } catch (error) {
    console.error('tcpflow: the analysis worker could not start; long scripts are analysed in the extension host:', error);
    return undefined;
  }
}
