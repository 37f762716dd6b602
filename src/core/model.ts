import type { Diagnostic, MessageRef } from './diagnostics';
import type { ActionName, Script } from './syntax/ast';
import type { Range } from './text';
import type { TcpFlag } from './tcp/flags';
import type { StatePhase } from './tcp/statePhase';
import type { TcpState } from './tcp/states';

/** What `analyze()` returns for one version of a document: read by every feature. */

export interface HostInfo {
  /** The name as written in the script (an identifier, case-sensitive). */
  readonly name: string;
  /** The display label from `host name "Label"`, else the name. */
  readonly label: string;
  /** Where the host was declared, by a `host` line or by first use. */
  readonly declaredAt: Range;
}

/** A segment as it travels on the wire, every field filled in. */
export interface WireSegment {
  readonly flags: readonly TcpFlag[];
  readonly seq: number;
  /** Present exactly when the ACK flag is set. */
  readonly ack: number | undefined;
  /** Payload octets (SEG.LEN counts SYN and FIN too; this does not). */
  readonly len: number;
  readonly win: number;
  /** Which of seq/ack the engine computed because the script left them out. */
  readonly computed: { readonly seq: boolean; readonly ack: boolean };
  /** ACK set by the engine because every segment of a synchronized connection carries it (RFC 9293 §3.1). */
  readonly impliedAck: boolean;
  /** Sent as a keep-alive probe (RFC 9293 §3.8.4), which only its sender can tell from a duplicate. */
  readonly keepAlive: boolean;
}

/** RFC 9293 §3.3.1 send and receive sequence variables, as far as the host has them. */
export interface HostVariables {
  readonly ISS: number | undefined;
  readonly IRS: number | undefined;
  readonly SND_UNA: number | undefined;
  readonly SND_NXT: number | undefined;
  readonly SND_WND: number | undefined;
  readonly RCV_NXT: number | undefined;
  readonly RCV_WND: number;
}

/** A state change of one host, with the rule that caused it. */
export interface Transition {
  readonly host: string;
  readonly from: TcpState;
  readonly to: TcpState;
  /** Why, as a localizable message (e.g. "rcv SYN, snd SYN,ACK"). */
  readonly reason: MessageRef;
  readonly rfc: string;
}

/** What became of a segment at the receiver. */
export type ArrivalOutcome =
  | 'accepted' // processed; may have changed state
  | 'dropped' // discarded without reply
  | 'answered'; // discarded (or processed) and the receiver owes a reply (ACK or RST)

export interface Arrival {
  readonly host: string;
  readonly outcome: ArrivalOutcome;
  /** The reply the receiver owes, as the RFC writes it, e.g. `<SEQ=91><CTL=RST>`. */
  readonly reply: string | undefined;
  readonly explanation: MessageRef;
  readonly rfc: string;
}

export type SegmentFate = 'arrived' | 'lost' | 'in-flight';

export interface SegmentStep {
  readonly kind: 'segment';
  readonly from: string;
  readonly to: string;
  /** `dup`: an old duplicate that only arrives; its sender is untouched. */
  readonly dup: boolean;
  readonly fate: SegmentFate;
  readonly wire: WireSegment;
  readonly label: string | undefined;
  /** The name given with `as` (or generated for an unnamed `~>`), for `deliver`. */
  readonly name: string | undefined;
  /** Set when the segment arrived on this same line. */
  readonly arrival: Arrival | undefined;
}

export interface DeliverStep {
  readonly kind: 'deliver';
  /** The delivered segment's step (its line is where it was sent); undefined if nothing could be delivered. */
  readonly delivered:
    | {
        readonly sentLine: number;
        readonly from: string;
        readonly to: string;
        /** An old duplicate (`dup ... ~>`) that waited in the network. */
        readonly dup: boolean;
        readonly wire: WireSegment;
        readonly label: string | undefined;
        readonly name: string | undefined;
      }
    | undefined;
  readonly arrival: Arrival | undefined;
}

export interface ActionStep {
  readonly kind: 'action';
  readonly host: string;
  readonly action: ActionName | undefined;
  /** The segment the action emits (connect → SYN, close → FIN, abort → RST), if any. */
  readonly emits: string | undefined;
}

export type StepDetail = SegmentStep | DeliverStep | ActionStep;

/** One event line, replayed. */
export interface Step {
  /** 0-based line of the event. */
  readonly line: number;
  /** Index of the event's statement in `script.statements`. */
  readonly statementIndex: number;
  readonly detail: StepDetail;
  /** Both hosts' states before and after the event, keyed by host name. */
  readonly before: Readonly<Record<string, TcpState>>;
  readonly states: Readonly<Record<string, TcpState>>;
  readonly transitions: readonly Transition[];
  /**
   * Replies each host owes after the event, in canonical flag spelling (e.g.
   * `SYN,ACK`, `ACK`, `RST`): what a real TCP would send next without being asked.
   */
  readonly owes: Readonly<Record<string, readonly string[]>>;
  /** Sequence variables of each host after the event. */
  readonly variables: Readonly<Record<string, HostVariables>>;
  /** The worst severity reported on this line, for marking the step in the diagram. */
  readonly severity: 'error' | 'warning' | undefined;
}

/** One element of the diagram that maps back to a source line, in drawing order. */
export interface DiagramElement {
  readonly kind: 'message' | 'note';
  /** 0-based source line. */
  readonly line: number;
  /**
   * For a note that shows hosts' states: the phase of each state it shows,
   * left to right (one, or two when both hosts' states share the note).
   */
  readonly phases?: readonly StatePhase[];
  /**
   * The note where the Network lifeline begins: a box over it, drawn with the
   * first step that goes through the network (the preview makes it the
   * lifeline's head; see networkLifeline.ts in the webview).
   */
  readonly networkStart?: true;
}

export interface Diagram {
  /** Mermaid `sequenceDiagram` text. */
  readonly text: string;
  /**
   * The elements Mermaid draws, in the order it draws them: the n-th `message`
   * is the n-th arrow (`.messageText`), the n-th `note` the n-th note (`.noteText`).
   */
  readonly elements: readonly DiagramElement[];
}

export interface Analysis {
  readonly script: Script;
  readonly title: string | undefined;
  /** At most two, in order of declaration or first use. */
  readonly hosts: readonly HostInfo[];
  readonly steps: readonly Step[];
  readonly diagnostics: readonly Diagnostic[];
  readonly diagram: Diagram;
}
