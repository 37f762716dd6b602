import type { Analysis, Step } from './model';
import { runToEnd, sliceEnds, type Sliced } from './slices';
import { CLOSING_STATES, OPENING_STATES } from './tcp/statePhase';
import { isSynchronized } from './tcp/states';

/**
 * The phases of a connection's life, as the RFC tells them: establishing it
 * (§3.5), transferring data (§3.8) and closing it (§3.6, or a reset in §3.5.2).
 * The outline and folding show a script by these phases. A script that
 * reconnects (after a reboot or a reset) simply has more than one of each.
 */
export type PhaseKind = 'handshake' | 'data' | 'close';

export interface Phase {
  readonly kind: PhaseKind;
  /** Indexes into `analysis.steps` of the phase's first and last event. */
  readonly firstStep: number;
  readonly lastStep: number;
  /**
   * The lines the phase covers (0-based, inclusive): from the comments and
   * notes that lead into its first event to the last line before the next
   * phase, without trailing blank lines.
   */
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * The phase an event belongs to, judged by the states around it. A step that
 * changes nothing a phase is defined by (both hosts CLOSED, or a half-open
 * connection) continues the phase before it.
 */
export function phaseOfStep(step: Step, previous: PhaseKind | undefined): PhaseKind {
  const after = Object.values(step.states);
  const before = Object.values(step.before);
  if (after.some((s) => CLOSING_STATES.has(s))) {
    return 'close';
  }
  // A connection that ends without a FIN: reset, abort, reboot or a timeout.
  if (step.transitions.some((t) => isSynchronized(t.from) && !isSynchronized(t.to))) {
    return 'close';
  }
  if (after.some((s) => OPENING_STATES.has(s))) {
    return 'handshake';
  }
  if (after.length > 0 && after.every((s) => s === 'ESTABLISHED')) {
    // The event that makes the second host ESTABLISHED still belongs to the handshake.
    return before.every((s) => s === 'ESTABLISHED') ? 'data' : 'handshake';
  }
  return previous ?? 'handshake';
}

/** Phases per analysis: the outline and folding ask for the same ones after every edit. */
const computed = new WeakMap<object, readonly Phase[]>();

/** The script's phases in order; empty when the script has no events. */
export function phases(analysis: Pick<Analysis, 'script' | 'steps' | 'diagnostics'>): readonly Phase[] {
  return computed.get(analysis.steps) ?? runToEnd(phasesInSlices(analysis));
}

/** `phases`, yielding between slices of steps (see slices.ts): the editor works them out for a long script before anyone asks. */
export function* phasesInSlices(analysis: Pick<Analysis, 'script' | 'steps' | 'diagnostics'>): Sliced<readonly Phase[]> {
  const known = computed.get(analysis.steps);
  if (known) {
    return known;
  }
  const { steps } = analysis;
  const runs: { kind: PhaseKind; firstStep: number; lastStep: number }[] = [];
  let previous: PhaseKind | undefined;
  for (let index = 0; index < steps.length; index++) {
    if (sliceEnds(index)) {
      yield;
    }
    const kind = phaseOfStep(steps[index]!, previous);
    const last = runs[runs.length - 1];
    if (last && last.kind === kind) {
      last.lastStep = index;
    } else {
      runs.push({ kind, firstStep: index, lastStep: index });
    }
    previous = kind;
  }
  const result = phasesOfRuns(analysis, runs);
  computed.set(steps, result);
  return result;
}

function phasesOfRuns(analysis: Pick<Analysis, 'script' | 'steps' | 'diagnostics'>, runs: readonly { kind: PhaseKind; firstStep: number; lastStep: number }[]): Phase[] {
  const { steps, script } = analysis;
  if (runs.length === 0) {
    return [];
  }

  const lines = classifyLines(analysis);
  const headerEnd = lastHeaderLine(analysis);
  const starts = runs.map((run, i) => {
    const floor = i === 0 ? headerEnd + 1 : steps[runs[i - 1]!.lastStep]!.line + 1;
    return leadInStart(steps[run.firstStep]!.line, floor, lines);
  });
  return runs.map((run, i) => {
    const ceiling = i + 1 < runs.length ? starts[i + 1]! - 1 : script.lineCount - 1;
    let endLine = Math.max(ceiling, steps[run.lastStep]!.line);
    while (endLine > steps[run.lastStep]!.line && lines[endLine] === undefined) {
      endLine--;
    }
    return { kind: run.kind, firstStep: run.firstStep, lastStep: run.lastStep, startLine: starts[i]!, endLine };
  });
}

/** What each line holds: `lead` (a comment or note, which introduces what follows), `other`, or nothing (blank). */
type LineRole = 'lead' | 'other';

function classifyLines(analysis: Pick<Analysis, 'script' | 'diagnostics'>): (LineRole | undefined)[] {
  const roles: (LineRole | undefined)[] = new Array(analysis.script.lineCount).fill(undefined);
  // A line the parser could not read at all has no node, only its diagnostic; it is not blank.
  for (const diagnostic of analysis.diagnostics) {
    roles[diagnostic.range.start.line] = 'other';
  }
  for (const comment of analysis.script.comments) {
    roles[comment.range.start.line] = 'lead';
  }
  for (const statement of analysis.script.statements) {
    // An `expect` states the result of the events above it, so it never leads into the next phase.
    roles[statement.line] = statement.kind === 'note' ? 'lead' : 'other';
  }
  return roles;
}

function lastHeaderLine(analysis: Pick<Analysis, 'script'>): number {
  let last = -1;
  for (const statement of analysis.script.statements) {
    if (statement.kind === 'title' || statement.kind === 'host') {
      last = Math.max(last, statement.line);
    }
  }
  return last;
}

/** Moves a phase's start up over the comments and notes directly above its first event (no blank line between). */
function leadInStart(firstEventLine: number, floor: number, lines: readonly (LineRole | undefined)[]): number {
  let start = firstEventLine;
  while (start - 1 >= floor && lines[start - 1] === 'lead') {
    start--;
  }
  return start;
}
