import type { Diagnostic } from '../diagnostics';
import type { Mark } from './writer';

/** The marks by rank: a line keeps the worst it is given. */
const MARK_BY_RANK: readonly (Mark | undefined)[] = [undefined, 'warning', 'error'];

/**
 * What the diagnostics mark in the diagram, by line: the worst of error and
 * warning on each line (hints mark nothing), and the `expect` clauses that
 * did not hold.
 */
export class LineMarks {
  /**
   * Each line's mark, as its rank, one byte a line: a script full of problems
   * has some on nearly every line, and a map of a hundred thousand lines took
   * longer to fill than the diagram takes to draw.
   */
  private ranks = new Uint8Array(256);
  private readonly mismatches = new Map<number, Diagnostic[]>();

  constructor(diagnostics: readonly Diagnostic[] = []) {
    for (const d of diagnostics) {
      this.add(d);
    }
  }

  /** Counts one more diagnostic in; a diagram of a long story adds them in slices. */
  add(d: Diagnostic): void {
    const line = d.range.start.line;
    const rank = d.severity === 'error' ? 2 : d.severity === 'warning' ? 1 : 0;
    if (rank > this.rankOf(line)) {
      this.setRank(line, rank);
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
    return MARK_BY_RANK[this.rankOf(line)];
  }

  /** The `expect-mismatch` diagnostics of a line, in order. */
  failedExpectations(line: number): readonly Diagnostic[] {
    return this.mismatches.get(line) ?? [];
  }

  private rankOf(line: number): number {
    return line < this.ranks.length ? this.ranks[line]! : 0;
  }

  private setRank(line: number, rank: number): void {
    if (line >= this.ranks.length) {
      const grown = new Uint8Array(Math.max(line + 1, this.ranks.length * 2));
      grown.set(this.ranks);
      this.ranks = grown;
    }
    this.ranks[line] = rank;
  }
}
