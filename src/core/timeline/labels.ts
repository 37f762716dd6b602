import { segmentText } from '../diagram/segmentText';
import { MARK_PREFIX } from '../diagram/writer';
import { localize, type Lang, type MessageArgs } from '../messages';
import type { Diagnostic } from '../diagnostics';
import type { Step } from '../model';
import type { Mark } from './shapes';

/**
 * The words written in the diagram, one text per slot: along an arrow, in a
 * note, or beside a lifeline for a user call. A step in error or with a
 * warning has its text marked as the sequence diagram marks it.
 */
export class Labels {
  constructor(
    private readonly lang: Lang,
    private readonly showSeq: boolean,
  ) {}

  /** The text along a segment's arrow (its send line), or of the note that stands for it. */
  ofStep(step: Step, mark: Mark | undefined, drawable: boolean): string {
    const detail = step.detail;
    let text: string;
    switch (detail.kind) {
      case 'segment': {
        const written = segmentText(detail.wire, detail.label, this.showSeq);
        if (!drawable) {
          text = this.say('timeline.unreadable', { segment: `${detail.from} → ${detail.to}` });
          break;
        }
        text = detail.dup ? this.say('timeline.duplicate', { segment: written }) : written;
        if (detail.fate === 'lost') {
          text = this.say('timeline.lost', { segment: text });
        }
        break;
      }
      case 'deliver':
        text = this.say('timeline.deliverNothing');
        break;
      case 'action': {
        const name = detail.action === undefined ? '?' : this.say(`diagram.action.${detail.action}`);
        text = drawable ? this.say('timeline.action', { action: name }) : `${detail.host}: ${name}`;
        break;
      }
    }
    return mark === undefined ? text : MARK_PREFIX[mark] + text;
  }

  /** A `~>` segment that the story never delivers. */
  stranded(text: string): string {
    return this.say('timeline.inFlight', { segment: text });
  }

  ofFailedExpect(diagnostic: Diagnostic): string {
    const { host, expected, actual } = diagnostic.message.args;
    const text = this.say('timeline.expectFailed', { expected: expected ?? '', actual: actual ?? '' });
    return MARK_PREFIX.error + (host === undefined ? text : `${host}: ${text}`);
  }

  problems(diagnostics: readonly Diagnostic[]): string | undefined {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) {
      return undefined;
    }
    let first = errors[0]!.range.start.line;
    for (const error of errors) {
      first = Math.min(first, error.range.start.line);
    }
    const line = first + 1;
    return errors.length === 1 ? this.say('timeline.oneError', { line }) : this.say('timeline.errors', { count: errors.length, line });
  }

  say(id: string, args: MessageArgs = {}): string {
    return localize({ id, args }, this.lang);
  }
}
