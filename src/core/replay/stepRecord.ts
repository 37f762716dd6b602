import type { Step, StepDetail, Transition } from '../model';
import type { TcpState } from '../tcp/states';
import { Interner, type Mutable } from './interner';
import type { HostSnapshot } from './snapshots';
import type { Tcb } from './tcb';
import { VariablesRecord, type MovingVariables, type SettledVariables } from './variablesRecord';

/**
 * What steps have in common: the hosts' states before and after, what they owe, the
 * variables they seldom change, the (mostly no) transitions and the (mostly no)
 * severity. A long story has few of these: a bulk transfer, two.
 */
interface HostsPicture {
  readonly transitions: readonly Transition[];
  readonly severity: 'error' | 'warning' | undefined;
  readonly before: Readonly<Record<string, TcpState>>;
  readonly states: Readonly<Record<string, TcpState>>;
  readonly owes: Readonly<Record<string, readonly string[]>>;
  readonly settled1: SettledVariables | undefined;
  readonly settled2: SettledVariables | undefined;
}

/** Makes a replay's steps, each picture of the hosts once (the records in it are shared already, see snapshots.ts). */
export class StepRecords {
  private readonly ids = new Map<object, number>();
  private readonly pictures = new Interner<HostsPicture>(
    (p) => `${this.id(p.transitions)} ${p.severity} ${this.id(p.before)} ${this.id(p.states)} ${this.id(p.owes)} ${this.id(p.settled1)} ${this.id(p.settled2)}`,
    (a, b) =>
      a.transitions === b.transitions &&
      a.severity === b.severity &&
      a.before === b.before &&
      a.states === b.states &&
      a.owes === b.owes &&
      a.settled1 === b.settled1 &&
      a.settled2 === b.settled2,
    (p) => ({ ...p }),
  );

  /** The picture looked up, filled in place for each step. */
  private readonly probe: Mutable<HostsPicture> = {
    transitions: [],
    severity: undefined,
    before: {},
    states: {},
    owes: {},
    settled1: undefined,
    settled2: undefined,
  };

  /** `tcbs` are the story's hosts, in the order of the records' keys (at most two). */
  constructor(private readonly tcbs: readonly Tcb[]) {}

  step(
    line: number,
    statementIndex: number,
    detail: StepDetail,
    before: Readonly<Record<string, TcpState>>,
    after: HostSnapshot,
    transitions: readonly Transition[],
    severity: 'error' | 'warning' | undefined,
  ): StepRecord {
    const { probe } = this;
    probe.transitions = transitions;
    probe.severity = severity;
    probe.before = before;
    probe.states = after.states;
    probe.owes = after.owes;
    probe.settled1 = after.settled1;
    probe.settled2 = after.settled2;
    // The hosts' moving variables are read as they are now, after the event.
    return new StepRecord(line, statementIndex, detail, this.pictures.intern(probe), this.tcbs[0], this.tcbs[1]);
  }

  /** `picture`, or the same one made before. */
  picture(picture: HostsPicture): HostsPicture {
    return this.pictures.intern(picture);
  }

  private id(record: object | undefined): number {
    if (record === undefined) {
      return -1;
    }
    let id = this.ids.get(record);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(record, id);
    }
    return id;
  }
}

/**
 * One event line, replayed, as the analysis keeps it. Nearly every event moves some
 * host's sequence numbers, so a record of both hosts' variables would be new at every
 * step, and so would a host's: the step keeps the hosts' SND.UNA, SND.NXT and RCV.NXT
 * itself and makes the records when they are read.
 */
export class StepRecord implements Step {
  private readonly sndUna1: number | undefined;
  private readonly sndNxt1: number | undefined;
  private readonly rcvNxt1: number | undefined;
  private readonly sndUna2: number | undefined;
  private readonly sndNxt2: number | undefined;
  private readonly rcvNxt2: number | undefined;

  constructor(
    readonly line: number,
    readonly statementIndex: number,
    readonly detail: StepDetail,
    private readonly picture: HostsPicture,
    first: MovingVariables | undefined,
    second: MovingVariables | undefined,
  ) {
    this.sndUna1 = first?.SND_UNA;
    this.sndNxt1 = first?.SND_NXT;
    this.rcvNxt1 = first?.RCV_NXT;
    this.sndUna2 = second?.SND_UNA;
    this.sndNxt2 = second?.SND_NXT;
    this.rcvNxt2 = second?.RCV_NXT;
  }

  get transitions(): readonly Transition[] {
    return this.picture.transitions;
  }

  get severity(): 'error' | 'warning' | undefined {
    return this.picture.severity;
  }

  get before(): Readonly<Record<string, TcpState>> {
    return this.picture.before;
  }

  get states(): Readonly<Record<string, TcpState>> {
    return this.picture.states;
  }

  get owes(): Readonly<Record<string, readonly string[]>> {
    return this.picture.owes;
  }

  get variables(): Readonly<Record<string, VariablesRecord>> {
    const record: Record<string, VariablesRecord> = {};
    const [first, second] = this.hostVariables();
    let index = 0;
    for (const name in this.picture.states) {
      record[name] = (index++ === 0 ? first : second)!;
    }
    return record;
  }

  /** The same step, marked with another severity; `records` made it. */
  withSeverity(severity: 'error' | 'warning' | undefined, records: StepRecords): StepRecord {
    const [first, second] = this.hostVariables();
    return new StepRecord(this.line, this.statementIndex, this.detail, records.picture({ ...this.picture, severity }), first, second);
  }

  /** JSON (and so a webview message) carries the step as model.ts writes it. */
  toJSON(): Step {
    const { line, statementIndex, detail, before, states, transitions, owes, variables, severity } = this;
    return { line, statementIndex, detail, before, states, transitions, owes, variables, severity };
  }

  private hostVariables(): [VariablesRecord | undefined, VariablesRecord | undefined] {
    const { settled1, settled2 } = this.picture;
    return [
      settled1 && new VariablesRecord(settled1, this.sndUna1, this.sndNxt1, this.rcvNxt1),
      settled2 && new VariablesRecord(settled2, this.sndUna2, this.sndNxt2, this.rcvNxt2),
    ];
  }
}
