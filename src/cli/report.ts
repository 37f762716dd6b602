import type { Diagnostic } from '../core/diagnostics';
import { localize, type Lang } from '../core/messages';
import type { Analysis } from '../core/model';

/** One checked script: what `check` prints about it. */
export interface CheckedScript {
  readonly path: string;
  readonly analysis: Analysis;
}

/** A message on one line, whatever the catalog wrote. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** `FILE:LINE:COL: SEVERITY: MESSAGE [CODE]`, 1-based, one per line, in the order of the file. */
export function formatText(scripts: readonly CheckedScript[], lang: Lang): string {
  const lines: string[] = [];
  for (const { path, analysis } of scripts) {
    for (const d of analysis.diagnostics) {
      const { line, character } = d.range.start;
      lines.push(`${path}:${line + 1}:${character + 1}: ${d.severity}: ${oneLine(localize(d.message, lang))} [${d.code}]`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
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

interface JsonFile {
  readonly path: string;
  readonly hosts: readonly string[];
  readonly diagnostics: readonly JsonDiagnostic[];
  readonly steps: readonly { readonly line: number; readonly states: Readonly<Record<string, string>> }[];
}

/** The JSON contract of the design brief: version 1, lines and columns 1-based, the end exclusive. */
export function formatJson(scripts: readonly CheckedScript[], lang: Lang): string {
  const files: JsonFile[] = scripts.map(({ path, analysis }) => {
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
        message: oneLine(localize(d.message, lang)),
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
  return scripts.some(({ analysis }) => analysis.diagnostics.some((d) => d.severity === 'error'));
}
