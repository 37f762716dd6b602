import { TextRange } from './textRange';

/**
 * Positions in a script. Lines and characters are 0-based and characters count
 * UTF-16 code units, as VS Code does; the CLI adds 1 to both when it prints them.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function position(line: number, character: number): Position {
  return { line, character };
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return new TextRange(startLine, startCharacter, endLine, endCharacter);
}

/** The range from `start` to `end`. */
export function rangeBetween(start: Position, end: Position): Range {
  return new TextRange(start.line, start.character, end.line, end.character);
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function rangeContains(outer: Range, p: Position): boolean {
  return comparePositions(outer.start, p) <= 0 && comparePositions(p, outer.end) <= 0;
}

/** Splits text into lines: CR, LF and CRLF each end a line, as in VS Code. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The offset where each line begins, with the same line ends as `splitLines`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  const breaks = new LineBreaks(text);
  for (let at = breaks.next(0); at >= 0; at = breaks.next(at + lineBreakLength(text, at))) {
    starts.push(at + lineBreakLength(text, at));
  }
  return starts;
}

/**
 * Finds line breaks (CR, LF or CRLF) from left to right. Each kind of break is
 * searched for once per occurrence, so walking a whole text stays linear even
 * when it holds only one kind.
 */
export class LineBreaks {
  private cr = -2;
  private lf = -2;

  constructor(private readonly text: string) {}

  /** Offset of the first CR or LF at or after `from`, or -1 when there is none. */
  next(from: number): number {
    if (this.cr !== -1 && this.cr < from) {
      this.cr = this.text.indexOf('\r', from);
    }
    if (this.lf !== -1 && this.lf < from) {
      this.lf = this.text.indexOf('\n', from);
    }
    return this.cr < 0 ? this.lf : this.lf < 0 ? this.cr : Math.min(this.cr, this.lf);
  }
}

/** The line break to write into a text: the kind its first line ends with, LF when it has none. */
export function lineEnding(text: string): string {
  const at = new LineBreaks(text).next(0);
  return at < 0 ? '\n' : text.slice(at, at + lineBreakLength(text, at));
}

/** Length of the line break at `offset`: 2 for CRLF, 1 for a lone CR or LF. */
export function lineBreakLength(text: string, offset: number): number {
  return text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
}
