import type { Diagnostic } from './diagnostics';

/**
 * Quiet while typing: the line being typed shows no problem until typing
 * pauses there or the cursor leaves it, and neither does a problem elsewhere
 * that only follows from it (a later expect failing because the line is half
 * written). Everything else is shown as usual.
 */
export function shownWhileTyping(diagnostics: readonly Diagnostic[], typingLine: number | undefined): Diagnostic[] {
  if (typingLine === undefined) {
    return [...diagnostics];
  }
  return diagnostics.filter((d) => !quietWhileTyping(d, typingLine));
}

/** Whether a problem waits for typing to pause: it is on the line being typed, or follows from it. */
export function quietWhileTyping(d: Diagnostic, typingLine: number | undefined): boolean {
  return typingLine !== undefined && (d.range.start.line === typingLine || d.cause?.range.start.line === typingLine);
}

/** How long a line stays quiet after its last keystroke, when the cursor stays on it. */
export const TYPING_QUIET_MS = 1000;

/**
 * The line an edit leaves the cursor on, when the edit is typing: one change
 * that inserts or deletes a few characters. Pastes, multi-cursor edits and
 * edits that add or remove lines are not typing, and show their problems at once.
 */
export function typedLine(changes: readonly { readonly startLine: number; readonly endLine: number; readonly text: string }[]): number | undefined {
  if (changes.length !== 1) {
    return undefined;
  }
  const change = changes[0]!;
  if (change.startLine !== change.endLine || change.text.includes('\n') || change.text.length > 3) {
    return undefined;
  }
  return change.startLine;
}
