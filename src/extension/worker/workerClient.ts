import type { AnalyzeOptions } from '../../core/analyze';
import type { AnalysisRef } from '../analysisRef';
import type { AnswerOf, ArgsOf, Question } from '../answers/questions';
import type { FromWorker, TextChange, ToWorker } from './protocol';

/** The part of a worker thread (Node's worker_threads) the client uses. */
export interface WorkerThread {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

/** An analysis under way in the worker; cancelling it means its result is not wanted. */
export interface RunInWorker {
  cancel(): void;
}

interface Run {
  readonly run: number;
  readonly done: (ref: AnalysisRef) => void;
  readonly failed: (error: Error) => void;
}

/** The worker does not have the version of the text asked for: it must be sent the whole text again. */
export class UnsyncedError extends Error {
  constructor(key: string) {
    super(`the analysis worker does not have the current text of ${key}`);
  }
}

interface Asked {
  readonly resolve: (answer: unknown) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The extension host's side of the analysis worker (analysisWorker.ts): sends it the texts of
 * long documents and their edits, asks it to analyse them, and the editor's questions about them, and hands back references
 * (AnalysisInWorker) whose answers come from there. Only the texts and the answers cross; the
 * analyses themselves never reach the extension host's heap. If the worker stops, everything
 * waiting on it fails with the reason, and `available` says to analyse in the host instead.
 */
export class AnalysisWorker {
  private nextId = 1;
  private alive = true;
  private thread: WorkerThread | undefined;
  private readonly runs = new Map<string, Run>();
  private readonly asked = new Map<number, Asked>();

  /** @param startThread starts the thread, with the first long document: a window with none never starts one. */
  constructor(private readonly startThread: () => WorkerThread) {}

  /** Whether the worker still runs: once it has stopped, documents are analysed in the host. */
  get available(): boolean {
    return this.alive;
  }

  /** Gives the worker a document's whole text, as of a version. */
  open(key: string, version: number, text: string): void {
    this.post({ type: 'open', key, version, text });
  }

  /** Tells the worker how a document's text changed to make a version (VS Code's content changes, in order). */
  edit(key: string, version: number, changes: readonly TextChange[]): void {
    this.post({ type: 'edit', key, version, changes });
  }

  /**
   * Analyses a version of a document whose text the worker has, in place of any of its analyses
   * under way. Fails with UnsyncedError if the worker does not have that version.
   */
  analyze(key: string, version: number, options: AnalyzeOptions, done: (ref: AnalysisRef) => void, failed: (error: Error) => void): RunInWorker {
    const run = this.nextId++;
    this.runs.set(key, { run, done, failed });
    this.post({ type: 'analyze', key, run, version, options });
    return {
      cancel: () => {
        if (this.runs.get(key)?.run === run) {
          this.runs.delete(key);
        }
      },
    };
  }

  /** Asks about the document's latest analysis in the worker. */
  ask<Q extends Question>(key: string, question: Q, args: ArgsOf<Q>): Promise<AnswerOf<Q>> {
    if (!this.alive) {
      return Promise.reject(new Error('the analysis worker has stopped'));
    }
    const id = this.nextId++;
    return new Promise<AnswerOf<Q>>((resolve, reject) => {
      this.asked.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      this.post({ type: 'ask', id, key, question, args });
    });
  }

  /** Forgets a closed document. */
  drop(key: string): void {
    this.runs.delete(key);
    this.post({ type: 'drop', key });
  }

  dispose(): void {
    this.stop(new Error('the analysis worker was disposed'));
    void this.thread?.terminate();
  }

  private post(message: ToWorker): void {
    if (this.alive) {
      this.started()?.postMessage(message);
    }
  }

  /** The thread, started on first use; undefined if it cannot start (then the worker counts as stopped). */
  private started(): WorkerThread | undefined {
    if (this.thread === undefined) {
      try {
        const thread = this.startThread();
        thread.on('message', (message) => this.receive(message));
        thread.on('error', (error) => this.stop(error));
        thread.on('exit', (code) => this.stop(new Error(`the analysis worker stopped (exit code ${code})`)));
        this.thread = thread;
      } catch (error) {
        console.error('tcpflow: the analysis worker could not start; long scripts are analysed in the extension host:', error);
        this.stop(error instanceof Error ? error : new Error(String(error)));
        return undefined;
      }
    }
    return this.thread;
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'analyzed':
      case 'unsynced':
      case 'failed': {
        const run = this.runs.get(message.key);
        if (run?.run !== message.run) {
          return; // Cancelled, or overtaken by a later version.
        }
        this.runs.delete(message.key);
        if (message.type === 'analyzed') {
          run.done(new AnalysisInWorker(this, message.key));
        } else if (message.type === 'unsynced') {
          run.failed(new UnsyncedError(message.key));
        } else {
          run.failed(new Error(message.message));
        }
        return;
      }
      case 'answer':
      case 'unanswered': {
        const asked = this.asked.get(message.id);
        this.asked.delete(message.id);
        if (message.type === 'answer') {
          asked?.resolve(message.answer);
        } else {
          asked?.reject(new Error(message.message));
        }
        return;
      }
    }
  }

  private stop(error: Error): void {
    if (!this.alive) {
      return;
    }
    this.alive = false;
    const runs = [...this.runs.values()];
    const asked = [...this.asked.values()];
    this.runs.clear();
    this.asked.clear();
    runs.forEach((run) => run.failed(error));
    asked.forEach((a) => a.reject(error));
  }
}

/** A document's analysis kept in the worker: its answers are the latest the worker has of that document. */
export class AnalysisInWorker implements AnalysisRef {
  constructor(
    private readonly worker: AnalysisWorker,
    private readonly key: string,
  ) {}

  ask<Q extends Question>(question: Q, args: ArgsOf<Q>): Promise<AnswerOf<Q>> {
    return this.worker.ask(this.key, question, args);
  }
}

