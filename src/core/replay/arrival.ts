import type { MessageRef } from '../diagnostics';
import type { MessageArgs } from '../messages/lang';
import type { Arrival, ArrivalOutcome } from '../model';
import type { TcpState } from '../tcp/states';
import { Interner, type Mutable } from './interner';

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
  // Spreading even an empty object is a slow copy, and most rules add no arguments.
  return hasNone(args)
    ? { host: facts.host, state: facts.state, flags: facts.flags, seq: facts.seq, ack: facts.ack }
    : { host: facts.host, state: facts.state, flags: facts.flags, seq: facts.seq, ack: facts.ack, ...args };
}

function hasNone(args: MessageArgs): boolean {
  for (const _ in args) {
    return false;
  }
  return true;
}

/** What arrivals of a story share: the receiver, its state, the flags and the rule that decided. */
interface ArrivalKind {
  readonly host: string;
  readonly state: TcpState;
  readonly flags: string;
  readonly outcome: ArrivalOutcome;
  readonly explanationId: string;
  readonly rfc: string;
}

/**
 * The kinds of arrival a replay has met, one record for each: a long story repeats a few
 * (a bulk transfer, two), so its arrivals keep only what differs from one to the next.
 */
export class ArrivalKinds {
  private readonly kinds = new Interner<ArrivalKind>(
    (k) => `${k.host}\n${k.state}\n${k.flags}\n${k.outcome}\n${k.explanationId}\n${k.rfc}`,
    (a, b) => a.host === b.host && a.state === b.state && a.flags === b.flags && a.outcome === b.outcome && a.explanationId === b.explanationId && a.rfc === b.rfc,
    ({ host, state, flags, outcome, explanationId, rfc }) => ({ host, state, flags, outcome, explanationId, rfc }),
  );

  /** The kind looked up, filled in place for each arrival. */
  private readonly probe: Mutable<ArrivalKind> = { host: '', state: 'CLOSED', flags: '', outcome: 'accepted', explanationId: '', rfc: '' };

  of(facts: ArrivalFacts, outcome: ArrivalOutcome, explanationId: string, rfc: string): ArrivalKind {
    const { probe } = this;
    probe.host = facts.host;
    probe.state = facts.state;
    probe.flags = facts.flags;
    probe.outcome = outcome;
    probe.explanationId = explanationId;
    probe.rfc = rfc;
    return this.kinds.intern(probe);
  }
}

interface ArrivalExtra {
  readonly reply: string | undefined;
  readonly args: MessageArgs;
}

const NO_EXTRA: ArrivalExtra = Object.freeze({ reply: undefined, args: NO_ARGS });

/**
 * What became of a segment at its receiver, as a step keeps it: the explanation's facts
 * are kept as values and its message is made when read. Every arriving segment has one,
 * and as a message with an arguments object of its own it was a third of a step.
 */
export class ArrivalRecord implements Arrival, ArrivalFacts {
  readonly seq: number;
  readonly ack: number | '';

  /** The reply owed and the rule's own arguments; most arrivals have neither, and share one record. */
  private readonly extra: ArrivalExtra;

  constructor(
    private readonly kind: ArrivalKind,
    facts: ArrivalFacts,
    reply: string | undefined,
    args: MessageArgs,
  ) {
    this.seq = facts.seq;
    this.ack = facts.ack;
    this.extra = reply === undefined && args === NO_ARGS ? NO_EXTRA : { reply, args };
  }

  get reply(): string | undefined {
    return this.extra.reply;
  }

  get host(): string {
    return this.kind.host;
  }

  get state(): TcpState {
    return this.kind.state;
  }

  get flags(): string {
    return this.kind.flags;
  }

  get outcome(): ArrivalOutcome {
    return this.kind.outcome;
  }

  get rfc(): string {
    return this.kind.rfc;
  }

  get explanation(): MessageRef {
    return { id: this.kind.explanationId, args: explanationArgs(this, this.extra.args) };
  }

  /** JSON (and so a webview message) carries the Arrival as model.ts writes it. */
  toJSON(): Arrival {
    return { host: this.host, outcome: this.outcome, reply: this.reply, explanation: this.explanation, rfc: this.rfc };
  }
}
