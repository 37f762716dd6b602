import { compareDiagnostics, type Diagnostic } from './diagnostics';
import { toMermaidInSlices } from './diagram/mermaid';
import type { Lang } from './messages/lang';
import type { Analysis } from './model';
import { replayInSlices } from './replay/replay';
import { runToEnd, type Sliced } from './slices';
import { sortInSlices } from './sortInSlices';
import type { Script } from './syntax/ast';
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
  const unread = unreadSegmentLines(parsed.script, parsed.diagnostics);
  const replayed = yield* replayInSlices(parsed.script, { unreadLines: new Set(unread.keys()) });
  yield;
  const diagnostics = yield* sortInSlices([...parsed.diagnostics, ...followingSyntaxErrors(replayed.diagnostics, unread)], compareDiagnostics);
  const diagram = yield* toMermaidInSlices(
    { script: parsed.script, title: replayed.title, hosts: replayed.hosts, steps: replayed.steps, diagnostics },
    { showSeq: options.showSeq ?? true, lang: options.lang ?? 'en' },
  );
  return { script: parsed.script, title: replayed.title, hosts: replayed.hosts, steps: replayed.steps, diagnostics, diagram };
}

/** Segment lines with a syntax error, each with its first one: a line that could not be read is not replayed at all. */
export function unreadSegmentLines(script: Script, diagnostics: readonly Diagnostic[]): Map<number, Diagnostic> {
  const errors = new Map<number, Diagnostic>();
  for (const d of diagnostics) {
    if ((d.code === 'syntax' || d.code === 'unterminated-string') && !errors.has(d.range.start.line)) {
      errors.set(d.range.start.line, d);
    }
  }
  const unread = new Map<number, Diagnostic>();
  if (errors.size === 0) {
    return unread;
  }
  for (const statement of script.statements) {
    const error = errors.get(statement.line);
    if (error && statement.kind === 'segment') {
      unread.set(statement.line, error);
    }
  }
  return unread;
}

/** What the replay finds wrong after a line it could not read may only follow from that line. */
function followingSyntaxErrors(diagnostics: readonly Diagnostic[], unread: ReadonlyMap<number, Diagnostic>): readonly Diagnostic[] {
  if (unread.size === 0) {
    return diagnostics;
  }
  const first = [...unread.values()].sort((a, b) => a.range.start.line - b.range.start.line)[0]!;
  return diagnostics.map((d) =>
    d.cause || d.range.start.line <= first.range.start.line || d.severity === 'hint'
      ? d
      : { ...d, cause: { range: first.range, message: first.message } },
  );
}
