import type { HostVariables, Step, StepDetail, Transition } from '../model';
import type { TcpState } from '../tcp/states';
import type { HostSnapshot } from './snapshots';

/**
 * One event line, replayed, as the analysis keeps it. Nearly every event moves some
 * host's sequence numbers, so a record of both hosts' variables would be new at every
 * step; the step keeps the (at most two) hosts' variables itself and makes the record
 * when it is read. The hosts are those of `states`, which names each, in order.
 */
export class StepRecord implements Step {
  readonly states: Readonly<Record<string, TcpState>>;
  readonly owes: Readonly<Record<string, readonly string[]>>;
  private readonly first: HostVariables | undefined;
  private readonly second: HostVariables | undefined;

  constructor(
    readonly line: number,
    readonly statementIndex: number,
    readonly detail: StepDetail,
    readonly before: Readonly<Record<string, TcpState>>,
    after: Pick<HostSnapshot, 'states' | 'owes'> & { readonly variables: Readonly<Record<string, HostVariables>> },
    readonly transitions: readonly Transition[],
    readonly severity: 'error' | 'warning' | undefined,
  ) {
    this.states = after.states;
    this.owes = after.owes;
    let first: HostVariables | undefined;
    let second: HostVariables | undefined;
    for (const name in after.states) {
      if (first === undefined) {
        first = after.variables[name];
      } else {
        second = after.variables[name];
      }
    }
    this.first = first;
    this.second = second;
  }

  get variables(): Readonly<Record<string, HostVariables>> {
    const record: Record<string, HostVariables> = {};
    let first = true;
    for (const name in this.states) {
      record[name] = (first ? this.first : this.second)!;
      first = false;
    }
    return record;
  }

  /** The same step, marked with another severity. */
  withSeverity(severity: 'error' | 'warning' | undefined): StepRecord {
    const { states, owes, variables } = this;
    return new StepRecord(this.line, this.statementIndex, this.detail, this.before, { states, owes, variables }, this.transitions, severity);
  }

  /** JSON (and so a webview message) carries the step as model.ts writes it. */
  toJSON(): Step {
    const { line, statementIndex, detail, before, states, transitions, owes, variables, severity } = this;
    return { line, statementIndex, detail, before, states, transitions, owes, variables, severity };
  }
}
