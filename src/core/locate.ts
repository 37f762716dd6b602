import type { Analysis, Step, WireSegment } from './model';
import type { Statement } from './syntax/ast';
import type { TcpState } from './tcp/states';

/**
 * Where a position falls in an analysis: the statement on a line, the step of
 * an event, and the connection as it stands between events. The editor's
 * features ask these questions of the one cached Analysis instead of reading
 * the text again. Statements and steps are in line order, so each lookup is
 * a binary search.
 */

/** The index of the statement on `line` in `script.statements`, or -1. */
export function statementIndexAt(analysis: Pick<Analysis, 'script'>, line: number): number {
  const statements = analysis.script.statements;
  const index = lowerBound(statements.length, (i) => statements[i]!.line >= line);
  return index < statements.length && statements[index]!.line === line ? index : -1;
}

export function statementAt(analysis: Pick<Analysis, 'script'>, line: number): Statement | undefined {
  const index = statementIndexAt(analysis, line);
  return index < 0 ? undefined : analysis.script.statements[index];
}

/** The step an event statement produced. */
export function stepOfStatement(analysis: Pick<Analysis, 'steps'>, statementIndex: number): Step | undefined {
  const steps = analysis.steps;
  const index = lowerBound(steps.length, (i) => steps[i]!.statementIndex >= statementIndex);
  return index < steps.length && steps[index]!.statementIndex === statementIndex ? steps[index] : undefined;
}

/** How many events come before `line`. */
export function stepCountBefore(analysis: Pick<Analysis, 'steps'>, line: number): number {
  const steps = analysis.steps;
  return lowerBound(steps.length, (i) => steps[i]!.line >= line);
}

/** The last step on a line before `line`: what has happened when the story reaches that line. */
export function stepBefore(analysis: Pick<Analysis, 'steps'>, line: number): Step | undefined {
  const steps = analysis.steps;
  const index = lowerBound(steps.length, (i) => steps[i]!.line >= line);
  return index > 0 ? steps[index - 1] : undefined;
}

/** Each host's state when the story reaches `line` (before an event on that line). Every host starts CLOSED. */
export function statesBefore(analysis: Pick<Analysis, 'steps' | 'hosts'>, line: number): Readonly<Record<string, TcpState>> {
  const previous = stepBefore(analysis, line);
  if (previous) {
    return previous.states;
  }
  return Object.fromEntries(analysis.hosts.map((h) => [h.name, 'CLOSED' as TcpState]));
}

export function stateBefore(analysis: Pick<Analysis, 'steps' | 'hosts'>, host: string, line: number): TcpState {
  return statesBefore(analysis, line)[host] ?? 'CLOSED';
}

/** A segment kept in the network with `~>` that no `deliver` has taken yet. */
export interface SegmentInFlight {
  readonly name: string | undefined;
  readonly sentLine: number;
  readonly from: string;
  readonly to: string;
  readonly wire: WireSegment;
}

/** The segments in flight when the story reaches `line`, oldest first. */
export function inFlightBefore(analysis: Pick<Analysis, 'steps'>, line: number): SegmentInFlight[] {
  // By the line that sent it: a delivery takes its segment out at once, whatever is in flight.
  const flying = new Map<number, SegmentInFlight>();
  for (const step of analysis.steps) {
    if (step.line >= line) {
      break;
    }
    const detail = step.detail;
    if (detail.kind === 'segment' && detail.fate === 'in-flight') {
      flying.set(step.line, { name: detail.name, sentLine: step.line, from: detail.from, to: detail.to, wire: detail.wire });
    } else if (detail.kind === 'deliver' && detail.delivered) {
      flying.delete(detail.delivered.sentLine);
    }
  }
  return [...flying.values()];
}

/** The first index in [0, length) where `atOrAfter` holds, for a predicate that is false then true. */
function lowerBound(length: number, atOrAfter: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (atOrAfter(mid)) {
      high = mid;
    } else {
      low = mid + 1;
    }
  }
  return low;
}
