import type { MessageRef } from '../diagnostics';
import type { MessageArgs } from '../messages/lang';
import type { Arrival, ArrivalOutcome } from '../model';
import type { TcpState } from '../tcp/states';

/** What every arrival's explanation tells: the receiver, its state, and the segment. */
export interface ArrivalFacts {
  readonly host: string;
  readonly state: TcpState;
  readonly flags: string;
  readonly seq: number;
  readonly ack: number | '';
}

/** Arguments shared by every explanation that adds none of its own. */
export const NO_ARGS: MessageArgs = Object.freeze({});

/** An explanation's arguments: the arrival's facts, then those its rule adds (which win). */
export function explanationArgs(facts: ArrivalFacts, args: MessageArgs): MessageArgs {
  return { host: facts.host, state: facts.state, flags: facts.flags, seq: facts.seq, ack: facts.ack, ...args };
}

/**
 * What became of a segment at its receiver, as a step keeps it: the explanation's facts
 * are kept as values and its message is made when read. Every arriving segment has one,
 * and as a message with an arguments object of its own it was a third of a step.
 */
export class ArrivalRecord implements Arrival, ArrivalFacts {
  readonly host: string;
  readonly state: TcpState;
  readonly flags: string;
  readonly seq: number;
  readonly ack: number | '';

  constructor(
    facts: ArrivalFacts,
    readonly outcome: ArrivalOutcome,
    readonly reply: string | undefined,
    private readonly explanationId: string,
    private readonly args: MessageArgs,
    readonly rfc: string,
  ) {
    this.host = facts.host;
    this.state = facts.state;
    this.flags = facts.flags;
    this.seq = facts.seq;
    this.ack = facts.ack;
  }

  get explanation(): MessageRef {
    return { id: this.explanationId, args: explanationArgs(this, this.args) };
  }

  /** JSON (and so a webview message) carries the Arrival as model.ts writes it. */
  toJSON(): Arrival {
    return { host: this.host, outcome: this.outcome, reply: this.reply, explanation: this.explanation, rfc: this.rfc };
  }
}
