import type { Diagnostic, Fix, TextEdit } from '../../../src/core/diagnostics';
import { hasMessage, localize } from '../../../src/core/messages';
import type { Statement } from '../../../src/core/syntax/ast';
import { parse } from '../../../src/core/syntax/parser';
import type { Position } from '../../../src/core/text';

/** `code@line:start-end` for each diagnostic (0-based line and characters, as VS Code counts). */
export function located(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const { start, end } = d.range;
    const span = start.line === end.line ? `${start.line}:${start.character}-${end.character}` : `${start.line}:${start.character}-${end.line}:${end.character}`;
    return `${d.code}@${span}`;
  });
}

/** Parses and checks what every diagnostic must satisfy: a known message id, fixes with known titles. */
export function parsed(text: string): { statements: readonly Statement[]; diagnostics: Diagnostic[]; codes: string[] } {
  const result = parse(text);
  for (const d of result.diagnostics) {
    if (!hasMessage(d.message.id)) {
      throw new Error(`unknown message id ${d.message.id}`);
    }
    for (const fix of d.fixes ?? []) {
      if (!hasMessage(fix.title.id)) {
        throw new Error(`unknown fix title id ${fix.title.id}`);
      }
    }
  }
  return { statements: result.script.statements, diagnostics: result.diagnostics, codes: located(result.diagnostics) };
}

/** The single statement of a one-line script. */
export function only<K extends Statement['kind']>(text: string, kind: K): Extract<Statement, { kind: K }> {
  const { statements } = parsed(text);
  if (statements.length !== 1 || statements[0]!.kind !== kind) {
    throw new Error(`expected one ${kind}, got ${JSON.stringify(statements.map((s) => s.kind))}`);
  }
  return statements[0] as Extract<Statement, { kind: K }>;
}

export function english(d: Diagnostic): string {
  return localize(d.message, 'en');
}

/** Line starts as VS Code counts lines: CR, LF and CRLF each end one. */
function lineOffsets(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) {
    starts.push(m.index + m[0].length);
  }
  return starts;
}

function offsetOf(starts: readonly number[], p: Position): number {
  return starts[p.line]! + p.character;
}

/** Applies a fix's edits (non-overlapping) to the text. */
export function applyFix(text: string, fix: Fix): string {
  const starts = lineOffsets(text);
  const edits = [...fix.edits].sort((a: TextEdit, b: TextEdit) => offsetOf(starts, b.range.start) - offsetOf(starts, a.range.start));
  let result = text;
  for (const edit of edits) {
    result = result.slice(0, offsetOf(starts, edit.range.start)) + edit.newText + result.slice(offsetOf(starts, edit.range.end));
  }
  return result;
}

/** The text after applying the first fix of the only diagnostic. */
export function fixed(text: string): string {
  const { diagnostics } = parsed(text);
  if (diagnostics.length !== 1 || !diagnostics[0]!.fixes?.length) {
    throw new Error(`expected one diagnostic with a fix, got ${JSON.stringify(located(diagnostics))}`);
  }
  return applyFix(text, diagnostics[0]!.fixes[0]!);
}
