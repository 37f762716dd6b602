import type { Position, Range } from './text';

/**
 * A range kept as four numbers in one object. A script's tree holds about ten
 * ranges per line; as `{ start: {…}, end: {…} }` each would be three objects,
 * most of what a long script keeps alive and what garbage collection traces.
 * `start` and `end` are made when read, so every reader sees a plain Range,
 * and `toJSON` writes one, so JSON and webview messages keep their shape.
 */
export class TextRange implements Range {
  constructor(
    readonly startLine: number,
    readonly startCharacter: number,
    readonly endLine: number,
    readonly endCharacter: number,
  ) {}

  get start(): Position {
    return { line: this.startLine, character: this.startCharacter };
  }

  get end(): Position {
    return { line: this.endLine, character: this.endCharacter };
  }

  toJSON(): { start: Position; end: Position } {
    return { start: this.start, end: this.end };
  }
}
