import { diagnostic, type Diagnostic } from '../diagnostics';
import { range, type Range } from '../text';

/**
 * The scanner reads one line at a time into a reusable buffer of tokens, so a
 * long script costs no allocation per token. Statements never span lines, so
 * the parser needs no more lookahead than the rest of the line.
 */
export enum TokenKind {
  /** `[A-Za-z_][A-Za-z0-9_]*`: keywords, host names, flags, actions, state words, field names. */
  Word,
  /** Decimal digits. */
  Number,
  /** Digits run together with letters, `.` or `_` (`0x10`, `1.5`, `10k`): not a decimal number. */
  BadNumber,
  /** A double-quoted string; its decoded value is in `values`. */
  String,
  Colon,
  Comma,
  Plus,
  Slash,
  Equals,
  /** `->`, `-x` or `~>`. */
  Arrow,
  /** A `-` that does not begin an arrow (it joins the words of `SYN-RECEIVED`). */
  Minus,
  /** Letters outside ASCII outside quotes (e.g. a Korean word written as a name). */
  NonAsciiWord,
  /** Any other character. */
  Unknown,
  /** Past the last token of the line. */
  EndOfLine,
}

/** The tokens of one line. Offsets are into the whole text; `lineStart` turns them into characters. */
export class LineTokens {
  count = 0;
  line = 0;
  lineStart = 0;
  /** End of the line's content: before the `\n` or `\r\n`. */
  contentEnd = 0;
  /** Offsets of a `#` comment, or -1 when the line has none. */
  commentStart = -1;
  commentEnd = -1;
  readonly kinds: TokenKind[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Decoded value of String tokens. */
  readonly values: (string | undefined)[] = [];
  /** Value of Number tokens (may exceed 2^32-1; the parser judges the range). */
  readonly numbers: number[] = [];

  range(start: number, end: number): Range {
    return range(this.line, start - this.lineStart, this.line, end - this.lineStart);
  }
}

const TAB = 9;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const SLASH = 47;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const COLON = 58;
const EQUALS = 61;
const GREATER = 62;
const UPPER_X = 88;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const LOWER_X = 120;
const TILDE = 126;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

function isWordPart(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === UNDERSCORE;
}

/** Whitespace, including the no-break and ideographic spaces a Korean keyboard produces, and a BOM. */
export function isSpace(c: number): boolean {
  return (
    c === SPACE ||
    c === TAB ||
    (c >= 11 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const NON_ASCII_WORD_PART = /[\p{L}\p{N}\p{M}]/u;

function isNonAsciiWordPart(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  if (c < 128) {
    return false;
  }
  return NON_ASCII_WORD_PART.test(String.fromCodePoint(text.codePointAt(offset)!));
}

/** Length in UTF-16 units of the code point at `offset` (2 for a surrogate pair). */
function codePointLength(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  if (c >= 0xd800 && c <= 0xdbff && offset + 1 < text.length) {
    const d = text.charCodeAt(offset + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      return 2;
    }
  }
  return 1;
}

/**
 * Scans `text[lineStart, contentEnd)` into `out`. Lexical mistakes inside
 * strings (an unknown escape, a missing closing quote) are reported here;
 * everything else the parser judges in context.
 */
export function scanLine(text: string, lineStart: number, contentEnd: number, line: number, out: LineTokens, diagnostics: Diagnostic[]): void {
  out.count = 0;
  out.line = line;
  out.lineStart = lineStart;
  out.contentEnd = contentEnd;
  out.commentStart = -1;
  out.commentEnd = -1;
  let pos = lineStart;
  while (pos < contentEnd) {
    const c = text.charCodeAt(pos);
    if (isSpace(c)) {
      pos++;
      continue;
    }
    if (c === HASH) {
      out.commentStart = pos;
      out.commentEnd = contentEnd;
      return;
    }
    const start = pos;
    let kind: TokenKind;
    let value: string | undefined;
    let number = 0;
    if (isAsciiLetter(c) || c === UNDERSCORE || c >= 128) {
      let nonAscii = false;
      while (pos < contentEnd) {
        if (isWordPart(text.charCodeAt(pos))) {
          pos++;
        } else if (isNonAsciiWordPart(text, pos)) {
          nonAscii = true;
          pos += codePointLength(text, pos);
        } else {
          break;
        }
      }
      if (pos === start) {
        // A non-ASCII character that is not a letter: a symbol such as '→' or '：'.
        kind = TokenKind.Unknown;
        pos += codePointLength(text, pos);
      } else {
        kind = nonAscii ? TokenKind.NonAsciiWord : TokenKind.Word;
      }
    } else if (isDigit(c)) {
      // Only the value matters (no slice); past 10 digits it is out of range anyway, and stays above 2^32.
      while (pos < contentEnd && isDigit(text.charCodeAt(pos))) {
        number = pos - start < 11 ? number * 10 + (text.charCodeAt(pos) - DIGIT_0) : number;
        pos++;
      }
      kind = TokenKind.Number;
      while (pos < contentEnd) {
        const d = text.charCodeAt(pos);
        if (isWordPart(d) || d === DOT) {
          kind = TokenKind.BadNumber;
          pos++;
        } else if (isNonAsciiWordPart(text, pos)) {
          kind = TokenKind.BadNumber;
          pos += codePointLength(text, pos);
        } else {
          break;
        }
      }
    } else if (c === QUOTE) {
      const scanned = scanString(text, start, contentEnd, out, diagnostics);
      pos = scanned.end;
      value = scanned.value;
      kind = TokenKind.String;
    } else {
      const next = pos + 1 < contentEnd ? text.charCodeAt(pos + 1) : -1;
      pos++;
      switch (c) {
        case COLON:
          kind = TokenKind.Colon;
          break;
        case COMMA:
          kind = TokenKind.Comma;
          break;
        case PLUS:
          kind = TokenKind.Plus;
          break;
        case SLASH:
          kind = TokenKind.Slash;
          break;
        case EQUALS:
          kind = TokenKind.Equals;
          break;
        case MINUS:
          if (next === GREATER || next === LOWER_X || next === UPPER_X) {
            kind = TokenKind.Arrow;
            pos++;
          } else {
            kind = TokenKind.Minus;
          }
          break;
        case TILDE:
          if (next === GREATER) {
            kind = TokenKind.Arrow;
            pos++;
          } else {
            kind = TokenKind.Unknown;
          }
          break;
        default:
          kind = TokenKind.Unknown;
          break;
      }
    }
    const index = out.count++;
    out.kinds[index] = kind;
    out.starts[index] = start;
    out.ends[index] = pos;
    out.values[index] = value;
    out.numbers[index] = number;
  }
}

/**
 * A string runs from `"` to the next unescaped `"` on the same line. Only `\"`
 * and `\\` are escapes; any other backslash is reported and kept as written,
 * so the label still shows what the author typed.
 */
function scanString(text: string, start: number, contentEnd: number, out: LineTokens, diagnostics: Diagnostic[]): { end: number; value: string } {
  let pos = start + 1;
  let chunkStart = pos;
  let value = '';
  while (pos < contentEnd) {
    const c = text.charCodeAt(pos);
    if (c === QUOTE) {
      return { end: pos + 1, value: value + text.slice(chunkStart, pos) };
    }
    if (c === BACKSLASH && pos + 1 < contentEnd) {
      const next = text.charCodeAt(pos + 1);
      if (next === QUOTE || next === BACKSLASH) {
        value += text.slice(chunkStart, pos) + String.fromCharCode(next);
        pos += 2;
        chunkStart = pos;
        continue;
      }
      const escapeEnd = pos + 1 + codePointLength(text, pos + 1);
      diagnostics.push(
        diagnostic('syntax', out.range(pos, escapeEnd), 'syntax.unknownEscape', { escape: text.slice(pos, escapeEnd) }, {
          fixes: [
            {
              title: { id: 'syntax.fix.escapeBackslash', args: {} },
              edits: [{ range: out.range(pos, pos + 1), newText: '\\\\' }],
              preferred: true,
            },
          ],
        }),
      );
      pos = escapeEnd;
      continue;
    }
    pos++;
  }
  // Unterminated: the string takes the rest of the line.
  let trimmedEnd = contentEnd;
  while (trimmedEnd > start + 1 && isSpace(text.charCodeAt(trimmedEnd - 1))) {
    trimmedEnd--;
  }
  // After an odd run of backslashes a new quote would only be escaped; offer the fix only where it works.
  let backslashes = 0;
  while (trimmedEnd - backslashes > start + 1 && text.charCodeAt(trimmedEnd - backslashes - 1) === BACKSLASH) {
    backslashes++;
  }
  const canClose = backslashes % 2 === 0;
  diagnostics.push(
    diagnostic('unterminated-string', out.range(start, trimmedEnd), 'syntax.unterminatedString', {}, {
      fixes: canClose
        ? [{ title: { id: 'syntax.fix.closeString', args: {} }, edits: [{ range: out.range(trimmedEnd, trimmedEnd), newText: '"' }], preferred: true }]
        : [],
    }),
  );
  return { end: contentEnd, value: value + text.slice(chunkStart, trimmedEnd) };
}
