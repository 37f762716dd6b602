import type { TcpState } from '../tcp/states';
import type { Debt } from './debts';
import { Interner } from './interner';
import type { Tcb } from './tcb';
import { settledVariables, type SettledVariables } from './variablesRecord';

/**
 * What every step records about the hosts after its event, but for SND.UNA, SND.NXT
 * and RCV.NXT, which move at almost every event and which the step reads from the
 * hosts itself (see stepRecord.ts).
 */
export interface HostSnapshot {
  readonly states: Readonly<Record<string, TcpState>>;
  readonly owes: Readonly<Record<string, readonly string[]>>;
  /** The first and the second host's settled variables (see variablesRecord.ts). */
  readonly settled1: SettledVariables | undefined;
  readonly settled2: SettledVariables | undefined;
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
 * - The settled variables change seldom: a host's are the previous step's
 *   object until one of them changes.
 *
 * Each is compared with the hosts as they are, host by host in their order, so
 * that an event that changes nothing of it looks nothing up. The taker is itself
 * the latest snapshot: a step reads the records from it, and no snapshot object
 * is made per event.
 */
export class SnapshotTaker implements HostSnapshot {
  states: Readonly<Record<string, TcpState>>;
  owes: Readonly<Record<string, readonly string[]>>;
  settled1: SettledVariables | undefined;
  settled2: SettledVariables | undefined;
  /** What `last` shows of each host, in the hosts' order. */
  private readonly shownStates: TcpState[];
  private readonly shownOwed: (readonly string[])[];
  /** One list of flags for each distinct list of debts a host has had. */
  private readonly owedLists = new Interner<readonly string[], readonly Debt[]>(owedKey, sameFlags, (debts) => debts.map((d) => d.flags));
  /** One record for each distinct picture of the hosts' states, or of their owed lists. */
  private readonly statesRecords: Interner<HostsRecord<TcpState>, readonly TcpState[]>;
  private readonly owesRecords: Interner<HostsRecord<readonly string[]>, readonly (readonly string[])[]>;

  constructor(private readonly tcbs: readonly Tcb[]) {
    const names = tcbs.map((t) => t.name);
    this.statesRecords = new Interner(
      (states) => states.join(' '),
      (made, states) => sameValues(made.values, states),
      (states) => hostsRecord(names, states),
    );
    this.owesRecords = new Interner(
      (owed) => owed.map((flags) => flags.join(' ')).join('\n'),
      (made, owed) => sameValues(made.values, owed),
      (owed) => hostsRecord(names, owed),
    );
    this.shownStates = tcbs.map((t) => t.state);
    this.shownOwed = tcbs.map((t) => this.owedLists.intern(t.debts));
    // Until the first `take`, the records before any event.
    this.states = this.statesRecords.intern(this.shownStates).record;
    this.owes = this.owesRecords.intern(this.shownOwed).record;
    this.settled1 = tcbs[0] && settledVariables(tcbs[0], undefined);
    this.settled2 = tcbs[1] && settledVariables(tcbs[1], undefined);
  }

  /** Brings the records up to the hosts after an event. */
  take(): void {
    if (this.statesChanged()) {
      this.states = this.statesRecords.intern(this.shownStates).record;
    }
    if (this.owesChanged()) {
      this.owes = this.owesRecords.intern(this.shownOwed).record;
    }
    const first = this.tcbs[0];
    const second = this.tcbs[1];
    this.settled1 = first && settledVariables(first, this.settled1);
    this.settled2 = second && settledVariables(second, this.settled2);
  }

  /** Brings `shownStates` up to the hosts' states; true if any changed. */
  private statesChanged(): boolean {
    const { tcbs, shownStates } = this;
    let changed = false;
    for (let i = 0; i < tcbs.length; i++) {
      if (shownStates[i] !== tcbs[i]!.state) {
        shownStates[i] = tcbs[i]!.state;
        changed = true;
      }
    }
    return changed;
  }

  /** Brings `shownOwed` up to the hosts' debts; true if any host's changed. */
  private owesChanged(): boolean {
    const { tcbs, shownOwed } = this;
    let changed = false;
    for (let i = 0; i < tcbs.length; i++) {
      const debts = tcbs[i]!.debts;
      if (!sameFlags(shownOwed[i]!, debts)) {
        shownOwed[i] = this.owedLists.intern(debts);
        changed = true;
      }
    }
    return changed;
  }
}

/** A record by host name, with its values in the hosts' order to compare it by. */
interface HostsRecord<V> {
  readonly values: readonly V[];
  readonly record: Readonly<Record<string, V>>;
}

/** Host names are identifiers, never array indices, so the record's keys keep the hosts' order. */
function hostsRecord<V>(names: readonly string[], values: readonly V[]): HostsRecord<V> {
  const record: Record<string, V> = {};
  names.forEach((name, i) => (record[name] = values[i]!));
  return { values: [...values], record };
}

/** The same values, each by identity. */
function sameValues<V>(a: readonly V[], b: readonly V[]): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

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
