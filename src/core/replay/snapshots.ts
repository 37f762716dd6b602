import type { HostVariables } from '../model';
import type { TcpState } from '../tcp/states';
import { owedFlags } from './debts';
import { variablesOf, type Tcb } from './tcb';

/** What every step records about the hosts after its event. */
export interface HostSnapshot {
  readonly states: Readonly<Record<string, TcpState>>;
  readonly owes: Readonly<Record<string, readonly string[]>>;
  readonly variables: Readonly<Record<string, HostVariables>>;
}

/**
 * Takes the hosts' records after each event, handing out the previous record
 * again when nothing in it changed. Steps are read-only, so sharing is safe,
 * and a long story (most events change no state) then costs a fraction of the
 * memory and garbage-collection time of a fresh record per step.
 */
export class SnapshotTaker {
  private last: HostSnapshot;

  constructor(private readonly tcbs: readonly Tcb[]) {
    this.last = { states: this.states(), owes: this.owes(), variables: this.variables() };
  }

  /** The record before any event. */
  get initial(): HostSnapshot {
    return this.last;
  }

  take(): HostSnapshot {
    const last = this.last;
    const states = this.tcbs.every((t) => last.states[t.name] === t.state) ? last.states : this.states();
    const owes = this.tcbs.every((t) => sameFlags(last.owes[t.name]!, t)) ? last.owes : this.owes();
    const variables = this.tcbs.every((t) => sameVariables(last.variables[t.name]!, t)) ? last.variables : this.variables();
    if (states !== last.states || owes !== last.owes || variables !== last.variables) {
      this.last = { states, owes, variables };
    }
    return this.last;
  }

  private states(): Record<string, TcpState> {
    const record: Record<string, TcpState> = {};
    for (const t of this.tcbs) {
      record[t.name] = t.state;
    }
    return record;
  }

  private owes(): Record<string, readonly string[]> {
    const record: Record<string, readonly string[]> = {};
    for (const t of this.tcbs) {
      record[t.name] = owedFlags(t);
    }
    return record;
  }

  private variables(): Record<string, HostVariables> {
    const record: Record<string, HostVariables> = {};
    for (const t of this.tcbs) {
      record[t.name] = variablesOf(t);
    }
    return record;
  }
}

function sameFlags(owed: readonly string[], tcb: Tcb): boolean {
  return owed.length === tcb.debts.length && tcb.debts.every((d, i) => d.flags === owed[i]);
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
