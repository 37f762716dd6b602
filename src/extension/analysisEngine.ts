/**
 * The analysis engine (parse, replay, diagram text) as a bundle of its own, dist/analysisEngine.js.
 * The extension host loads it when it first reads a script (see engine.ts), so activation reads
 * only the editor's features; being self-contained, it is also what a worker thread can run.
 */
export { analyze, analyzeInSlices } from '../core/analyze';
export { readScriptHeader } from '../core/scriptHeader';
export { judgeSends } from '../core/trialSend';
export { localize } from '../core/messages';
