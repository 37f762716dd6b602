import type { Diagnostic } from '../core/diagnostics';
import type { Lang } from '../core/messages';
import type { Analysis } from '../core/model';
import { diagnosticText } from './checks';
import { countOf } from './messages';

/** One script as `check` reports it: its analysis, or the message saying why it could not be read. */
export type CheckedScript = { readonly path: string; readonly analysis: Analysis; readonly error?: undefined } | { readonly path: string; readonly analysis?: undefined; readonly error: string };

/** `FILE:LINE:COL: SEVERITY: MESSAGE [CODE]`, 1-based, one per line, in the order of the file, then the summary line. */
export function formatText(scripts: readonly CheckedScript[], lang: Lang): string {
  const lines: string[] = [];
  for (const { path, analysis } of scripts) {
    for (const d of analysis?.diagnostics ?? []) {
      lines.push(diagnosticLine(path, d, lang));
    }
  }
  lines.push(summaryLine(scripts, lang));
  return lines.join('\n') + '\n';
}

export function diagnosticLine(path: string, d: Diagnostic, lang: Lang): string {
  const { line, character } = d.range.start;
  return `${path}:${line + 1}:${character + 1}: ${d.severity}: ${diagnosticText(d, lang)} [${d.code}]`;
}

/** "3 files, 2 errors, 1 warning" (with hints and unreadable files only when there are some). */
export function summaryLine(scripts: readonly CheckedScript[], lang: Lang): string {
  const count = { error: 0, warning: 0, hint: 0 };
  let unreadable = 0;
  for (const { analysis } of scripts) {
    if (analysis === undefined) {
      unreadable++;
      continue;
    }
    for (const d of analysis.diagnostics) {
      count[d.severity]++;
    }
  }
  const parts = [countOf('files', scripts.length, lang)];
  if (unreadable > 0) {
    parts.push(countOf('unreadable', unreadable, lang));
  }
  parts.push(countOf('errors', count.error, lang), countOf('warnings', count.warning, lang));
  if (count.hint > 0) {
    parts.push(countOf('hints', count.hint, lang));
  }
  return parts.join(', ');
}

interface JsonDiagnostic {
  readonly severity: Diagnostic['severity'];
  readonly code: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
  readonly rfc: string;
  /** Where the problem this one follows from starts (1-based), when it follows from one. */
  readonly cause?: { readonly line: number; readonly column: number };
}

type JsonFile =
  | {
      readonly path: string;
      readonly hosts: readonly string[];
      readonly diagnostics: readonly JsonDiagnostic[];
      readonly steps: readonly { readonly line: number; readonly states: Readonly<Record<string, string>> }[];
    }
  | { readonly path: string; readonly error: string };

/** The JSON contract of the design brief: version 1, lines and columns 1-based, the end exclusive; an unreadable file is `{ path, error }`. */
export function formatJson(scripts: readonly CheckedScript[], lang: Lang): string {
  const files: JsonFile[] = scripts.map(({ path, analysis, error }) => {
    if (analysis === undefined) {
      return { path, error };
    }
    const hosts = analysis.hosts.map((h) => h.name);
    return {
      path,
      hosts,
      diagnostics: analysis.diagnostics.map((d) => ({
        severity: d.severity,
        code: d.code,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        message: diagnosticText(d, lang),
        rfc: d.rfc,
        ...(d.cause ? { cause: { line: d.cause.range.start.line + 1, column: d.cause.range.start.character + 1 } } : {}),
      })),
      // States in host order, whatever order the engine keeps them in.
      steps: analysis.steps.map((step) => ({
        line: step.line + 1,
        states: Object.fromEntries(hosts.filter((h) => step.states[h] !== undefined).map((h) => [h, step.states[h]!])),
      })),
    };
  });
  return JSON.stringify({ version: 1, files }, null, 2) + '\n';
}

export function hasErrors(scripts: readonly CheckedScript[]): boolean {
  return scripts.some(({ analysis }) => analysis?.diagnostics.some((d) => d.severity === 'error') === true);
}
