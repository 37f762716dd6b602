import { diagnostic, type Diagnostic } from '../diagnostics';
import type { MessageArgs } from '../messages/lang';
import type { Arrival, HostInfo, Step, StepDetail } from '../model';
import { runToEnd, sliceEnds, type Sliced } from '../slices';
import type { DeliverEvent, EventStatement, ExpectStatement, Script, SegmentEvent } from '../syntax/ast';
import { isEvent } from '../syntax/ast';
import { ControlBits } from '../tcp/controlBits';
import { seqAdd } from '../tcp/sequence';
import { rangeBetween, type Position, type Range } from '../text';
import { arrive, type ArrivalSite } from './arrive';
import { computedFields } from './computedFields';
import { ReplayContext } from './context';
import { describeDebt } from './debts';
import { bindHostsInSlices } from './hosts';
import { Network } from './network';
import { givenFields, writtenFlags } from './segmentFields';
import { checkLength, checkWindowField, sendSegment } from './send';
import { SegmentRoutes } from './segmentStep';
import { SnapshotTaker } from './snapshots';
import { StepRecords, type StepRecord } from './stepRecord';
import { applyStart, noteWindowScale } from './start';
import { chooseIss, createTcb, IssBases, type Tcb } from './tcb';
import { performAction } from './userCalls';
import type { SentSegment } from './wireRecord';

export interface ReplayResult {
  readonly title: string | undefined;
  readonly hosts: readonly HostInfo[];
  readonly steps: readonly Step[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Replays a script event by event against RFC 9293: each event line becomes a
 * Step with both hosts' states after it. After any diagnostic the replay goes
 * on, so one mistake does not hide the next. Segment lines in `unreadLines`
 * (a syntax error on them) change nothing.
 */
export function replay(script: Script, options: ReplayOptions = {}): ReplayResult {
  return runToEnd(replayInSlices(script, options));
}

export interface ReplayOptions {
  /** Segment lines with a syntax error: not replayed at all. */
  readonly unreadLines?: ReadonlySet<number>;
}

/** `replay`, yielding between slices of statements (see slices.ts). */
export function* replayInSlices(script: Script, options: ReplayOptions = {}): Sliced<ReplayResult> {
  const ctx = new ReplayContext();
  const bound = yield* bindHostsInSlices(script, ctx);
  const issBases = new IssBases();
  const tcbs = bound.hosts.map((h, i) => createTcb(h.name, i, issBases));
  ctx.setHosts(tcbs);
  const tcbByName = new Map(tcbs.map((t) => [t.name, t]));
  const tcbOf = (name: string | undefined): Tcb | undefined => (name === undefined ? undefined : tcbByName.get(name));
  applyStart(script.statements.find((s) => s.kind === 'start'), tcbs);
  const snapshots = new SnapshotTaker(tcbs);
  let before = snapshots.states;
  const inFlight = new Network();
  const steps: StepRecord[] = [];
  /** The steps a problem marked as they were replayed: only their marks can change once problems are settled. */
  const marked: number[] = [];
  const routes = new SegmentRoutes();
  const stepRecords = new StepRecords(tcbs);
  const hostLists = new HostLists(tcbs);

  const replaySegment = (node: SegmentEvent, from: Tcb | undefined, to: Tcb | undefined): StepDetail | undefined => {
    const arrow = node.arrowKind;
    const written = writtenFlags(node);
    // A segment line with a syntax error is not replayed: what it would do is anyone's guess.
    if (!from || !to || from === to || arrow === undefined || written.size === 0 || options.unreadLines?.has(node.line)) {
      return undefined;
    }
    let wire: SentSegment;
    if (node.dup) {
      wire = oldDuplicate(ctx, node, from, to, written);
    } else {
      wire = sendSegment(ctx, from, to.name, node, written);
      noteWindowScale(from, to, node, written.has('SYN'));
    }
    const label = node.label?.value;
    const site = new EventSite(node);
    if (node.alias && arrow !== '~>') {
      ctx.report('useless-name', node.alias.range, 'segment.uselessName', { name: node.alias.text });
    }
    let arrival: Arrival | undefined;
    const fate = arrow === '->' ? 'arrived' : arrow === '-x' ? 'lost' : 'in-flight';
    if (fate === 'arrived') {
      arrival = arrive(ctx, to, wire, site);
    } else if (fate === 'in-flight') {
      const name = node.alias?.text;
      if (name !== undefined && inFlight.has(name)) {
        ctx.report('duplicate-name', node.alias!.range, 'segment.duplicateName', { name });
      }
      inFlight.send({ name, from, to, dup: node.dup !== undefined, wire, label, line: node.line, arrowRange: node.arrow!.range });
    }
    const route = routes.route(from.name, to.name, node.dup !== undefined, fate, label);
    return routes.step(route, wire, node.alias?.text, arrival);
  };

  const replayDeliver = (node: DeliverEvent): StepDetail => {
    const name = node.name?.text;
    const flight = inFlight.take(name);
    if (!flight) {
      if (node.name) {
        ctx.report('unknown-segment', node.name.range, ...unknownSegmentMessage(node.name.text, inFlight));
      } else {
        ctx.report('nothing-in-flight', node.keywordRange, 'deliver.nothing');
      }
      return { kind: 'deliver', delivered: undefined, arrival: undefined };
    }
    const site = new EventSite(node);
    const arrival = arrive(ctx, flight.to, flight.wire, site);
    return {
      kind: 'deliver',
      delivered: { sentLine: flight.line, from: flight.from.name, to: flight.to.name, dup: flight.dup, wire: flight.wire, label: flight.label, name: flight.name },
      arrival,
    };
  };

  // Each event begins with the hosts it is about: a segment's two ends, an action's host; a delivery, both ends of the connection.
  const replayEvent = (node: EventStatement): StepDetail => {
    switch (node.kind) {
      case 'segment': {
        const from = tcbOf(node.fromName);
        const to = tcbOf(node.toName);
        ctx.beginEvent(node.line, node, hostLists.of(from, to));
        return (
          replaySegment(node, from, to) ??
          routes.step(
            routes.route(node.fromName ?? '', node.toName ?? '', node.dup !== undefined, 'lost', node.label?.value),
            ctx.wireShapes.segment(NO_FLAGS, 0, undefined, 0, 0, computedFields(true, true)),
            node.alias?.text,
            undefined,
          )
        );
      }
      case 'deliver':
        ctx.beginEvent(node.line, node, hostLists.all);
        return replayDeliver(node);
      case 'action': {
        const tcb = tcbOf(node.host.text);
        ctx.beginEvent(node.line, node, hostLists.of(tcb, undefined));
        const before = tcb?.debts.length ?? 0;
        if (tcb) {
          performAction(ctx, tcb, node);
        }
        const emitted = tcb && tcb.debts.length > before ? tcb.debts[tcb.debts.length - 1] : undefined;
        return { kind: 'action', host: node.host.text, action: node.action, emits: emitted ? describeDebt(emitted) : undefined };
      }
    }
  };

  const { statements } = script;
  for (let statementIndex = 0; statementIndex < statements.length; statementIndex++) {
    if (sliceEnds(statementIndex)) {
      yield;
    }
    const statement = statements[statementIndex]!;
    if (statement.kind === 'expect') {
      checkExpect(ctx, statement, tcbOf);
      continue;
    }
    if (!isEvent(statement)) {
      continue;
    }
    const detail = replayEvent(statement);
    snapshots.take();
    if (ctx.eventSeverity !== undefined) {
      marked.push(steps.length);
    }
    steps.push(stepRecords.step(statement.line, statementIndex, detail, before, snapshots, ctx.transitions, ctx.eventSeverity));
    before = snapshots.states;
  }

  yield;
  reportEnd(ctx, tcbs, inFlight, (line) => lineEnd(script, line));
  yield;
  const diagnostics = yield* ctx.settle();
  yield;
  return { title: bound.title, hosts: bound.hosts, steps: yield* withShownSeverity(steps, marked, stepRecords, diagnostics), diagnostics };
}

/** Every list of hosts an event can involve, made once: each event line of a story names one or two of the same two. */
class HostLists {
  private readonly ones: readonly (readonly Tcb[])[];
  private readonly pairs: readonly (readonly (readonly Tcb[])[])[];

  constructor(readonly all: readonly Tcb[]) {
    this.ones = all.map((t) => [t]);
    this.pairs = all.map((first) => all.map((second) => [first, second]));
  }

  /** The hosts that are there of `first` and `second`, in that order. */
  of(first: Tcb | undefined, second: Tcb | undefined): readonly Tcb[] {
    if (first && second) {
      return this.pairs[first.index]![second.index]!;
    }
    const one = first ?? second;
    return one ? this.ones[one.index]! : NO_HOSTS;
  }
}

const NO_HOSTS: readonly Tcb[] = [];

/** The flags of a segment line not replayed. */
const NO_FLAGS = ControlBits.withBits(0);

/**
 * A step is marked with the worst severity its line shows once consequences are
 * lightened (see causes.ts), so the diagram marks the mistake, not what follows.
 */
function* withShownSeverity(steps: StepRecord[], marked: readonly number[], records: StepRecords, diagnostics: readonly Diagnostic[]): Sliced<Step[]> {
  const worstByLine = new Map<number, 'error' | 'warning'>();
  for (const [index, d] of diagnostics.entries()) {
    if (sliceEnds(index)) {
      yield;
    }
    if (d.severity !== 'hint' && (d.severity === 'error' || !worstByLine.has(d.range.start.line))) {
      worstByLine.set(d.range.start.line, d.severity);
    }
  }
  yield;
  for (let i = 0; i < marked.length; i++) {
    if (sliceEnds(i)) {
      yield;
    }
    const index = marked[i]!;
    const step = steps[index]!;
    const worst = worstByLine.get(step.line);
    if (worst !== step.severity) {
      steps[index] = step.withSeverity(worst, records);
    }
  }
  return steps;
}

/** A message names at most this many segments in flight, then says how many more there are. */
const NAMES_LISTED = 5;

function unknownSegmentMessage(name: string, inFlight: Network): [string, MessageArgs] {
  const total = inFlight.nameCount;
  if (total === 0) {
    return ['deliver.unknownNone', { name }];
  }
  const names = inFlight.names(NAMES_LISTED).join(', ');
  return total > NAMES_LISTED ? ['deliver.unknownMany', { name, names, more: total - NAMES_LISTED }] : ['deliver.unknown', { name, names }];
}

/**
 * Where an event's arrival is reported: the receiver of a segment line, the name (or the
 * keyword) of a `deliver`. The statement's own start is where a new line goes in before it
 * (its range starts on its line).
 */
class EventSite implements ArrivalSite {
  private reportedAt: Range | undefined;

  constructor(private readonly statement: SegmentEvent | DeliverEvent) {}

  get line(): number {
    return this.statement.line;
  }

  /** Made when first read: an arrival accepted without a word, most of a long story, never reads it. */
  get range(): Range {
    const { statement } = this;
    return (this.reportedAt ??= statement.kind === 'segment' ? statement.to!.range : statement.name?.range ?? statement.keywordRange);
  }

  /** Made when read: only a fix that adds a line before the event needs it. */
  get lineStart(): Range {
    const { start } = this.statement.range;
    return rangeBetween(start, start);
  }
}

/**
 * An old duplicate (RFC 9293 Figure 8): it only arrives; its sender sent it in
 * some earlier life. Fields left out are taken from just before the sender's
 * current sequence space, where old segments come from.
 */
function oldDuplicate(ctx: ReplayContext, node: SegmentEvent, from: Tcb, to: Tcb, written: ControlBits): SentSegment {
  const fields = givenFields(node);
  const base = from.ISS ?? chooseIss(from, from.incarnation + 1);
  const seq = fields.seq ?? seqAdd(base, -10);
  const hasAck = written.has('ACK');
  checkWindowField(ctx, fields);
  if (fields.ack !== undefined && !hasAck) {
    // As on any segment line: without the ACK flag the field would silently vanish from the wire.
    ctx.report('ack-mismatch', fields.rangeOf('ack'), 'send.ackWithoutFlag', { host: from.name });
  }
  return ctx.wireShapes.segment(
    written,
    seq,
    hasAck ? fields.ack ?? to.SND_NXT ?? 0 : undefined,
    checkLength(ctx, fields),
    fields.win ?? from.RCV_WND,
    computedFields(fields.seq === undefined, hasAck && fields.ack === undefined),
  );
}

/** `expect A STATE[, B STATE]`: how a teacher writes an exercise. */
function checkExpect(ctx: ReplayContext, node: ExpectStatement, tcbOf: (name: string) => Tcb | undefined): void {
  ctx.beginCheck(node.line);
  for (const clause of node.clauses) {
    const tcb = tcbOf(clause.host.text);
    if (!tcb || clause.state === undefined || clause.state === tcb.state) {
      continue;
    }
    ctx.checkHost(tcb);
    ctx.report('expect-mismatch', clause.stateRange, 'expect.mismatch', { host: tcb.name, expected: clause.state, actual: tcb.state }, {
      related: ctx.enteredHere(tcb),
      fixes: [
        {
          title: { id: 'fix.expectActual', args: { state: tcb.state } },
          edits: [{ range: clause.stateRange, newText: tcb.state }],
        },
      ],
    });
  }
}

/** What is left at the end: segments still in the network, replies never sent, hosts in TIME-WAIT. */
/** The last character of a line's statement or comment, where a new line can be opened after it. */
function lineEnd(script: Script, line: number): Position {
  let character = 0;
  for (const item of [...script.statements, ...script.comments]) {
    if (item.range.end.line === line) {
      character = Math.max(character, item.range.end.character);
    }
  }
  return { line, character };
}

function reportEnd(ctx: ReplayContext, tcbs: readonly Tcb[], inFlight: Network, endOfLine: (line: number) => Position): void {
  ctx.line = -1;
  for (const flight of inFlight) {
    ctx.report('in-flight-at-end', flight.arrowRange, flight.name ? 'end.inFlightNamed' : 'end.inFlight', {
      name: flight.name ?? '',
      from: flight.from.name,
      to: flight.to.name,
    });
  }
  for (const tcb of tcbs) {
    const peer = tcbs.find((t) => t !== tcb);
    for (const debt of tcb.debts) {
      // An ACK may wait (delayed, or piggybacked on the host's next segment), but not past the end of the story.
      if (!debt.mandatory && debt.kind !== 'ACK') {
        continue;
      }
      const replyLine = `${tcb.name} -> ${peer?.name ?? '?'}: ${debt.flags}`;
      const at = endOfLine(debt.line);
      // The ACK of data (in order or held) may be delayed past the story's end (RFC 9293 §3.8.6.3): said, but as a hint.
      const delayed = !debt.mandatory && (debt.reason.id === 'arrive.data' || debt.reason.id === 'arrive.outOfOrder');
      ctx.reportMissingReply(debt, tcb, () => ({
        ...diagnostic('missing-reply', debt.range, delayed ? 'end.missingDataAck' : 'end.missingReply', { host: tcb.name, reply: describeDebt(debt), line: replyLine }, {
          related: [{ range: debt.range, message: debt.reason }],
          // With one host in the script there is no one to reply to, so no line to insert.
          fixes: peer
            ? [
                {
                  title: { id: 'fix.insertReply', args: { text: replyLine } },
                  edits: [{ range: rangeBetween(at, at), newText: `\n${replyLine}` }],
                },
              ]
            : [],
        }),
        ...(delayed ? { severity: 'hint' as const } : {}),
      }));
    }
    if (tcb.state === 'TIME-WAIT' && tcb.enteredAt) {
      ctx.report('time-wait-at-end', tcb.enteredAt, 'end.timeWait', { host: tcb.name });
    }
  }
}
