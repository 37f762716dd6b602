import type { Completions } from '../../core/completion';
import type { TextEdit } from '../../core/diagnostics';
import type { HoverResult } from '../../core/hover';
import type { Lang } from '../../core/messages/lang';
import type { FoldingSpan, OutlineSymbol } from '../../core/outline';
import type { ShowOptions, ShownDiagnostics } from '../../core/shownDiagnostics';
import type { Figure5Diagram } from '../../core/stateDiagram/figure5Diagram';
import type { Position, Range } from '../../core/text';
import type { PreviewContent } from '../preview/previewContent';
import type { PreviewStyle } from '../../shared/preview/protocol';

/** A quick fix as the editor offers it: its title already in the user's language. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred: boolean;
}

/** The fixes of one diagnostic near the cursor, with what the editor knows the diagnostic by. */
export interface FixesOfDiagnostic {
  readonly code: string;
  readonly range: Range;
  readonly fixes: readonly QuickFix[];
}

/** Both hosts' states after an event line, shown at its end. */
export interface StatesHint {
  readonly line: number;
  readonly label: string;
  /** Each transition of the event and why, one per line; undefined when no state changed. */
  readonly tooltip: string | undefined;
}

/**
 * Everything an editor feature asks of one analysis, with what it gives and what it gets back:
 * plain data both ways, so the same question is answered in the extension host (a short script)
 * and in the analysis worker (a long one) alike, and only the answer crosses between them.
 */
export interface Questions {
  diagnostics: { args: ShowOptions; answer: ShownDiagnostics };
  hover: { args: { position: Position; lang: Lang }; answer: HoverResult | undefined };
  completion: { args: { lineText: string; position: Position; lang: Lang }; answer: Completions | undefined };
  fixes: { args: { range: Range; lang: Lang }; answer: readonly FixesOfDiagnostic[] };
  inlayHints: { args: { startLine: number; endLine: number; lang: Lang }; answer: readonly StatesHint[] };
  symbols: { args: { lang: Lang }; answer: readonly OutlineSymbol[] };
  folding: { args: Record<string, never>; answer: readonly FoldingSpan[] };
  format: { args: Record<string, never>; answer: readonly TextEdit[] };
  stateDiagram: { args: { cursorLine: number | undefined; lang: Lang }; answer: Figure5Diagram };
  preview: { args: { uri: string; source: string; style: PreviewStyle; showSeq: boolean; lang: Lang }; answer: PreviewContent };
}

export type Question = keyof Questions;
export type ArgsOf<Q extends Question> = Questions[Q]['args'];
export type AnswerOf<Q extends Question> = Questions[Q]['answer'];
