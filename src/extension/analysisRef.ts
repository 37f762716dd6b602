import type { Analysed } from './answers/answers';
import type { AnswerOf, ArgsOf, Question } from './answers/questions';
import { engine } from './engine';

/**
 * One analysed version of a document, wherever it is kept: every feature asks it questions
 * (answers/questions.ts) and gets plain answers. A short script's analysis is kept in the
 * extension host and answers at once; a long one's is kept in the analysis worker, so that
 * neither its work nor its garbage ever holds up the extension host (worker/workerClient.ts).
 */
export interface AnalysisRef {
  ask<Q extends Question>(question: Q, args: ArgsOf<Q>): Promise<AnswerOf<Q>>;
}

/** An analysis kept in the extension host. */
export class AnalysisInHost implements AnalysisRef {
  constructor(readonly analysed: Analysed) {}

  /** The answer at once, for a caller that cannot wait (the preview's first page). */
  answerNow<Q extends Question>(question: Q, args: ArgsOf<Q>): AnswerOf<Q> {
    return engine().answer(this.analysed, question, args);
  }

  ask<Q extends Question>(question: Q, args: ArgsOf<Q>): Promise<AnswerOf<Q>> {
    try {
      return Promise.resolve(this.answerNow(question, args));
    } catch (error) {
      return Promise.reject(error);
    }
  }
}
