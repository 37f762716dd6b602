import type { AnalysisWorker } from './worker/workerClient';

/**
 * startWorker.ts for the browser bundle, which esbuild.js puts in its place: a web worker
 * extension host has no worker_threads, so long documents are analysed there in slices.
 */
export function startAnalysisWorker(): AnalysisWorker | undefined {
  return undefined;
}
