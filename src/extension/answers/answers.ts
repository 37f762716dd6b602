import { completionsAt } from '../../core/completion';
import { formatEdits } from '../../core/format';
import { hoverAt } from '../../core/hover';
import { localize } from '../../core/messages';
import type { Analysis } from '../../core/model';
import { foldingSpans, outline, statesLabel } from '../../core/outline';
import { diagnosticsToShow, type ShownDiagnostics } from '../../core/shownDiagnostics';
import { figure5Diagram } from '../../core/stateDiagram/figure5Diagram';
import { comparePositions, type Range } from '../../core/text';
import { judgeSends } from '../../core/trialSend';
import { previewContent } from '../preview/previewContent';
import type { AnswerOf, ArgsOf, FixesOfDiagnostic, Question, Questions, StatesHint } from './questions';

/** One version of a document as analysed: what every question is answered from. */
export interface Analysed {
  readonly analysis: Analysis;
  /** The text analysed, for the answers that quote or edit it (the outline, formatting). */
  readonly text: string;
  /** The latest analysis of the document without an error, for the preview (previewContent.ts). */
  readonly lastGood: Analysis | undefined;
}

type Answerers = { readonly [Q in Question]: (analysed: Analysed, args: Questions[Q]['args']) => Questions[Q]['answer'] };

const ANSWERERS: Answerers = {
  diagnostics: ({ analysis }, options) => withoutFixes(diagnosticsToShow(analysis.diagnostics, options)),
  hover: ({ analysis }, { position, lang }) => hoverAt(analysis, position, lang),
  completion: ({ analysis }, { lineText, position, lang }) => completionsAt(analysis, lineText, position, lang, judgeSends),
  fixes: ({ analysis }, { range, lang }) => fixesIn(analysis, range, lang),
  inlayHints: ({ analysis }, { startLine, endLine, lang }) => statesHints(analysis, startLine, endLine, lang),
  symbols: ({ analysis, text }, { lang }) => outline(analysis, text, lang),
  folding: ({ analysis }) => foldingSpans(analysis),
  format: ({ analysis, text }) => formatEdits(text, analysis),
  stateDiagram: ({ analysis }, { cursorLine, lang }) => figure5Diagram(analysis, cursorLine, lang),
  preview: (analysed, { uri, source, style, showSeq, lang }) => previewContent(analysed, uri, source, { style, showSeq, lang }),
};

/** The answer to one of the editor's questions (questions.ts) about one analysed version. */
export function answer<Q extends Question>(analysed: Analysed, question: Q, args: ArgsOf<Q>): AnswerOf<Q> {
  const answerer = ANSWERERS[question] as (analysed: Analysed, args: ArgsOf<Q>) => AnswerOf<Q>;
  return answerer(analysed, args);
}

/** The problems to show carry no fixes: quick fixes are asked for where the cursor is ('fixes'), and a thousand problems' edits would only weigh on the message. */
function withoutFixes(shown: ShownDiagnostics): ShownDiagnostics {
  return { ...shown, shown: shown.shown.map(({ fixes: _fixes, ...rest }) => rest) };
}

/** Whether two ranges meet, touching ends included (as VS Code's Range.intersection has it). */
function meet(a: Range, b: Range): boolean {
  const start = comparePositions(a.start, b.start) >= 0 ? a.start : b.start;
  const end = comparePositions(a.end, b.end) <= 0 ? a.end : b.end;
  return comparePositions(start, end) <= 0;
}

function fixesIn(analysis: Analysis, range: Range, lang: Questions['fixes']['args']['lang']): FixesOfDiagnostic[] {
  const found: FixesOfDiagnostic[] = [];
  for (const diagnostic of analysis.diagnostics) {
    // Lines first: a pasted capture can have a problem on every line.
    if (!diagnostic.fixes || diagnostic.range.end.line < range.start.line || diagnostic.range.start.line > range.end.line || !meet(diagnostic.range, range)) {
      continue;
    }
    found.push({
      code: diagnostic.code,
      range: diagnostic.range,
      fixes: diagnostic.fixes.map((fix) => ({ title: localize(fix.title, lang), edits: fix.edits, preferred: fix.preferred === true })),
    });
  }
  return found;
}

/** Whether the engine could read the event in full; a line still being typed gets no hint. */
function wasReplayed(step: Analysis['steps'][number]): boolean {
  const detail = step.detail;
  return detail.kind === 'segment' ? detail.wire.flags.length > 0 : detail.kind === 'action' ? detail.action !== undefined : true;
}

function statesHints(analysis: Analysis, startLine: number, endLine: number, lang: Questions['inlayHints']['args']['lang']): StatesHint[] {
  const hints: StatesHint[] = [];
  for (const step of analysis.steps) {
    if (step.line > endLine) {
      break;
    }
    if (step.line < startLine || !wasReplayed(step) || Object.keys(step.states).length === 0) {
      continue;
    }
    const tooltip = step.transitions.length > 0 ? step.transitions.map((t) => `${t.from} → ${t.to}: ${localize(t.reason, lang)} (${t.rfc})`).join('\n') : undefined;
    hints.push({ line: step.line, label: statesLabel(step), tooltip });
  }
  return hints;
}
