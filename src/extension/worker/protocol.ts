import type { AnalyzeOptions } from '../../core/analyze';
import type { Question } from '../answers/questions';

/** A change to a document's text: `length` characters at `offset` replaced by `text`. */
export interface TextChange {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/**
 * What the extension host asks of the analysis worker (analysisWorker.ts). The worker keeps each
 * long document's text itself, following its edits, so that the host never has to join a long
 * text to send it again.
 */
export type ToWorker =
  /** Keep this text of a document, at this version. */
  | { readonly type: 'open'; readonly key: string; readonly version: number; readonly text: string }
  /** The changes that made this version of the document from the one before, in the order they apply. */
  | { readonly type: 'edit'; readonly key: string; readonly version: number; readonly changes: readonly TextChange[] }
  /** Analyse this version of the document, instead of whatever of it is under way; `run` names the request. */
  | { readonly type: 'analyze'; readonly key: string; readonly run: number; readonly version: number; readonly options: AnalyzeOptions }
  /** A question about the document's latest analysis. */
  | { readonly type: 'ask'; readonly id: number; readonly key: string; readonly question: Question; readonly args: unknown }
  /** The document was closed: forget it. */
  | { readonly type: 'drop'; readonly key: string };

/** What the analysis worker tells the extension host. */
export type FromWorker =
  | { readonly type: 'analyzed'; readonly key: string; readonly run: number }
  | { readonly type: 'failed'; readonly key: string; readonly run: number; readonly message: string }
  /** The worker does not have that version of the text (an edit went missing): send the whole text again. */
  | { readonly type: 'unsynced'; readonly key: string; readonly run: number }
  | { readonly type: 'answer'; readonly id: number; readonly answer: unknown }
  | { readonly type: 'unanswered'; readonly id: number; readonly message: string };
