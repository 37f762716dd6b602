import { analyze } from '../../../src/core/analyze';
import type { Diagnostic, TextEdit } from '../../../src/core/diagnostics';
import type { Analysis } from '../../../src/core/model';
import type { Position } from '../../../src/core/text';

/** A script written with `|` as the left margin, so tests can indent it. */
export function script(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*\|/, ''))
    .join('\n')
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '\n');
}

/** Analyses a script and finds the cursor written as `¦` in it (removed from the text). */
export function withCursor(text: string): { text: string; analysis: Analysis; at: Position; lineText: string } {
  const source = script(text);
  const offset = source.indexOf('¦');
  if (offset < 0) {
    throw new Error('no ¦ cursor in the script');
  }
  const clean = source.slice(0, offset) + source.slice(offset + 1);
  const before = clean.slice(0, offset).split('\n');
  const at = { line: before.length - 1, character: before[before.length - 1]!.length };
  return { text: clean, analysis: analyze(clean), at, lineText: clean.split('\n')[at.line]! };
}

/** Applies non-overlapping edits to a text, as an editor does. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  const offsetOf = (p: Position): number => lineStarts[p.line]! + p.character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  let limit = Infinity;
  for (const edit of sorted) {
    const start = offsetOf(edit.range.start);
    const end = offsetOf(edit.range.end);
    if (end > limit) {
      throw new Error('overlapping edits');
    }
    result = result.slice(0, start) + edit.newText + result.slice(end);
    limit = start;
  }
  return result;
}

/** `severity:code@line` (1-based line), for comparing diagnostics briefly. */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.severity}:${d.code}@${d.range.start.line + 1}`);
}
