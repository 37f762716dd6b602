import type { TcpState } from '../tcp/states';
import type { TextFont } from './measure';

/**
 * What the layout decides and the SVG writer draws: positioned shapes in CSS
 * px, each tied to the event (0-based line, time slot) it belongs to.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Mark = 'error' | 'warning';

export interface TextShape {
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly text: string;
  readonly font: TextFont;
  readonly anchor: 'start' | 'middle' | 'end';
}

/** A state's place in a connection's life, for its colour. */
export type StatePhase = 'closed' | 'opening' | 'synchronized' | 'closing';

interface EventShape {
  /** 0-based script line. */
  readonly line: number;
  readonly slot: number;
}

/** A segment's arrow: the shaft from `from` (send point) to `to` (arrival or loss point). */
export interface SegmentShape extends EventShape {
  readonly kind: 'segment';
  readonly lost: boolean;
  readonly dup: boolean;
  /** Sent with `~>` and never delivered: the shaft stops where the story ends. */
  readonly stranded: boolean;
  readonly from: Point;
  readonly to: Point;
  /** The arrowhead, drawn here when the segment arrives in its own slot; a `~>` gets it from its delivery. */
  readonly head: boolean;
  readonly label: TextShape;
  readonly mark: Mark | undefined;
}

/** The arrowhead of a `~>` segment, drawn in the slot of the `deliver` that makes it arrive. */
export interface DeliveryShape extends EventShape {
  readonly kind: 'delivery';
  readonly from: Point;
  readonly to: Point;
  readonly mark: Mark | undefined;
}

export interface StateShape extends EventShape {
  readonly kind: 'state';
  readonly host: string;
  readonly state: TcpState;
  readonly phase: StatePhase;
  readonly text: TextShape;
}

/** A user call (`listen`, `close`, ...): a tick across the lifeline and the call's name beside it. */
export interface ActionShape extends EventShape {
  readonly kind: 'action';
  readonly host: string;
  readonly at: Point;
  readonly text: TextShape;
  readonly mark: Mark | undefined;
}

/** Something the story says that is not an arrow: a failed `expect`, a `deliver` of nothing, a segment that cannot be drawn. */
export interface NoteShape extends EventShape {
  readonly kind: 'note';
  readonly box: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly text: TextShape;
  readonly mark: Mark | undefined;
}

/** A timer on a lifeline: RTO from a send to its retransmission, 2MSL in TIME-WAIT. */
export interface BracketShape extends EventShape {
  readonly kind: 'bracket';
  readonly timer: 'rto' | 'msl';
  readonly host: string;
  /** The vertical bar; `side` is the direction its ticks point (toward the lifeline). */
  readonly x: number;
  readonly top: number;
  readonly bottom: number;
  readonly side: 1 | -1;
  /** No end tick: the wait runs on past the end of the story. */
  readonly open: boolean;
  readonly text: TextShape;
  readonly title: string;
}

/** The step number in the left margin, and the band behind a step in error or with a warning. */
export interface StepShape extends EventShape {
  readonly kind: 'step';
  readonly text: TextShape;
  readonly mark: Mark | undefined;
  readonly band: { readonly top: number; readonly height: number };
}

export type Shape = SegmentShape | DeliveryShape | StateShape | ActionShape | NoteShape | BracketShape | StepShape;

export interface HostColumn {
  readonly name: string;
  readonly label: string;
  readonly x: number;
  readonly initial: TcpState | undefined;
  /** Where the host's state labels go: -1 left of its lifeline, 1 right of it. */
  readonly outside: 1 | -1;
}

export interface TimelineLayout {
  readonly width: number;
  readonly height: number;
  readonly title: TextShape | undefined;
  /** The count of errors and where the first is, when there are any. */
  readonly problems: TextShape | undefined;
  readonly hosts: readonly HostColumn[];
  readonly hostLabelY: number;
  readonly initialStateY: number;
  readonly lifelineTop: number;
  readonly lifelineBottom: number;
  readonly shapes: readonly Shape[];
}
