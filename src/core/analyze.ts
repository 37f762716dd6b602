import { sortDiagnostics } from './diagnostics';
import { toMermaidInSlices } from './diagram/mermaid';
import type { Lang } from './messages/lang';
import type { Analysis } from './model';
import { replayInSlices } from './replay/replay';
import { runToEnd, type Sliced } from './slices';
import { parseInSlices } from './syntax/parser';

export interface AnalyzeOptions {
  /** Show seq/ack numbers on the diagram's arrows. */
  readonly showSeq?: boolean;
  /** Language of the few words the diagram itself writes (e.g. "lost"). */
  readonly lang?: Lang;
}

/**
 * The one entry point: text in, everything every feature needs out.
 * Pure and deterministic: the same text and options give the same result.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return runToEnd(analyzeInSlices(text, options));
}

/** `analyze`, yielding between slices of its work (see slices.ts), so the editor can spread it out. */
export function* analyzeInSlices(text: string, options: AnalyzeOptions = {}): Sliced<Analysis> {
  const parsed = yield* parseInSlices(text);
  const replayed = yield* replayInSlices(parsed.script);
  yield;
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...replayed.diagnostics]);
  yield;
  const diagram = yield* toMermaidInSlices(
    { script: parsed.script, title: replayed.title, hosts: replayed.hosts, steps: replayed.steps, diagnostics },
    { showSeq: options.showSeq ?? true, lang: options.lang ?? 'en' },
  );
  return { script: parsed.script, title: replayed.title, hosts: replayed.hosts, steps: replayed.steps, diagnostics, diagram };
}
