import { localize, type Lang } from '../../core/messages';
import type { Analysis } from '../../core/model';
import { notesOf } from '../../core/timeline';
import type { PreviewProblem, PreviewStyle, PreviewUpdate } from '../../shared/preview/protocol';

/** An update before the panel numbers it. */
export type PreviewContent = Omit<PreviewUpdate, 'type' | 'seq'>;

/** The banner lists the first errors only; the Problems panel has them all. */
const MAX_PROBLEMS = 50;

/** What a preview is to show: the document's analysis, and the latest of its analyses without an error. */
export interface PreviewSubject {
  readonly analysis: Analysis;
  /** Undefined while no version of the document has been free of errors; `analysis` itself when it is. */
  readonly lastGood: Analysis | undefined;
}

/**
 * What a preview shows for an analysis of its document.
 *
 * "Last good" is the latest analysis with no error-severity diagnostic. While
 * the script has errors the preview keeps showing it (so a half-typed line does
 * not blank the drawing) and lists the current errors above it. When there has
 * been no good version yet, the erring diagram itself is shown: the core marks
 * the offending steps in it, which is the most useful thing to look at then.
 * Pure: no `vscode`, so it is tested on its own and answered wherever the analysis is.
 * The timeline's input travels only while the timeline is the view (`showSeq` is its setting).
 */
export function previewContent(
  { analysis, lastGood }: PreviewSubject,
  uri: string,
  source: string,
  view: { style: PreviewStyle; showSeq: boolean; lang: Lang },
): PreviewContent {
  const errorCount = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  const problems = errorsOf(analysis, view.lang);
  const shown = errorCount === 0 || lastGood === undefined ? analysis : lastGood;
  return {
    uri,
    source,
    diagram: { text: shown.diagram.text, elements: shown.diagram.elements },
    style: view.style,
    ...(view.style === 'timeline'
      ? { timeline: { input: { title: shown.title, hosts: shown.hosts, steps: shown.steps, diagnostics: shown.diagnostics, notes: notesOf(shown) }, showSeq: view.showSeq, lang: view.lang } }
      : {}),
    hosts: shown.hosts.map((host) => ({ name: host.name, label: host.label })),
    steps: shown.steps.map((step) => ({ line: step.line, states: step.states })),
    problems,
    errorCount,
    stale: shown !== analysis,
  };
}

/** The latest analysis without an error, once `analysis` follows `previous` (the last good before it). */
export function lastGoodAfter(analysis: Analysis, previous: Analysis | undefined): Analysis | undefined {
  return analysis.diagnostics.some((d) => d.severity === 'error') ? previous : analysis;
}

function errorsOf(analysis: Analysis, lang: Lang): PreviewProblem[] {
  const problems: PreviewProblem[] = [];
  for (const diagnostic of analysis.diagnostics) {
    if (diagnostic.severity !== 'error') {
      continue;
    }
    if (problems.length === MAX_PROBLEMS) {
      break;
    }
    problems.push({
      line: diagnostic.range.start.line,
      character: diagnostic.range.start.character,
      message: localize(diagnostic.message, lang),
      code: diagnostic.code,
    });
  }
  return problems;
}

/** Whether two contents would look the same in the preview: then nothing is sent. */
export function sameContent(a: PreviewContent, b: PreviewContent): boolean {
  return (
    a.uri === b.uri &&
    a.source === b.source &&
    a.stale === b.stale &&
    a.errorCount === b.errorCount &&
    a.diagram.text === b.diagram.text &&
    a.style === b.style &&
    sameJson(a.timeline, b.timeline) &&
    sameJson(a.diagram.elements, b.diagram.elements) &&
    sameJson(a.problems, b.problems) &&
    sameJson(a.steps, b.steps) &&
    sameJson(a.hosts, b.hosts)
  );
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
