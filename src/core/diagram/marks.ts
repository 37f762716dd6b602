import type { Diagnostic } from '../diagnostics';
import type { Mark } from './writer';

/**
 * What the diagnostics mark in the diagram, by line: the worst of error and
 * warning on each line (hints mark nothing), and the `expect` clauses that
 * did not hold.
 */
export class LineMarks {
  private readonly marks = new Map<number, Mark>();
  private readonly mismatches = new Map<number, Diagnostic[]>();

  constructor(diagnostics: readonly Diagnostic[] = []) {
    for (const d of diagnostics) {
      this.add(d);
    }
  }

  /** Counts one more diagnostic in; a diagram of a long story adds them in slices. */
  add(d: Diagnostic): void {
    const line = d.range.start.line;
    if (d.severity === 'error') {
      this.marks.set(line, 'error');
    } else if (d.severity === 'warning' && !this.marks.has(line)) {
      this.marks.set(line, 'warning');
    }
    if (d.code === 'expect-mismatch') {
      const onLine = this.mismatches.get(line);
      if (onLine) {
        onLine.push(d);
      } else {
        this.mismatches.set(line, [d]);
      }
    }
  }

  on(line: number): Mark | undefined {
    return this.marks.get(line);
  }

  /** The `expect-mismatch` diagnostics of a line, in order. */
  failedExpectations(line: number): readonly Diagnostic[] {
    return this.mismatches.get(line) ?? [];
  }
}
