import type { HostInfo } from '../model';
import { statePhase, type StatePhase } from '../tcp/statePhase';
import type { TcpState } from '../tcp/states';
import type { Lifelines } from './lifelines';
import type { MermaidWriter } from './writer';

/**
 * Between the two hosts' states when one note shows both. The preview splits
 * the note here and puts each state at its own host's end of the row; any
 * other Mermaid reader shows the two centred, left host first.
 */
export const STATE_SEPARATOR = ' │ ';

/** What one host's end of a row says: its new state, or the user call that led to it. */
export interface StateText {
  readonly host: string;
  readonly text: string;
  readonly state: TcpState | undefined;
}

/**
 * Writes the states an event changed as ONE row under its arrow.
 *
 * RFC 9293's figures print both hosts' states at the two ends of the line
 * that changed them. Mermaid puts every note on a row of its own and cannot
 * share a row between two notes or between a note and an arrow, so two
 * `left of`/`right of` notes cost a 3-way handshake seven rows. We tried:
 * the states as a second line of the arrow's label (the most compact, but
 * the name floats mid-arrow with no host of its own and cannot be coloured
 * as a state box), and one `note over` both hosts per event. The second reads
 * best: the row stays with its arrow, every state is a box the phase colours
 * apply to, and the preview aligns each state to its host's side. A change of
 * one host alone keeps the RFC's place beside that host, on the outer side.
 */
export function writeStateRow(writer: MermaidWriter, lifelines: Lifelines, hosts: readonly HostInfo[], ends: readonly StateText[], line: number): void {
  const shown = hosts.map((host) => ends.find((end) => end.host === host.name)).filter((end): end is StateText => end !== undefined);
  if (shown.length === 0) {
    return;
  }
  const phases = shown.map((end) => end.state).filter((state): state is TcpState => state !== undefined).map(statePhase);
  const placement = shown.length === 1 ? lifelines.beside(shown[0]!.host) : lifelines.overAll();
  if (placement === undefined) {
    return;
  }
  const notePhases: readonly StatePhase[] | undefined = phases.length === shown.length ? phases : undefined;
  writer.note(placement, shown.map((end) => end.text).join(STATE_SEPARATOR), line, notePhases);
}
