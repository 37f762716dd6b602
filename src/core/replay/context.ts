import { diagnostic, type Diagnostic, type DiagnosticCode, type Fix, type RelatedInformation } from '../diagnostics';
import type { MessageArgs } from '../messages/lang';
import type { Transition } from '../model';
import type { Range } from '../text';
import { figure5Transition, type Figure5Event, type Figure5Transition } from '../tcp/figure5';
import type { TcpState } from '../tcp/states';
import { deleteConnection, type Tcb } from './tcb';

/** Shared by every event that changes no state, most of a long story: steps never modify their list. */
const NO_TRANSITIONS: readonly Transition[] = [];

/** The replay's running record: diagnostics so far, and the transitions of the event being replayed. */
export class ReplayContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Transitions of the current event; reset by `beginEvent`. */
  transitions: readonly Transition[] = NO_TRANSITIONS;
  /** Worst severity reported for the current event. */
  eventSeverity: 'error' | 'warning' | undefined;
  /** Line and range of the event being replayed (where transitions are said to happen). */
  line = 0;
  eventRange: Range | undefined;
  private readonly onceKeys = new Set<string>();

  beginEvent(line: number, at: Range): void {
    this.transitions = NO_TRANSITIONS;
    this.eventSeverity = undefined;
    this.line = line;
    this.eventRange = at;
  }

  report(
    code: DiagnosticCode,
    range: Range,
    messageId: string,
    args: MessageArgs = {},
    extra: { rfc?: string; related?: readonly RelatedInformation[]; fixes?: readonly Fix[] } = {},
  ): void {
    const d = diagnostic(code, range, messageId, args, extra);
    this.diagnostics.push(d);
    if (range.start.line === this.line && d.severity !== 'hint') {
      if (d.severity === 'error' || this.eventSeverity === undefined) {
        this.eventSeverity = d.severity;
      }
    }
  }

  /** Reports a teaching hint only the first time its key comes up, so it teaches without nagging. */
  reportOnce(key: string, code: DiagnosticCode, range: Range, messageId: string, args: MessageArgs = {}): void {
    if (!this.onceKeys.has(key)) {
      this.onceKeys.add(key);
      this.report(code, range, messageId, args);
    }
  }

  /** "Host entered STATE here", for an error caused by the state a host is in. */
  enteredHere(tcb: Tcb): RelatedInformation[] {
    return tcb.enteredAt
      ? [{ range: tcb.enteredAt, message: { id: 'related.entered', args: { host: tcb.name, state: tcb.state } } }]
      : [];
  }

  /** Moves a host to a state, recording why. */
  enter(tcb: Tcb, to: TcpState, reasonId: string, rfc: string, args: MessageArgs = {}): void {
    const from = tcb.state;
    tcb.state = to;
    if (from !== to) {
      tcb.enteredAt = this.eventRange;
      tcb.enteredLine = this.line;
    }
    const transition: Transition = { host: tcb.name, from, to, reason: { id: reasonId, args: { host: tcb.name, ...args } }, rfc };
    this.transitions = [...this.transitions, transition];
  }

  /**
   * Takes the arrow of RFC 9293 Figure 5 for the host's state and this event.
   * Returns the arrow so the caller can owe what it sends; undefined if the
   * figure has no such arrow (the caller decided it should, so that is a bug
   * in the caller, reported by tests rather than hidden here).
   */
  follow(tcb: Tcb, event: Figure5Event, rfc: string): Figure5Transition | undefined {
    const arrow = figure5Transition(tcb.state, event);
    if (arrow) {
      this.enter(tcb, arrow.to, `figure5.${event}`, rfc, { event });
      if (arrow.to === 'CLOSED') {
        deleteConnection(tcb);
      }
    }
    return arrow;
  }

  /** RFC 9293 Figure 5 note 3: resets, aborts, timeouts and reboots that end in CLOSED (or LISTEN). */
  close(tcb: Tcb, to: 'CLOSED' | 'LISTEN', reasonId: string, rfc: string): void {
    const passive = tcb.passiveOpen;
    this.enter(tcb, to, reasonId, rfc);
    tcb.debts = [];
    deleteConnection(tcb);
    if (to === 'LISTEN') {
      tcb.passiveOpen = passive;
    }
  }
}
