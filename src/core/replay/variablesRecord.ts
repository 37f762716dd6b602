import type { HostVariables } from '../model';
import type { Tcb } from './tcb';

/** The variables a connection sets once or seldom: the ISS and IRS, and the windows. */
export interface SettledVariables {
  readonly ISS: number | undefined;
  readonly IRS: number | undefined;
  readonly SND_WND: number | undefined;
  readonly RCV_WND: number;
}

/**
 * A host's sequence variables after a step. Almost every event moves SND.UNA, SND.NXT
 * or RCV.NXT, so the record is new at almost every step, while the other four are
 * shared with the record before it as long as they stay the same.
 */
export class VariablesRecord implements HostVariables {
  constructor(
    readonly settled: SettledVariables,
    readonly SND_UNA: number | undefined,
    readonly SND_NXT: number | undefined,
    readonly RCV_NXT: number | undefined,
  ) {}

  /** `tcb`'s variables now; `previous` is the host's record before, if any. */
  static of(tcb: Tcb, previous: VariablesRecord | undefined): VariablesRecord {
    const kept = previous?.settled;
    const settled =
      kept !== undefined && kept.ISS === tcb.ISS && kept.IRS === tcb.IRS && kept.SND_WND === tcb.SND_WND && kept.RCV_WND === tcb.RCV_WND
        ? kept
        : { ISS: tcb.ISS, IRS: tcb.IRS, SND_WND: tcb.SND_WND, RCV_WND: tcb.RCV_WND };
    return new VariablesRecord(settled, tcb.SND_UNA, tcb.SND_NXT, tcb.RCV_NXT);
  }

  get ISS(): number | undefined {
    return this.settled.ISS;
  }

  get IRS(): number | undefined {
    return this.settled.IRS;
  }

  get SND_WND(): number | undefined {
    return this.settled.SND_WND;
  }

  get RCV_WND(): number {
    return this.settled.RCV_WND;
  }

  /** JSON (and so a webview message) carries the variables as model.ts writes them. */
  toJSON(): HostVariables {
    const { ISS, IRS, SND_UNA, SND_NXT, SND_WND, RCV_NXT, RCV_WND } = this;
    return { ISS, IRS, SND_UNA, SND_NXT, SND_WND, RCV_NXT, RCV_WND };
  }
}
