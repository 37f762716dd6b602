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
  /** Decoded value of String tokens (what another kind's index holds means nothing). */
  readonly values: string[] = [];
  /** Value of Number tokens (may exceed 2^32-1; the parser judges the range), as `values` is of strings. */
  readonly numbers: number[] = [];

  range(start: number, end: number): Range {
    return range(this.line, start - this.lineStart, this.line, end - this.lineStart);
  }
}

/** Past every 32-bit number: a number this large is out of range whatever digits follow. */
const OUT_OF_RANGE = 1e10;

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

// What an ASCII character is to the scanner, looked up in one table: most of a script's
// characters are ASCII, and one lookup each is cheaper than a chain of comparisons.
const OTHER = 0;
const BLANK = 1;
/** A letter or '_': starts a word. */
const LETTER = 2;
const DIGIT = 4;
const WORD_PART = LETTER | DIGIT;

const ASCII_CLASSES = asciiClasses();

function asciiClasses(): Uint8Array {
  const classes = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    classes[c] = c === SPACE || c === TAB || (c >= 11 && c <= 13) ? BLANK : isAsciiLetter(c) || c === UNDERSCORE ? LETTER : isDigit(c) ? DIGIT : OTHER;
  }
  return classes;
}

/** An ASCII letter, digit or '_': a character inside a word. */
export function isWordPart(c: number): boolean {
  return c < 128 && (ASCII_CLASSES[c]! & WORD_PART) !== 0;
}

/** An ASCII letter or '_': a character a word starts with. */
export function isWordStart(c: number): boolean {
  return c < 128 && ASCII_CLASSES[c] === LETTER;
}

/** An ASCII blank: space, tab, vertical tab, form feed (a CR ends the line before it is scanned). */
export function isAsciiBlank(c: number): boolean {
  return c < 128 && ASCII_CLASSES[c] === BLANK;
}

/** Whitespace, including the no-break and ideographic spaces a Korean keyboard produces, and a BOM. */
export function isSpace(c: number): boolean {
  return c < 128 ? ASCII_CLASSES[c] === BLANK : isNonAsciiSpace(c);
}

function isNonAsciiSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The end of the run of ASCII word characters (letters, digits, '_') from `pos`. */
function asciiWordEnd(text: string, pos: number, end: number): number {
  while (pos < end && isWordPart(text.charCodeAt(pos))) {
    pos++;
  }
  return pos;
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
  out.line = line;
  out.lineStart = lineStart;
  out.contentEnd = contentEnd;
  out.commentStart = -1;
  out.commentEnd = -1;
  const { kinds, starts, ends } = out;
  let count = 0;
  let pos = lineStart;
  while (pos < contentEnd) {
    const c = text.charCodeAt(pos);
    const charClass = c < 128 ? ASCII_CLASSES[c]! : isNonAsciiSpace(c) ? BLANK : OTHER;
    if (charClass === BLANK) {
      pos++;
      continue;
    }
    if (c === HASH) {
      out.commentStart = pos;
      out.commentEnd = contentEnd;
      break;
    }
    const start = pos;
    let kind: TokenKind;
    if (charClass === LETTER || c >= 128) {
      pos = asciiWordEnd(text, pos, contentEnd);
      let nonAscii = false;
      while (pos < contentEnd && isNonAsciiWordPart(text, pos)) {
        nonAscii = true;
        pos = asciiWordEnd(text, pos + codePointLength(text, pos), contentEnd);
      }
      if (pos === start) {
        // A non-ASCII character that is not a letter: a symbol such as '→' or '：'.
        kind = TokenKind.Unknown;
        pos += codePointLength(text, pos);
      } else {
        kind = nonAscii ? TokenKind.NonAsciiWord : TokenKind.Word;
      }
    } else if (charClass === DIGIT) {
      // Only the value matters (no slice). Leading zeros count for nothing (`seq=0000000000001` is 1); a
      // value past 10 digits is out of range anyway, so it stops growing there and stays above 2^32.
      let number = 0;
      while (pos < contentEnd && isDigit(text.charCodeAt(pos))) {
        number = number < OUT_OF_RANGE ? number * 10 + (text.charCodeAt(pos) - DIGIT_0) : number;
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
      out.numbers[count] = number;
    } else if (c === QUOTE) {
      const scanned = scanString(text, start, contentEnd, out, diagnostics);
      pos = scanned.end;
      out.values[count] = scanned.value;
      kind = TokenKind.String;
    } else {
      kind = punctuationKind(c, pos + 1 < contentEnd ? text.charCodeAt(pos + 1) : -1);
      pos += kind === TokenKind.Arrow ? 2 : 1;
    }
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = pos;
    count++;
  }
  out.count = count;
}

/** The kind of the one- or two-character token that starts with `c`, followed by `next` (-1 at the end of the line). */
function punctuationKind(c: number, next: number): TokenKind {
  switch (c) {
    case COLON:
      return TokenKind.Colon;
    case COMMA:
      return TokenKind.Comma;
    case PLUS:
      return TokenKind.Plus;
    case SLASH:
      return TokenKind.Slash;
    case EQUALS:
      return TokenKind.Equals;
    case MINUS:
      return next === GREATER || next === LOWER_X || next === UPPER_X ? TokenKind.Arrow : TokenKind.Minus;
    case TILDE:
      return next === GREATER ? TokenKind.Arrow : TokenKind.Unknown;
    default:
      return TokenKind.Unknown;
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
