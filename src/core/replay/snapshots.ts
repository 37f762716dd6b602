import type { HostVariables } from '../model';
import type { TcpState } from '../tcp/states';
import type { Debt } from './debts';
import type { Tcb } from './tcb';
import { VariablesRecord } from './variablesRecord';

/** What every step records about the hosts after its event. */
export interface HostSnapshot {
  readonly states: Readonly<Record<string, TcpState>>;
  readonly owes: Readonly<Record<string, readonly string[]>>;
  readonly variables: Readonly<Record<string, VariablesRecord>>;
}

/**
 * Takes the hosts' records after each event, handing out records already
 * made again when nothing in them changed. Steps are read-only, so sharing is
 * safe, and a long story then keeps alive only what its events change: every
 * step object that outlives a garbage collection costs far more than one
 * that dies young.
 *
 * - States and debts take few distinct values in a story (a bulk transfer
 *   alternates between owing an ACK and not), so their records are kept by
 *   content and reused whenever the same content comes back.
 * - Sequence variables change with almost every event, but usually for one
 *   host: the other host's variables are the previous step's object.
 */
export class SnapshotTaker {
  private last: HostSnapshot;
  /** Records made so far, by the text of their content (the keys `states()` and `owes()` build). */
  private readonly statesByKey = new Map<string, Readonly<Record<string, TcpState>>>();
  private readonly owesByKey = new Map<string, Readonly<Record<string, readonly string[]>>>();
  /** The last few debt records `owes()` handed out, newest last. */
  private readonly owesLately: Readonly<Record<string, readonly string[]>>[] = [];
  /** Debt lists made so far, by their flags joined with a space. */
  private readonly owedByKey = new Map<string, readonly string[]>();

  constructor(private readonly tcbs: readonly Tcb[]) {
    this.last = { states: this.states(), owes: this.owes(), variables: this.variables(undefined) };
  }

  /** The record before any event. */
  get initial(): HostSnapshot {
    return this.last;
  }

  take(): HostSnapshot {
    const last = this.last;
    const states = this.statesUnchanged(last.states) ? last.states : this.states();
    const owes = this.owesUnchanged(last.owes) ? last.owes : this.recentOwes() ?? this.owes();
    const variables = this.variablesUnchanged(last.variables) ? last.variables : this.variables(last.variables);
    if (states !== last.states || owes !== last.owes || variables !== last.variables) {
      this.last = { states, owes, variables };
    }
    return this.last;
  }

  private statesUnchanged(states: Readonly<Record<string, TcpState>>): boolean {
    for (const t of this.tcbs) {
      if (states[t.name] !== t.state) {
        return false;
      }
    }
    return true;
  }

  /**
   * A record of debts handed out lately that still holds: a bulk transfer owes an ACK and
   * pays it at every other step, and comparing spares building the key each time.
   */
  private recentOwes(): Readonly<Record<string, readonly string[]>> | undefined {
    for (const owes of this.owesLately) {
      if (this.owesUnchanged(owes)) {
        return owes;
      }
    }
    return undefined;
  }

  private owesUnchanged(owes: Readonly<Record<string, readonly string[]>>): boolean {
    for (const t of this.tcbs) {
      if (!sameFlags(owes[t.name]!, t.debts)) {
        return false;
      }
    }
    return true;
  }

  private variablesUnchanged(variables: Readonly<Record<string, HostVariables>>): boolean {
    for (const t of this.tcbs) {
      if (!sameVariables(variables[t.name]!, t)) {
        return false;
      }
    }
    return true;
  }

  private states(): Readonly<Record<string, TcpState>> {
    let key = '';
    for (const t of this.tcbs) {
      key += `${t.name} ${t.state}\n`;
    }
    let record = this.statesByKey.get(key);
    if (record === undefined) {
      const made: Record<string, TcpState> = {};
      for (const t of this.tcbs) {
        made[t.name] = t.state;
      }
      record = made;
      this.statesByKey.set(key, record);
    }
    return record;
  }

  private owes(): Readonly<Record<string, readonly string[]>> {
    let key = '';
    for (const t of this.tcbs) {
      key += `${t.name} ${owedKey(t.debts)}\n`;
    }
    let record = this.owesByKey.get(key);
    if (record === undefined) {
      const made: Record<string, readonly string[]> = {};
      for (const t of this.tcbs) {
        made[t.name] = this.owed(t.debts);
      }
      record = made;
      this.owesByKey.set(key, record);
    }
    if (this.owesLately.length === OWES_LATELY) {
      this.owesLately.shift();
    }
    this.owesLately.push(record);
    return record;
  }

  /** Canonical flag spellings of what the host owes, one array per distinct list. */
  private owed(debts: readonly Debt[]): readonly string[] {
    const key = owedKey(debts);
    let owed = this.owedByKey.get(key);
    if (owed === undefined) {
      owed = debts.map((d) => d.flags);
      this.owedByKey.set(key, owed);
    }
    return owed;
  }

  /** Each host's variables, reusing `previous`'s object for a host whose variables did not change. */
  private variables(previous: Readonly<Record<string, VariablesRecord>> | undefined): Record<string, VariablesRecord> {
    const record: Record<string, VariablesRecord> = {};
    for (const t of this.tcbs) {
      const before = previous?.[t.name];
      record[t.name] = before !== undefined && sameVariables(before, t) ? before : VariablesRecord.of(t, before);
    }
    return record;
  }
}

/** How many records of debts handed out lately are compared before a key is built. */
const OWES_LATELY = 4;

/** Debt flags never hold a space (they are spelt like `SYN,ACK`), so a space separates them. */
function owedKey(debts: readonly Debt[]): string {
  let key = '';
  for (const d of debts) {
    key += `${d.flags} `;
  }
  return key;
}

function sameFlags(owed: readonly string[], debts: readonly Debt[]): boolean {
  if (owed.length !== debts.length) {
    return false;
  }
  for (let i = 0; i < debts.length; i++) {
    if (debts[i]!.flags !== owed[i]) {
      return false;
    }
  }
  return true;
}

function sameVariables(v: HostVariables, t: Tcb): boolean {
  return (
    v.ISS === t.ISS &&
    v.IRS === t.IRS &&
    v.SND_UNA === t.SND_UNA &&
    v.SND_NXT === t.SND_NXT &&
    v.SND_WND === t.SND_WND &&
    v.RCV_NXT === t.RCV_NXT &&
    v.RCV_WND === t.RCV_WND
  );
}
