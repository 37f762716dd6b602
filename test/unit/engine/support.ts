import type { Diagnostic } from '../../../src/core/diagnostics';
import { replay, type ReplayResult } from '../../../src/core/replay/replay';
import { parse } from '../../../src/core/syntax/parser';

/** Parses and replays a script written with `|` as the left margin. */
export function run(text: string): ReplayResult & { parseDiagnostics: readonly Diagnostic[]; all: readonly Diagnostic[] } {
  const source = dedent(text);
  const parsed = parse(source);
  const result = replay(parsed.script);
  return { ...result, parseDiagnostics: parsed.diagnostics, all: [...parsed.diagnostics, ...result.diagnostics] };
}

export function dedent(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*\|/, ''))
    .join('\n')
    .replace(/^\n/, '');
}

/**
 * Each step's states as `A-STATE B-STATE`, hosts in alphabetical order: the
 * engine orders hosts by first use, and a figure may start with either.
 */
export function stateTable(result: ReplayResult): string[] {
  const names = result.hosts.map((h) => h.name).sort();
  return result.steps.map((s) => names.map((n) => s.states[n]).join(' '));
}

export function codes(diagnostics: readonly Diagnostic[], severity?: Diagnostic['severity']): string[] {
  return diagnostics.filter((d) => severity === undefined || d.severity === severity).map((d) => `${d.range.start.line + 1}:${d.code}`);
}
