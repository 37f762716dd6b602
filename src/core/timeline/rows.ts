import type { Diagnostic } from '../diagnostics';
import type { Step } from '../model';

/**
 * The time slots: every event takes one, in script order, and so does every
 * `expect` clause that did not hold (it is drawn where it was written). A
 * `deliver` gets its own slot, which is where the segment it names arrives.
 */
export type Row =
  | { readonly kind: 'step'; readonly step: Step; readonly index: number }
  | { readonly kind: 'expect'; readonly diagnostic: Diagnostic };

export interface Rows {
  readonly rows: readonly Row[];
  /** The slot of the `deliver` that made each `~>` segment arrive, by the segment's 0-based line. */
  readonly deliveredAt: ReadonlyMap<number, number>;
}

export function timeSlots(steps: readonly Step[], diagnostics: readonly Diagnostic[]): Rows {
  const mismatches = diagnostics.filter((d) => d.code === 'expect-mismatch');
  const rows: Row[] = [];
  const deliveredAt = new Map<number, number>();
  let next = 0;
  steps.forEach((step, index) => {
    while (next < mismatches.length && mismatches[next]!.range.start.line < step.line) {
      rows.push({ kind: 'expect', diagnostic: mismatches[next++]! });
    }
    if (step.detail.kind === 'deliver' && step.detail.delivered !== undefined) {
      deliveredAt.set(step.detail.delivered.sentLine, rows.length);
    }
    rows.push({ kind: 'step', step, index });
  });
  while (next < mismatches.length) {
    rows.push({ kind: 'expect', diagnostic: mismatches[next++]! });
  }
  return { rows, deliveredAt };
}
