import { TCP_FLAGS } from '../tcp/flags';
import { FIELD_NAMES, type ArrowKind, type SegmentEvent } from './ast';
import type { LineCursor } from './cursor';
import { SegmentNode } from './nodes';
import { isAsciiBlank, isWordPart, isWordStart } from './scanner';
import type { SegmentPlaces } from './segmentParts';
import { MAX_NUMBER } from './segmentTail';

const PLUS = 43;
const COMMA = 44;
const SLASH = 47;
const HASH = 35;
const COLON = 58;
const EQUALS = 61;
const MINUS = 45;
const TILDE = 126;
const GREATER = 62;
const LOWER_X = 120;
const UPPER_X = 88;
const DIGIT_0 = 48;

/**
 * Reads a plain segment line straight from its characters: `A -> B: FLAG[+FLAG...]
 * [field=n ...] [# comment]`, the flags joined by `+`, `,` or `/`, each spelt as the RFC
 * spells it and written once, each field named in lower case and given once, each number in
 * range, nothing else before the comment, and only ASCII there. Nearly every line of a long
 * story is one (an imported capture's are), and such a line has nothing to report; reading it
 * with no tokens and none of the full parser's lookahead for mistakes takes a fraction of the
 * time.
 *
 * A line it does not take (`read` gives undefined) is scanned and parsed in full, and any
 * line it takes, the full parser reads into the same node (a test holds the two to that).
 * It writes nothing until the whole line is known to be plain.
 */
export class PlainSegmentReader {
  /** Where the comment of the line read last starts (its `#`), or -1 when it has none. */
  commentStart = -1;

  /** The flags of the line being read: their place in TCP_FLAGS and their offsets, three numbers each. */
  private readonly flags = new Int32Array(3 * TCP_FLAGS.length);
  /** Its fields: name, offsets of the name and of the value, then the value (which may need all 32 bits), six numbers each. */
  private readonly fields = new Float64Array(6 * FIELD_NAMES.length);
  private readonly places: { -readonly [K in keyof SegmentPlaces]: SegmentPlaces[K] } = {
    startCharacter: 0,
    endCharacter: 0,
    fromStart: 0,
    fromEnd: 0,
    arrowStart: 0,
    arrowEnd: 0,
    toStart: 0,
    toEnd: 0,
  };

  constructor(private readonly c: LineCursor) {}

  /** The segment `text[lineStart, contentEnd)` is, when it is a plain one. */
  read(lineStart: number, contentEnd: number, line: number): SegmentEvent | undefined {
    const { text } = this.c;
    const fromStart = blankEnd(text, lineStart, contentEnd);
    const fromEnd = wordEnd(text, fromStart, contentEnd);
    const arrowStart = blankEnd(text, fromEnd, contentEnd);
    const arrow = fromEnd > fromStart ? arrowAt(text, arrowStart, contentEnd) : undefined;
    if (arrow === undefined) {
      return undefined;
    }
    const toStart = blankEnd(text, arrowStart + 2, contentEnd);
    const toEnd = wordEnd(text, toStart, contentEnd);
    let pos = blankEnd(text, toEnd, contentEnd);
    if (toEnd === toStart || pos >= contentEnd || text.charCodeAt(pos) !== COLON) {
      return undefined;
    }

    const { flags, fields } = this;
    let flagCount = 0;
    let seenFlags = 0;
    let lastEnd = 0;
    for (;;) {
      // `pos` is at the ':' or at the joiner before the flag.
      const start = blankEnd(text, pos + 1, contentEnd);
      const end = wordEnd(text, start, contentEnd);
      const flag = end - start === 3 ? FLAG_CODES.indexOf(threeLetters(text, start)) : -1;
      if (flag < 0 || seenFlags & (1 << flag)) {
        return undefined;
      }
      seenFlags |= 1 << flag;
      flags[3 * flagCount] = flag;
      flags[3 * flagCount + 1] = start;
      flags[3 * flagCount + 2] = end;
      flagCount++;
      lastEnd = end;
      pos = blankEnd(text, end, contentEnd);
      if (pos >= contentEnd || !isJoiner(text.charCodeAt(pos))) {
        break;
      }
    }

    let fieldCount = 0;
    let seenFields = 0;
    while (pos < contentEnd && text.charCodeAt(pos) !== HASH) {
      const nameEnd = wordEnd(text, pos, contentEnd);
      const name = fieldNamed(text, pos, nameEnd);
      const equals = blankEnd(text, nameEnd, contentEnd);
      if (name < 0 || seenFields & (1 << name) || equals >= contentEnd || text.charCodeAt(equals) !== EQUALS) {
        return undefined;
      }
      const valueStart = blankEnd(text, equals + 1, contentEnd);
      let valueEnd = valueStart;
      let value = 0;
      for (let d = text.charCodeAt(valueEnd) - DIGIT_0; valueEnd < contentEnd && d >= 0 && d <= 9; d = text.charCodeAt(++valueEnd) - DIGIT_0) {
        value = value * 10 + d;
      }
      // Digits run on into a word (`10k`, `10len=5`) are not a number; after a '.' nothing is plain.
      if (valueEnd === valueStart || value > MAX_NUMBER || (valueEnd < contentEnd && isWordPart(text.charCodeAt(valueEnd)))) {
        return undefined;
      }
      seenFields |= 1 << name;
      const at = 6 * fieldCount++;
      fields[at] = name;
      fields[at + 1] = pos;
      fields[at + 2] = nameEnd;
      fields[at + 3] = valueStart;
      fields[at + 4] = valueEnd;
      fields[at + 5] = value;
      lastEnd = valueEnd;
      pos = blankEnd(text, valueEnd, contentEnd);
    }
    this.commentStart = pos < contentEnd ? pos : -1;

    const { c, places } = this;
    const parts = c.segmentParts;
    const firstFlag = parts.flagCount;
    const firstField = parts.fieldCount;
    for (let i = 0; i < flagCount; i++) {
      const flag = flags[3 * i]!;
      parts.addFlag(TCP_FLAGS[flag]!, flag, -1, flags[3 * i + 1]! - lineStart, flags[3 * i + 2]! - lineStart);
    }
    for (let i = 0; i < fieldCount; i++) {
      const at = 6 * i;
      const valueEnd = fields[at + 4]! - lineStart;
      parts.addField(fields[at]!, fields[at + 5]!, fields[at + 1]! - lineStart, fields[at + 2]! - lineStart, fields[at + 3]! - lineStart, valueEnd, valueEnd);
    }
    places.startCharacter = fromStart - lineStart;
    places.endCharacter = lastEnd - lineStart;
    places.fromStart = fromStart - lineStart;
    places.fromEnd = fromEnd - lineStart;
    places.arrowStart = arrowStart - lineStart;
    places.arrowEnd = arrowStart + 2 - lineStart;
    places.toStart = toStart - lineStart;
    places.toEnd = toEnd - lineStart;
    const row = parts.addSegment(places, firstFlag, firstField);
    return new SegmentNode(line, c.knownWord(fromStart, fromEnd), arrow, c.knownWord(toStart, toEnd), parts, row, undefined);
  }
}

/** What joins two flags: `SYN+ACK`, `SYN,ACK` (as `tcpflow import` writes them), `SYN/ACK`. */
function isJoiner(c: number): boolean {
  return c === PLUS || c === COMMA || c === SLASH;
}

/** Past the ASCII blanks from `pos`. */
function blankEnd(text: string, pos: number, end: number): number {
  while (pos < end && isAsciiBlank(text.charCodeAt(pos))) {
    pos++;
  }
  return pos;
}

/** The end of the word that starts at `pos`, or `pos` when none does. */
function wordEnd(text: string, pos: number, end: number): number {
  if (pos >= end || !isWordStart(text.charCodeAt(pos))) {
    return pos;
  }
  pos++;
  while (pos < end && isWordPart(text.charCodeAt(pos))) {
    pos++;
  }
  return pos;
}

/** The arrow at `pos` (`->`, `-x` or `-X`, `~>`), or undefined. */
function arrowAt(text: string, pos: number, end: number): ArrowKind | undefined {
  if (pos + 1 >= end) {
    return undefined;
  }
  const first = text.charCodeAt(pos);
  const second = text.charCodeAt(pos + 1);
  if (first === MINUS) {
    return second === GREATER ? '->' : second === LOWER_X || second === UPPER_X ? '-x' : undefined;
  }
  return first === TILDE && second === GREATER ? '~>' : undefined;
}

/** Each flag's three letters as one number, by its place in TCP_FLAGS. */
const FLAG_CODES = TCP_FLAGS.map((flag) => threeLetters(flag, 0));

function threeLetters(text: string, start: number): number {
  return (text.charCodeAt(start) << 16) | (text.charCodeAt(start + 1) << 8) | text.charCodeAt(start + 2);
}

/** Each field name of three letters as one number, by its place in FIELD_NAMES (-1 for a longer name). */
const FIELD_CODES = FIELD_NAMES.map((name) => (name.length === 3 ? threeLetters(name, 0) : -1));

/** The place in FIELD_NAMES of the field `text[start, end)` names, spelt in lower case, or -1. */
function fieldNamed(text: string, start: number, end: number): number {
  if (end - start === 3) {
    return FIELD_CODES.indexOf(threeLetters(text, start));
  }
  for (let name = 0; name < FIELD_NAMES.length; name++) {
    const spelling = FIELD_NAMES[name]!;
    if (spelling.length === end - start && text.startsWith(spelling, start)) {
      return name;
    }
  }
  return -1;
}
