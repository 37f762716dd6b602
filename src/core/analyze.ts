import { sortDiagnostics } from './diagnostics';
import { toMermaid } from './diagram/mermaid';
import type { Lang } from './messages/lang';
import type { Analysis } from './model';
import { replay } from './replay/replay';
import { parse } from './syntax/parser';

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
  const parsed = parse(text);
  const replayed = replay(parsed.script);
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...replayed.diagnostics]);
  const diagram = toMermaid(
    { script: parsed.script, title: replayed.title, hosts: replayed.hosts, steps: replayed.steps, diagnostics },
    { showSeq: options.showSeq ?? true, lang: options.lang ?? 'en' },
  );
  return { script: parsed.script, title: replayed.title, hosts: replayed.hosts, steps: replayed.steps, diagnostics, diagram };
}
