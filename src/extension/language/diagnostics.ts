import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../../core/diagnostics';
import { localize, type Lang } from '../../core/messages';
import { rfcUrl } from '../../core/rfcLink';
import { SHOWN_DIAGNOSTICS_LIMIT, type ShownDiagnostics } from '../../core/shownDiagnostics';
import { editorText } from '../../core/messages/editor';
import type { AnalysisCache } from '../analysisCache';
import type { AnalysisRef } from '../analysisRef';
import { isTcpflow, toRange } from './convert';
import type { SettingsStore } from './settings';
import { TypingLines } from './typingLines';
import { nextTurn } from '../slicedRun';
import { PagedDiagnostics } from './pagedDiagnostics';

const SEVERITY: Readonly<Record<Severity, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The source VS Code shows beside every message, and the quick fixes use to find theirs. */
export const DIAGNOSTIC_SOURCE = 'tcpflow';

/**
 * Shows each published analysis's diagnostics as Problems: on open, after
 * typing pauses, and again when a setting changes their language or whether
 * hints are shown; cleared when the document closes. The line being typed
 * stays quiet until typing pauses there or the cursor leaves it. Past the
 * number of problems VS Code lists, one entry counts the rest (core/shownDiagnostics.ts).
 * They reach VS Code a page a turn (pagedDiagnostics.ts).
 */
export function registerDiagnostics(context: vscode.ExtensionContext, cache: AnalysisCache, settings: SettingsStore): void {
  const collection = new PagedDiagnostics(DIAGNOSTIC_SOURCE);
  const typing = new TypingLines();
  /** The last question asked for each document: an answer overtaken by a later one is not shown. */
  const asked = new Map<string, number>();
  let questions = 0;
  const show = (document: vscode.TextDocument, analysis: AnalysisRef): void => {
    const { lang, showHints } = settings.current;
    const key = document.uri.toString();
    const question = ++questions;
    asked.set(key, question);
    const wanted = (): boolean => asked.get(key) === question && !document.isClosed;
    analysis
      .ask('diagnostics', { typingLine: typing.lineOf(document.uri), showHints })
      .then((answer) => (wanted() ? converted(answer, document.uri, lang, wanted) : undefined))
      .then((diagnostics) => (diagnostics && wanted() ? collection.set(document.uri, diagnostics) : undefined))
      .catch((error: unknown) => console.error(`tcpflow: the problems of ${key} could not be shown:`, error));
  };
  context.subscriptions.push(
    collection,
    typing,
    typing.onDidSettle((uri) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document && !document.isClosed && isTcpflow(document)) {
        show(document, cache.get(document));
      }
    }),
    cache.onDidChange(({ document, analysis }) => show(document, analysis)),
    cache.onDidClose((uri) => {
      asked.delete(uri.toString());
      collection.delete(uri);
    }),
    settings.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) {
        if (isTcpflow(document)) {
          show(document, cache.get(document));
        }
      }
    }),
  );
}

/** Problems converted in one turn of the extension host: a thousand at once held it for tens of milliseconds. */
const CONVERTED_PER_TURN = 100;

/** VS Code's problems, converted a hundred a turn, so the host's other work goes on between; undefined once no longer wanted. */
async function converted({ shown, notShown, firstNotShown }: ShownDiagnostics, uri: vscode.Uri, lang: Lang, wanted: () => boolean): Promise<vscode.Diagnostic[] | undefined> {
  const result: vscode.Diagnostic[] = [];
  for (let from = 0; from < shown.length; from += CONVERTED_PER_TURN) {
    if (from > 0) {
      await new Promise<void>((resolve) => nextTurn(resolve));
      if (!wanted()) {
        return undefined;
      }
    }
    for (const d of shown.slice(from, from + CONVERTED_PER_TURN)) {
      result.push(toVscodeDiagnostic(d, uri, lang));
    }
  }
  if (firstNotShown) {
    result.push(notShownDiagnostic(notShown, firstNotShown, lang));
  }
  return result;
}

/** The RFC sections' addresses, made once: every problem links to one of a few dozen. */
const rfcTargets = new Map<string, vscode.Uri | undefined>();

function rfcTarget(rfc: string): vscode.Uri | undefined {
  if (!rfcTargets.has(rfc)) {
    const url = rfcUrl(rfc);
    rfcTargets.set(rfc, url === undefined ? undefined : vscode.Uri.parse(url));
  }
  return rfcTargets.get(rfc);
}

/** The code links to the RFC section the judgement rests on, which the message also names. */
export function toVscodeDiagnostic(d: Diagnostic, uri: vscode.Uri, lang: Lang): vscode.Diagnostic {
  const result = new vscode.Diagnostic(toRange(d.range), `${localize(d.message, lang)} (${d.rfc})`, SEVERITY[d.severity]);
  result.source = DIAGNOSTIC_SOURCE;
  const target = rfcTarget(d.rfc);
  result.code = target ? { value: d.code, target } : d.code;
  const related: vscode.DiagnosticRelatedInformation[] = [];
  if (d.cause) {
    // First, so that the Problems panel shows under each consequence where its cause is.
    const because = localize({ id: 'related.cause', args: { line: d.cause.range.start.line + 1, message: localize(d.cause.message, lang) } }, lang);
    related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(d.cause.range)), because));
  }
  for (const r of d.related ?? []) {
    related.push(new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), localize(r.message, lang)));
  }
  if (related.length > 0) {
    result.relatedInformation = related;
  }
  if (d.code === 'useless-name') {
    result.tags = [vscode.DiagnosticTag.Unnecessary];
  }
  return result;
}

/** The entry that says how many problems are not listed, at the first of them. */
function notShownDiagnostic(count: number, first: Diagnostic, lang: Lang): vscode.Diagnostic {
  const message = editorText('diagnostics.notShown', lang, { count, limit: SHOWN_DIAGNOSTICS_LIMIT });
  const result = new vscode.Diagnostic(toRange(first.range), message, vscode.DiagnosticSeverity.Information);
  result.source = DIAGNOSTIC_SOURCE;
  return result;
}

/** The code of a diagnostic shown by this extension, whatever form VS Code keeps it in. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) {
    return undefined;
  }
  return typeof code === 'object' ? String(code.value) : String(code);
}
