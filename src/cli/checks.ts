import type { Diagnostic } from '../core/diagnostics';
import { localize, type Lang } from '../core/messages';
import type { Analysis } from '../core/model';
import type { ExpectStatement } from '../core/syntax/ast';
import { cliMessage } from './messages';

/**
 * A script seen as test cases, the way autograders (JUnit, TAP) count: one
 * per `expect` line, and one for a replay without errors.
 */
export interface CheckResult {
  readonly name: string;
  readonly passed: boolean;
  readonly message: string;
  /** 1-based position of what the message is about, when it is about a place in the script. */
  readonly line?: number;
  readonly column?: number;
  /** The diagnostic code behind a failure. */
  readonly code?: string;
}

/** A file's checks, or why it could not be checked. */
export interface CheckedFile {
  readonly path: string;
  readonly checks: readonly CheckResult[];
  readonly error?: string;
}

/** `expect client SYN-SENT, server SYN-RECEIVED`: the states as RFC 9293 spells them, the hosts as written. */
export function expectText(node: ExpectStatement): string {
  return 'expect ' + node.clauses.map((c) => `${c.host.text} ${c.state ?? c.stateText}`).join(', ');
}

export function expectName(node: ExpectStatement, lang: Lang): string {
  return cliMessage('check.expectName', lang, { line: node.line + 1, expect: expectText(node) });
}

export function expectsOf(analysis: Analysis): ExpectStatement[] {
  return analysis.script.statements.filter((s): s is ExpectStatement => s.kind === 'expect');
}

/** The errors on each line, in order. */
export function errorsByLine(analysis: Analysis): Map<number, Diagnostic[]> {
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of analysis.diagnostics) {
    if (d.severity === 'error') {
      const list = byLine.get(d.range.start.line);
      if (list) {
        list.push(d);
      } else {
        byLine.set(d.range.start.line, [d]);
      }
    }
  }
  return byLine;
}

/** A check that failed because of a diagnostic, located at it. */
export function failedAt(name: string, message: string, d: Diagnostic): CheckResult {
  return { name, passed: false, message, line: d.range.start.line + 1, column: d.range.start.character + 1, code: d.code };
}

/** "replays without errors": what `tcpflow check` says by its exit status, every error counted (a failed expect too). */
export function replayCheck(analysis: Analysis, lang: Lang): CheckResult {
  const name = cliMessage('check.replays', lang);
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (first === undefined) {
    return { name, passed: true, message: cliMessage('check.replayClean', lang) };
  }
  const id = errors.length === 1 ? 'check.replayErrors.one' : 'check.replayErrors.other';
  const message = cliMessage(id, lang, { count: errors.length, line: first.range.start.line + 1, message: diagnosticText(first, lang) });
  return failedAt(name, message, first);
}

/** `tcpflow check`'s test cases: every expect line of the script, then the replay. */
export function checksOf(analysis: Analysis, lang: Lang): CheckResult[] {
  const errors = errorsByLine(analysis);
  const expects = expectsOf(analysis);
  const checks: CheckResult[] = expects.map((node) => {
    const name = expectName(node, lang);
    const first = errors.get(node.line)?.[0];
    return first === undefined
      ? { name, passed: true, message: cliMessage('check.holds', lang, { line: node.line + 1 }) }
      : failedAt(name, diagnosticText(first, lang), first);
  });
  checks.push(replayCheck(analysis, lang));
  return checks;
}

/** A diagnostic's message on one line, whatever the catalog wrote. */
export function diagnosticText(d: Diagnostic, lang: Lang): string {
  return oneLine(localize(d.message, lang));
}

export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u0085\u2028\u2029]+\s*/g, ' ');
}
