/**
 * The analysis engine (parse, replay, diagram text) and the answers to the editor's questions
 * about an analysis, as a bundle of its own, dist/analysisEngine.js. The extension host loads it
 * when it first reads a script (see engine.ts), so activation reads only the editor's features;
 * being self-contained, it is also what the analysis worker runs (worker/analysisWorker.ts).
 */
import { analyzeInSlices, type AnalyzeOptions } from '../core/analyze';
import type { Analysis } from '../core/model';
import { phasesInSlices } from '../core/phases';
import type { Sliced } from '../core/slices';

export { analyze, analyzeInSlices } from '../core/analyze';
export { readScriptHeader } from '../core/scriptHeader';
export { judgeSends } from '../core/trialSend';
export { localize } from '../core/messages';
export { answer } from './answers/answers';
export { lastGoodAfter } from './preview/previewContent';

/** The analysis, then the phases the outline and folding ask for, worked out with it. */
export function* analyzeForEditor(text: string, options: AnalyzeOptions): Sliced<Analysis> {
  const analysis = yield* analyzeInSlices(text, options);
  yield* phasesInSlices(analysis);
  return analysis;
}
