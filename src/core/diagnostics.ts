import type { MessageArgs } from './messages/lang';
import type { Range } from './text';

/**
 * Diagnostics are data: a stable code, a range, a message id with its arguments
 * (turned into English or Korean only when shown), the RFC 9293 section the
 * judgement rests on, and, where the core knows one, fixes as plain text edits.
 */

export type Severity = 'error' | 'warning' | 'hint';

/** A message to be localized later: `id` names an entry in a catalog under messages/. */
export interface MessageRef {
  readonly id: string;
  readonly args: MessageArgs;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A fix the editor can offer as a quick fix; applying it must clear the diagnostic it belongs to. */
export interface Fix {
  readonly title: MessageRef;
  readonly edits: readonly TextEdit[];
  /** The one fix worth applying without looking (VS Code's "preferred" quick fix). */
  readonly preferred?: boolean;
}

export interface RelatedInformation {
  readonly range: Range;
  readonly message: MessageRef;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: MessageRef;
  /** e.g. `RFC 9293 §3.10.7.2` */
  readonly rfc: string;
  readonly related?: readonly RelatedInformation[];
  readonly fixes?: readonly Fix[];
  /** The earlier problem this one follows from (see replay/causes.ts): never less severe than this one. */
  readonly cause?: Cause;
}

/** Where the root of a consequence is, and what it says, for "because of line 5: …". */
export interface Cause {
  readonly range: Range;
  readonly message: MessageRef;
}

/**
 * Every code tcpflow reports, its severity, and the RFC 9293 section it rests on
 * when the reporter does not name a finer one. Codes are part of the CLI's
 * contract: never rename one.
 */
export const DIAGNOSTIC_CODES = {
  // The language (parser and binder).
  'syntax': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'unterminated-string': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'number-out-of-range': { severity: 'error', rfc: 'RFC 9293 §3.4' },
  'unknown-flag': { severity: 'error', rfc: 'RFC 9293 §3.1' },
  'duplicate-flag': { severity: 'warning', rfc: 'RFC 9293 §3.1' },
  'unknown-field': { severity: 'error', rfc: 'RFC 9293 §3.1' },
  'duplicate-field': { severity: 'error', rfc: 'RFC 9293 §3.1' },
  'unknown-state': { severity: 'error', rfc: 'RFC 9293 §3.3.2' },
  'unknown-action': { severity: 'error', rfc: 'RFC 9293 §3.9.1' },
  'header-after-event': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'duplicate-title': { severity: 'warning', rfc: 'RFC 9293 §3.5' },
  'unknown-host': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'third-host': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'duplicate-host': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'self-send': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'duplicate-name': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  // The engine: steps a real TCP would not take.
  'illegal-send': { severity: 'error', rfc: 'RFC 9293 §3.10' },
  'illegal-action': { severity: 'error', rfc: 'RFC 9293 §3.10' },
  'nothing-in-flight': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'unknown-segment': { severity: 'error', rfc: 'RFC 9293 §3.5' },
  'expect-mismatch': { severity: 'error', rfc: 'RFC 9293 §3.3.2' },
  // The engine: arrivals the receiver does not accept, and values that do not fit.
  'unacceptable-segment': { severity: 'warning', rfc: 'RFC 9293 §3.10.7' },
  'seq-mismatch': { severity: 'warning', rfc: 'RFC 9293 §3.4' },
  'ack-mismatch': { severity: 'warning', rfc: 'RFC 9293 §3.4' },
  'window-out-of-range': { severity: 'warning', rfc: 'RFC 9293 §3.1' },
  'beyond-peer-window': { severity: 'warning', rfc: 'RFC 9293 §3.8.6' },
  'missing-reply': { severity: 'warning', rfc: 'RFC 9293 §3.10.7' },
  'in-flight-at-end': { severity: 'warning', rfc: 'RFC 9293 §3.5' },
  'useless-name': { severity: 'warning', rfc: 'RFC 9293 §3.5' },
  // Teaching notes.
  'zero-isn': { severity: 'hint', rfc: 'RFC 9293 §3.4.1' },
  'predictable-isn': { severity: 'hint', rfc: 'RFC 9293 §3.4.1' },
  'time-wait-at-end': { severity: 'hint', rfc: 'RFC 9293 §3.6.1' },
  'implied-ack': { severity: 'hint', rfc: 'RFC 9293 §3.1' },
  'out-of-order': { severity: 'hint', rfc: 'RFC 9293 §3.10.7.4' },
  'keep-alive': { severity: 'hint', rfc: 'RFC 9293 §3.8.4' },
} as const satisfies Record<string, { severity: Severity; rfc: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Builds a diagnostic with the code's own severity and (unless given) its RFC section. */
export function diagnostic(
  code: DiagnosticCode,
  range: Range,
  messageId: string,
  args: MessageArgs = {},
  extra: { rfc?: string; related?: readonly RelatedInformation[]; fixes?: readonly Fix[] } = {},
): Diagnostic {
  const entry = DIAGNOSTIC_CODES[code];
  return {
    code,
    severity: entry.severity,
    range,
    message: { id: messageId, args },
    rfc: extra.rfc ?? entry.rfc,
    ...(extra.related && extra.related.length > 0 ? { related: extra.related } : {}),
    ...(extra.fixes && extra.fixes.length > 0 ? { fixes: extra.fixes } : {}),
  };
}

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, hint: 2 };

/**
 * Orders diagnostics as VS Code's Problems panel does, errors before warnings
 * before hints, then by position; at one position a cause comes before what
 * follows from it. A consequence is never more severe than its cause and
 * never before it, so the first diagnostic of a story is where to look first.
 */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    Number(a.cause !== undefined) - Number(b.cause !== undefined)
  );
}
