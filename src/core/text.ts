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
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

export function rangeContains(outer: Range, p: Position): boolean {
  return comparePositions(outer.start, p) <= 0 && comparePositions(p, outer.end) <= 0;
}

/** Splits text into lines on LF or CRLF; a lone CR is kept as text. */
export function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}
