import type { AnalyzeOptions } from '../../core/analyze';
import type { Diagnostic, Severity } from '../../core/diagnostics';
import { localize, type Lang } from '../../core/messages';
import type { Analysis } from '../../core/model';
import { notesOf, renderTimeline } from '../../core/timeline';
import { engine } from '../engine';
import type { DiagramView, TcpflowFence } from './fenceInfo';
import { escapeHtml } from './html';

/** The words a block writes around its diagram, in the UI language. `{0}` is filled here. */
export interface BlockStrings {
  /** Heading of the problem list: `Problems in this story: {0}`. */
  readonly problems: string;
  /** Where a problem is: `Line {0}` (a line of the block). */
  readonly line: string;
  readonly severity: Readonly<Record<Severity, string>>;
  /** After the first few problems: `and {0} more`. */
  readonly more: string;
  /** A word after `tcpflow` that names no view: `“{0}” is not a view: write sequence or timeline.` */
  readonly unknownView: string;
  /** The diagram's accessible name: `Diagram: {0}`. */
  readonly diagramOf: string;
  readonly untitled: string;
  /** Shown until the preview script has drawn the diagram. */
  readonly drawing: string;
  /** Shown by the preview script when Mermaid cannot draw: `The diagram could not be drawn: {0}`. */
  readonly renderFailed: string;
}

export interface BlockOptions {
  readonly lang: Lang;
  readonly showSeq: boolean;
  readonly showHints: boolean;
  /** The view when the info string names none (the `tcpflow.preview.style` setting). */
  readonly defaultView: DiagramView;
  readonly strings: BlockStrings;
}

/** A block lists this many problems and counts the rest: the editor is where all of them live. */
export const LISTED_PROBLEMS = 5;

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'hint'];

/**
 * The HTML of one ```tcpflow block in the Markdown preview: the story's diagram and, under it,
 * its first problems. Everything the author wrote reaches the page escaped: a sequence diagram's
 * Mermaid text sits inert in a hidden `<pre>` until the preview script draws it with Mermaid's
 * strict security level; a timeline comes drawn, as the core's inert SVG, its colours from the
 * preview's stylesheet; problem messages are text.
 * `attributes` are the preview's own (its `data-line` for scroll sync), already escaped here.
 */
export function blockHtml(source: string, fence: TcpflowFence, options: BlockOptions, attributes: readonly (readonly [string, string])[] = []): string {
  const analyzeOptions: AnalyzeOptions = { lang: options.lang, showSeq: options.showSeq };
  const analysis = engine().analyze(source, analyzeOptions);
  const view = fence.view ?? options.defaultView;
  const strings = options.strings;
  const label = fill(strings.diagramOf, analysis.title ?? strings.untitled);
  const attrs = [
    ...attributes.filter(([name]) => name !== 'class'),
    ['class', ['tcpflow-block', ...attributes.filter(([name]) => name === 'class').map(([, value]) => value)].join(' ')],
    ['data-tcpflow-view', view],
    ['data-tcpflow-failed', strings.renderFailed],
  ]
    .map(([name, value]) => ` ${name}="${escapeHtml(value!)}"`)
    .join('');
  return [`<div${attrs}>`, diagramHtml(analysis, view, label, options), problemsHtml(analysis.diagnostics, fence, options), '</div>\n'].join('');
}

function diagramHtml(analysis: Analysis, view: DiagramView, label: string, options: BlockOptions): string {
  if (view === 'timeline') {
    const { svg } = renderTimeline({ ...analysis, notes: notesOf(analysis) }, { showSeq: options.showSeq, lang: options.lang, mode: 'webview' });
    return `<div class="tcpflow-diagram tcpflow-timeline-view" aria-label="${escapeHtml(label)}">${svg}</div>`;
  }
  // What the preview script needs of each drawn element to colour the state notes and start the
  // Network lifeline as the preview does (see src/webview/sequenceDrawing.ts); the lines are not needed.
  const elements = analysis.diagram.elements.map(({ kind, phases, networkStart }) => ({ kind, phases, networkStart }));
  return (
    `<pre class="tcpflow-mermaid" hidden data-tcpflow-elements="${escapeHtml(JSON.stringify(elements))}">${escapeHtml(analysis.diagram.text)}</pre>` +
    `<div class="tcpflow-diagram" role="img" aria-label="${escapeHtml(label)}"><p class="tcpflow-drawing">${escapeHtml(options.strings.drawing)}</p></div>`
  );
}

function problemsHtml(diagnostics: readonly Diagnostic[], fence: TcpflowFence, options: BlockOptions): string {
  const strings = options.strings;
  const shown = diagnostics
    .filter((d) => options.showHints || d.severity !== 'hint')
    .map((d, index) => ({ d, index }))
    // Errors first, then warnings, then teaching notes; each in the order of the story.
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.d.severity) - SEVERITY_ORDER.indexOf(b.d.severity) || a.index - b.index)
    .map(({ d }) => d);
  const items: string[] = [];
  if (fence.unknownView !== undefined) {
    items.push(`<li class="tcpflow-problem tcpflow-warning"><span class="tcpflow-severity">${escapeHtml(strings.severity.warning)}</span> ${escapeHtml(fill(strings.unknownView, fence.unknownView))}</li>`);
  }
  for (const d of shown.slice(0, LISTED_PROBLEMS)) {
    items.push(
      `<li class="tcpflow-problem tcpflow-${d.severity}">` +
        `<span class="tcpflow-where">${escapeHtml(fill(strings.line, String(d.range.start.line + 1)))}</span> ` +
        `<span class="tcpflow-severity">${escapeHtml(strings.severity[d.severity])}</span> ` +
        `<span class="tcpflow-message">${escapeHtml(localize(d.message, options.lang))}</span>` +
        `<span class="tcpflow-code"> [${escapeHtml(d.code)}]</span></li>`,
    );
  }
  if (items.length === 0) {
    return '';
  }
  const more = shown.length > LISTED_PROBLEMS ? `<p class="tcpflow-more">${escapeHtml(fill(strings.more, String(shown.length - LISTED_PROBLEMS)))}</p>` : '';
  const count = shown.length + (fence.unknownView !== undefined ? 1 : 0);
  return `<div class="tcpflow-problems"><p class="tcpflow-problems-title">${escapeHtml(fill(strings.problems, String(count)))}</p><ul>${items.join('')}</ul>${more}</div>`;
}

function fill(template: string, value: string): string {
  return template.replace('{0}', () => value);
}
