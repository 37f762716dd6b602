import type { Diagnostic } from '../diagnostics';
import type { Step } from '../model';
import type { TimelineNote } from './notes';

/**
 * The time slots: every event takes one, in script order, and so does every
 * `expect` clause that did not hold and every note (each drawn where it was
 * written). A `deliver` gets its own slot, which is where the segment it
 * names arrives.
 */
export type Row =
  | { readonly kind: 'step'; readonly step: Step; readonly index: number }
  | { readonly kind: 'expect'; readonly diagnostic: Diagnostic }
  | { readonly kind: 'note'; readonly note: TimelineNote };

export interface Rows {
  readonly rows: readonly Row[];
  /** The slot of the `deliver` that made each `~>` segment arrive, by the segment's 0-based line. */
  readonly deliveredAt: ReadonlyMap<number, number>;
}

export function timeSlots(steps: readonly Step[], diagnostics: readonly Diagnostic[], notes: readonly TimelineNote[]): Rows {
  const mismatches = diagnostics.filter((d) => d.code === 'expect-mismatch');
  const rows: Row[] = [];
  const deliveredAt = new Map<number, number>();
  let nextMismatch = 0;
  let nextNote = 0;
  // Everything written on lines before `line`, in line order (a note and an expect never share a line).
  const catchUp = (line: number): void => {
    for (;;) {
      const mismatch = mismatches[nextMismatch];
      const note = notes[nextNote];
      const mismatchLine = mismatch === undefined ? Infinity : mismatch.range.start.line;
      const noteLine = note === undefined ? Infinity : note.line;
      if (Math.min(mismatchLine, noteLine) >= line) {
        return;
      }
      if (noteLine < mismatchLine) {
        rows.push({ kind: 'note', note: note! });
        nextNote++;
      } else {
        rows.push({ kind: 'expect', diagnostic: mismatch! });
        nextMismatch++;
      }
    }
  };
  steps.forEach((step, index) => {
    catchUp(step.line);
    if (step.detail.kind === 'deliver' && step.detail.delivered !== undefined) {
      deliveredAt.set(step.detail.delivered.sentLine, rows.length);
    }
    rows.push({ kind: 'step', step, index });
  });
  catchUp(Infinity);
  return { rows, deliveredAt };
}
