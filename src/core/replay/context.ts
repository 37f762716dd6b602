import { diagnostic, type Diagnostic, type DiagnosticCode, type Fix, type RelatedInformation } from '../diagnostics';
import type { MessageArgs } from '../messages/lang';
import type { Transition } from '../model';
import type { Range } from '../text';
import { figure5Transition, type Figure5Event, type Figure5Transition } from '../tcp/figure5';
import type { TcpState } from '../tcp/states';
import { ArrivalKinds } from './arrival';
import type { Sliced } from '../slices';
import { debtKey, isIndependent, isNumberProblem, settleCauses, type Root } from './causes';
import type { Debt } from './debts';
import { GivenValues } from './segmentFields';
import { deleteConnection, type Tcb } from './tcb';
import { WireShapes } from './wireRecord';

/** Shared by every event that changes no state, most of a long story: steps never modify their list. */
const NO_TRANSITIONS: readonly Transition[] = [];

/** The replay's running record: diagnostics so far, and the transitions of the event being replayed. */
export class ReplayContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Transitions of the current event; reset by `beginEvent`. */
  transitions: readonly Transition[] = NO_TRANSITIONS;
  /** Worst severity reported for the current event. */
  eventSeverity: 'error' | 'warning' | undefined;
  /** Line of the event being replayed, and the event (where transitions are said to happen). */
  line = 0;
  private event: { readonly range: Range } | undefined;
  /** What the story's arrivals share (see arrival.ts). */
  readonly arrivalKinds = new ArrivalKinds();
  /** What the story's segments share (see wireRecord.ts). */
  readonly wireShapes = new WireShapes();
  /** The fields of the segment line being sent (see segmentFields.ts). */
  readonly givenValues = new GivenValues();
  private readonly onceKeys = new Set<string>();
  /** The hosts of the story, and those the current event or expect involves. */
  private hosts: readonly Tcb[] = [];
  private involved: readonly Tcb[] = [];
  /** The root each consequence follows from, each host's root since its story went astray, and each event line's. */
  private readonly rootOf = new Map<Diagnostic, Root>();
  private readonly taint = new Map<string, Root>();
  /** Hosts an `expect` found in another state than the author thought: later steps of theirs may follow from the same slip. */
  private readonly doubted = new Map<string, Root>();
  private readonly rootAtLine = new Map<number, Root>();
  private eventRoot: Root | undefined;
  /** An `expect` or the end of the story: no host is sending, so any host's owed reply may be what went missing. */
  private checking = false;
  /** Owed replies that a segment with a wrong number meant to pay: the number is why they never came. */
  private readonly blamed = new Map<string, Diagnostic>();
  /** The missing-reply reported for each owed reply, by debt key. */
  private readonly missingReplies = new Map<string, Diagnostic>();

  setHosts(hosts: readonly Tcb[]): void {
    this.hosts = hosts;
  }

  hostNamed(name: string): Tcb | undefined {
    return this.hosts.find((h) => h.name === name);
  }

  /** The range of the event being replayed; made when read, as few events need it. */
  get eventRange(): Range | undefined {
    return this.event?.range;
  }

  beginEvent(line: number, event: { readonly range: Range }, involved: readonly Tcb[] = []): void {
    this.transitions = NO_TRANSITIONS;
    this.eventSeverity = undefined;
    this.line = line;
    this.event = event;
    this.involved = involved;
    this.eventRoot = undefined;
    this.checking = false;
  }

  /** An `expect` line: the first clause that fails is the root of the others. */
  beginCheck(line: number): void {
    this.line = line;
    this.involved = [];
    this.eventRoot = undefined;
    this.checking = true;
  }

  /** One clause of the `expect`: its problem follows from that host's story, or from a reply owed to it. */
  checkHost(tcb: Tcb): void {
    this.involved = [tcb];
  }

  /** The hosts an end-of-story problem is about. */
  involve(tcbs: readonly Tcb[]): void {
    this.involved = tcbs;
    this.eventRoot = undefined;
    this.checking = true;
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
    this.link(d);
    if (range.start.line === this.line && d.severity !== 'hint') {
      if (d.severity === 'error' || this.eventSeverity === undefined) {
        this.eventSeverity = d.severity;
      }
    }
  }

  /**
   * A reply owed (`debt`) that never came: it follows from whatever went wrong on the
   * line that made it owed; later problems that waited for it follow from it.
   */
  reportMissingReply(debt: Debt, host: Tcb, build: () => Diagnostic): void {
    const d = build();
    this.diagnostics.push(d);
    const key = debtKey(host.name, debt.kind, debt.line);
    this.missingReplies.set(key, d);
    const root = this.blamed.get(key) ?? this.rootAtLine.get(debt.line);
    if (root !== undefined) {
      this.rootOf.set(d, root);
    }
  }

  /** What this problem follows from, if anything; a problem that changes the story becomes its hosts' root. */
  private link(d: Diagnostic): void {
    if (isIndependent(d.code)) {
      return;
    }
    const sender = this.checking ? undefined : this.involved[0];
    const root =
      this.eventRoot ??
      this.taintOf(this.involved) ??
      this.owedEarlier(sender) ??
      // A number the sender could not have sent is the author's own slip, whatever an expect said before.
      (isNumberProblem(d.code) ? undefined : this.doubtOf(this.involved));
    if (root !== undefined) {
      this.rootOf.set(d, root);
    } else if (sender) {
      // A host that owed a reply and wrote this line instead: this line is why the reply never came.
      for (const debt of sender.debts) {
        if (debt.mandatory && debt.line < this.line) {
          this.blamed.set(debtKey(sender.name, debt.kind, debt.line), d);
        }
      }
    }
    if (d.code === 'expect-mismatch') {
      // A wrong expect changes nothing, but a line missing before it would: what the host does next may follow from it.
      this.eventRoot = root ?? d;
      for (const tcb of this.involved) {
        if (!this.doubted.has(tcb.name)) {
          this.doubted.set(tcb.name, root ?? d);
        }
      }
      return;
    }
    if (d.severity === 'hint') {
      return;
    }
    const spread = root ?? d;
    this.eventRoot = spread;
    if (this.line >= 0 && !this.rootAtLine.has(this.line)) {
      this.rootAtLine.set(this.line, spread);
    }
    for (const tcb of this.involved) {
      if (!this.taint.has(tcb.name)) {
        this.taint.set(tcb.name, spread);
      }
    }
  }

  private doubtOf(tcbs: readonly Tcb[]): Root | undefined {
    for (const tcb of tcbs) {
      const root = this.doubted.get(tcb.name);
      if (root !== undefined) {
        return root;
      }
    }
    return undefined;
  }

  private taintOf(tcbs: readonly Tcb[]): Root | undefined {
    for (const tcb of tcbs) {
      const root = this.taint.get(tcb.name);
      if (root !== undefined) {
        return root;
      }
    }
    return undefined;
  }

  /** A reply another host must send, owed since an earlier line and not yet sent: what the story is waiting for. */
  private owedEarlier(sender: Tcb | undefined): string | undefined {
    for (const tcb of this.hosts) {
      if (tcb === sender) {
        continue;
      }
      const debt = tcb.debts.find((d) => d.mandatory && d.line < this.line);
      if (debt) {
        return debtKey(tcb.name, debt.kind, debt.line);
      }
    }
    return undefined;
  }

  /** The diagnostics to show, each consequence linked to its cause (see causes.ts). */
  settle(): Sliced<Diagnostic[]> {
    return settleCauses(this.diagnostics, this.rootOf, this.missingReplies);
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
