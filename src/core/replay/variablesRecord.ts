import type { HostVariables } from '../model';
import type { Tcb } from './tcb';

/** The variables a connection sets once or seldom: the ISS and IRS, and the windows. */
export interface SettledVariables {
  readonly ISS: number | undefined;
  readonly IRS: number | undefined;
  readonly SND_WND: number | undefined;
  readonly RCV_WND: number;
}

/** `tcb`'s settled variables now: `kept`, the host's record before, while none of them changed. */
export function settledVariables(tcb: Tcb, kept: SettledVariables | undefined): SettledVariables {
  return kept !== undefined && kept.ISS === tcb.ISS && kept.IRS === tcb.IRS && kept.SND_WND === tcb.SND_WND && kept.RCV_WND === tcb.RCV_WND
    ? kept
    : { ISS: tcb.ISS, IRS: tcb.IRS, SND_WND: tcb.SND_WND, RCV_WND: tcb.RCV_WND };
}

/** The variables that move at almost every event, which a step keeps itself. */
export type MovingVariables = Pick<HostVariables, 'SND_UNA' | 'SND_NXT' | 'RCV_NXT'>;

/**
 * A host's sequence variables after a step, made when a step's variables are read:
 * the four settled ones shared with the records around it, and the three that move.
 */
export class VariablesRecord implements HostVariables {
  constructor(
    readonly settled: SettledVariables,
    readonly SND_UNA: number | undefined,
    readonly SND_NXT: number | undefined,
    readonly RCV_NXT: number | undefined,
  ) {}

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
