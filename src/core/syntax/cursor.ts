import { didYouMean } from '../didYouMean';
import { diagnostic, type Diagnostic, type DiagnosticCode, type Fix, type RelatedInformation } from '../diagnostics';
import type { MessageArgs } from '../messages/lang';
import type { Range } from '../text';
import type { StringLiteral } from './ast';
import { IdentifierNode } from './nodes';
import { TokenKind, type LineTokens } from './scanner';
import { SegmentPartTable } from './segmentParts';

/**
 * A cursor over the tokens of one line, with the helpers every statement
 * parser shares: reading identifiers and strings, ranges, and reporting.
 */
export class LineCursor {
  /** Index of the current token. */
  pos = 0;
  /** Index of the last token consumed, where the statement ends so far (-1 before the first). */
  lastConsumed = -1;
  // Ranges of this line's tokens, made once and shared by every node that
  // mentions the token: a long script allocates far fewer objects this way.
  // Most lines make none, so most lines have none to forget.
  private readonly ranges: (Range | undefined)[] = [];
  private readonly knownWords: string[] = [];
  /** The flags and fields of every segment line read with this cursor. */
  readonly segmentParts: SegmentPartTable;

  constructor(
    readonly text: string,
    readonly tokens: LineTokens,
    readonly diagnostics: Diagnostic[],
  ) {
    this.segmentParts = new SegmentPartTable();
  }

  reset(): void {
    this.pos = 0;
    this.lastConsumed = -1;
    if (this.ranges.length > 0) {
      this.ranges.length = 0;
    }
  }

  get line(): number {
    return this.tokens.line;
  }

  get atEnd(): boolean {
    return this.pos >= this.tokens.count;
  }

  kind(index = this.pos): TokenKind {
    return index < this.tokens.count ? this.tokens.kinds[index]! : TokenKind.EndOfLine;
  }

  is(kind: TokenKind, index = this.pos): boolean {
    return this.kind(index) === kind;
  }

  /** The token as written. */
  tokenText(index = this.pos): string {
    return index < this.tokens.count ? this.text.slice(this.tokens.starts[index], this.tokens.ends[index]) : '';
  }

  /**
   * The token as written, shared with earlier tokens of the same spelling: a
   * script repeats its few host names, flags and field names on every line.
   */
  wordText(index = this.pos): string {
    return this.knownWord(this.tokens.starts[index]!, this.tokens.ends[index]!);
  }

  /** `text[start, end)`, shared with earlier words of the same spelling, as `wordText` gives a token's. */
  knownWord(start: number, end: number): string {
    const length = end - start;
    const first = this.text.charCodeAt(start);
    for (const known of this.knownWords) {
      if (known.length === length && known.charCodeAt(0) === first && (length === 1 || this.text.startsWith(known, start))) {
        return known;
      }
    }
    const text = this.text.slice(start, start + length);
    if (this.knownWords.length < 32) {
      this.knownWords.push(text);
    }
    return text;
  }

  /** Whether token `index` is the word `word`, in any case. */
  isWord(index: number, word: string): boolean {
    if (this.kind(index) !== TokenKind.Word) {
      return false;
    }
    const start = this.tokens.starts[index]!;
    if (this.tokens.ends[index]! - start !== word.length) {
      return false;
    }
    for (let i = 0; i < word.length; i++) {
      // Words are ASCII letters, digits and '_': setting bit 5 folds case and leaves the others distinct.
      if ((this.text.charCodeAt(start + i) | 0x20) !== (word.charCodeAt(i) | 0x20)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token `index` is spelt exactly `word`, case and all. */
  spelt(index: number, word: string): boolean {
    const start = this.tokens.starts[index]!;
    return this.tokens.ends[index]! - start === word.length && this.text.startsWith(word, start);
  }

  /** The one of `words` that token `index` spells, in any case (keywords, flags, fields, actions). */
  oneOf<T extends string>(index: number, words: readonly T[]): T | undefined {
    const found = this.indexIn(index, words);
    return found < 0 ? undefined : words[found];
  }

  /** Where in `words` the word token `index` spells is, in any case; -1 when it spells none. */
  indexIn(index: number, words: readonly string[]): number {
    for (let i = 0; i < words.length; i++) {
      if (this.isWord(index, words[i]!)) {
        return i;
      }
    }
    return -1;
  }

  start(index = this.pos): number {
    return this.tokens.starts[index]!;
  }

  end(index = this.pos): number {
    return this.tokens.ends[index]!;
  }

  /** True when token `index + 1` follows token `index` with nothing between them. */
  adjacent(index: number): boolean {
    return index + 1 < this.tokens.count && this.tokens.ends[index] === this.tokens.starts[index + 1];
  }

  /** Character (in its line) where token `index` starts. */
  startCharacter(index = this.pos): number {
    return this.tokens.starts[index]! - this.tokens.lineStart;
  }

  /** Character (in its line) just after token `index`. */
  endCharacter(index = this.pos): number {
    return this.tokens.ends[index]! - this.tokens.lineStart;
  }

  tokenRange(index = this.pos): Range {
    return (this.ranges[index] ??= this.tokens.range(this.tokens.starts[index]!, this.tokens.ends[index]!));
  }

  /** From the start of token `first` to the end of token `last`. */
  spanRange(first: number, last: number): Range {
    return first === last ? this.tokenRange(first) : this.tokens.range(this.tokens.starts[first]!, this.tokens.ends[last]!);
  }

  /** From the end of token `before` to the start of token `after`: the gap between them. */
  gapRange(before: number, after: number): Range {
    return this.tokens.range(this.tokens.ends[before]!, this.tokens.starts[after]!);
  }

  offsetRange(start: number, end: number): Range {
    return this.tokens.range(start, end);
  }

  /** The statement so far: from token `first` to the last token consumed. */
  rangeFrom(first: number): Range {
    return this.spanRange(first, Math.max(first, this.lastConsumed));
  }

  /**
   * Where to report a token that should be at the cursor: the token found
   * there, or at the end of the line the last token of the line.
   */
  hereOrLast(): Range {
    if (!this.atEnd) {
      return this.tokenRange();
    }
    return this.tokens.count > 0 ? this.tokenRange(this.tokens.count - 1) : this.tokens.range(this.tokens.lineStart, this.tokens.lineStart);
  }

  /** A zero-width range just after token `index`, where a missing part would go. */
  after(index: number): Range {
    return this.tokens.range(this.tokens.ends[index]!, this.tokens.ends[index]!);
  }

  advance(): void {
    if (this.pos < this.tokens.count) {
      this.lastConsumed = this.pos;
      this.pos++;
    }
  }

  /** Skips the rest of the line after a mistake, so that one mistake is reported once. */
  skipRest(): void {
    this.pos = this.tokens.count;
  }

  identifier(index = this.pos): IdentifierNode {
    return new IdentifierNode(this.wordText(index), this.tokens.line, this.startCharacter(index), this.endCharacter(index));
  }

  stringLiteral(index = this.pos): StringLiteral {
    return { value: this.tokens.values[index]!, range: this.tokenRange(index) };
  }

  report(
    code: DiagnosticCode,
    range: Range,
    messageId: string,
    args: MessageArgs = {},
    extra: { fixes?: readonly Fix[]; related?: readonly RelatedInformation[] } = {},
  ): void {
    this.diagnostics.push(diagnostic(code, range, messageId, args, extra));
  }

  /**
   * Reports the token at the cursor as out of place with `messageId`, unless
   * the token is itself the problem: a stray character, or a non-ASCII word
   * outside quotes, which get their own messages. At the end of the line the
   * last token is marked. Then skips the rest of the line. `extra.fixes` go
   * with whichever message is given: a caller offers quotes only where a
   * string may stand.
   */
  reportUnexpected(messageId: string, args: MessageArgs = {}, extra: { fixes?: readonly Fix[] } = {}): void {
    const kind = this.kind();
    if (kind === TokenKind.Unknown) {
      this.report('syntax', this.tokenRange(), 'syntax.unexpectedCharacter', { char: visibleCharacter(this.tokenText()) });
    } else if (kind === TokenKind.NonAsciiWord) {
      this.report('syntax', this.tokenRange(), 'syntax.nonAsciiWord', { text: this.tokenText() }, extra);
    } else {
      this.report('syntax', this.hereOrLast(), messageId, { text: this.tokenText(), ...args }, extra);
    }
    this.skipRest();
  }

  /** A statement ends at the end of the line (or at a comment). */
  expectEndOfLine(): void {
    if (!this.atEnd) {
      this.reportUnexpected('syntax.expectedEndOfLine');
    }
  }

  /** A fix that puts the text of tokens `first`..`last` in double quotes. */
  quoteFix(first: number, last: number): Fix {
    const raw = this.text.slice(this.start(first), this.end(last));
    const quoted = `"${raw.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    return {
      title: { id: 'syntax.fix.quote', args: { text: quoted } },
      edits: [{ range: this.spanRange(first, last), newText: quoted }],
    };
  }

  /** The index of the last token on the line. */
  get lastIndex(): number {
    return this.tokens.count - 1;
  }
}

/** A quick fix that replaces a misspelt word with the word it was probably meant to be. */
export function replaceFix(range: Range, replacement: string): Fix {
  return { title: { id: 'syntax.fix.replaceWith', args: { text: replacement } }, edits: [{ range, newText: replacement }], preferred: true };
}

/**
 * didYouMean, skipping words too long to be within its reach of any candidate
 * (it allows a third of the word's length in edits), so that a pasted
 * 100 000-character word costs nothing.
 */
export function suggestFor<T extends string>(word: string, candidates: readonly T[]): T | undefined {
  let longest = 0;
  for (const candidate of candidates) {
    longest = Math.max(longest, candidate.length);
  }
  return word.length > 2 * longest ? undefined : didYouMean(word, candidates);
}

/** A control character named by its code point (U+001B), so that a message never carries one raw. */
function visibleCharacter(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
