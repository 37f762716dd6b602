import { TCP_FLAGS } from '../tcp/flags';
import { ACTION_NAMES, FIELD_NAMES, type Identifier, type StringLiteral } from './ast';
import { replaceFix, suggestFor, type LineCursor } from './cursor';
import { NumberNode } from './nodes';
import { TokenKind } from './scanner';

/** Numbers are 32-bit, like every sequence number (RFC 9293 §3.4). */
export const MAX_NUMBER = 2 ** 32 - 1;

/**
 * What follows the ':' of a segment line: its flags and fields are the rows of the cursor's
 * SegmentPartTable from `firstFlag` and `firstField` on.
 */
export interface SegmentTail {
  readonly firstFlag: number;
  readonly firstField: number;
  readonly label: StringLiteral | undefined;
  readonly alias: Identifier | undefined;
}

/** What a tail has read so far. One is reused for every line: the parser reads one line at a time. */
class SegmentParts implements SegmentTail {
  firstFlag = 0;
  firstField = 0;
  label: StringLiteral | undefined = undefined;
  alias: Identifier | undefined = undefined;
  /** Bit i set when TCP_FLAGS[i] was written. */
  seenFlags = 0;
  /** Bit i set when FIELD_NAMES[i] was given. */
  seenFields = 0;
  /** The sender's name, for messages that show a corrected line. */
  host = '';

  reset(c: LineCursor, host: string): this {
    this.firstFlag = c.segmentParts.flagCount;
    this.firstField = c.segmentParts.fieldCount;
    this.label = undefined;
    this.alias = undefined;
    this.seenFlags = 0;
    this.seenFields = 0;
    this.host = host;
    return this;
  }
}

const parts = new SegmentParts();

/** The tail of a segment whose ':' never came: no flags, no fields. Read at once: the next line reuses it. */
export function emptyTail(c: LineCursor): SegmentTail {
  return parts.reset(c, '');
}

function isJoiner(kind: TokenKind): boolean {
  return kind === TokenKind.Plus || kind === TokenKind.Comma || kind === TokenKind.Slash;
}

/**
 * `FLAGS [field=value ...] ["text"] [as NAME]`, with the cursor just after
 * the ':'. `host` is the sender, named in messages that show a corrected line.
 * The tail is read at once: the next line reuses it.
 */
export function parseSegmentTail(c: LineCursor, host: string): SegmentTail {
  parts.reset(c, host);
  parseFlagRun(c, parts, true);
  parseTail(c, parts);
  return parts;
}

/** A word that starts a field (`seq=`, or `seq 100` with the '=' forgotten) or an alias (`as s1`). */
function startsFieldOrAlias(c: LineCursor, index: number): boolean {
  const next = c.kind(index + 1);
  if (next === TokenKind.Equals) {
    return true;
  }
  return (next === TokenKind.Number && c.oneOf(index, FIELD_NAMES) !== undefined) || (next === TokenKind.Word && c.isWord(index, 'as'));
}

/** A flag, or a near miss of one worth reporting as a misspelt flag. */
function isFlagLike(c: LineCursor, index: number): boolean {
  return c.oneOf(index, TCP_FLAGS) !== undefined || suggestFor(c.wordText(index), TCP_FLAGS) !== undefined;
}

/**
 * Flags joined by `+`, `,`, `/` or spaces. `required` when a flag must come
 * (after ':' or a joiner); then any word is read as a flag, known or not. After
 * a space only flag-like words are taken, so that `SYN GET` is reported as an
 * unquoted label rather than as an unknown flag.
 */
function parseFlagRun(c: LineCursor, parts: SegmentParts, required: boolean): void {
  let needFlag = required;
  let expectedAfter = c.pos - 1;
  for (;;) {
    if (c.is(TokenKind.Word) && !startsFieldOrAlias(c, c.pos) && (needFlag || isFlagLike(c, c.pos))) {
      addFlag(c, parts);
      c.advance();
      if (isJoiner(c.kind())) {
        expectedAfter = c.pos;
        c.advance();
        needFlag = true;
      } else {
        needFlag = false;
      }
      continue;
    }
    if (!needFlag) {
      return;
    }
    const after = expectedAfter >= 0 ? c.tokenText(expectedAfter) : ':';
    const kind = c.kind();
    if (kind === TokenKind.Unknown || kind === TokenKind.NonAsciiWord) {
      c.reportUnexpected('syntax.expectedFlag', { after });
    } else {
      c.report('syntax', c.hereOrLast(), 'syntax.expectedFlag', { after });
      // A field or label where the flags should be is read as one; anything else ends the line.
      if (kind !== TokenKind.Word && kind !== TokenKind.String) {
        c.skipRest();
      }
    }
    return;
  }
}

function addFlag(c: LineCursor, parts: SegmentParts): void {
  const flag = c.indexIn(c.pos, TCP_FLAGS);
  // A flag spelt as the RFC spells it (the common case) needs no word of its own.
  const text = flag >= 0 && c.spelt(c.pos, TCP_FLAGS[flag]!) ? TCP_FLAGS[flag]! : c.wordText();
  let meant = -1;
  if (flag < 0) {
    const suggestion = suggestFor(text, TCP_FLAGS);
    const isAction = c.oneOf(c.pos, ACTION_NAMES) !== undefined;
    if (isAction) {
      c.report('unknown-flag', c.tokenRange(), 'syntax.actionAsFlag', { word: text, host: parts.host });
    } else if (suggestion) {
      c.report('unknown-flag', c.tokenRange(), 'syntax.unknownFlag.didYouMean', { word: text, suggestion }, { fixes: [replaceFix(c.tokenRange(), suggestion)] });
    } else {
      c.report('unknown-flag', c.tokenRange(), 'syntax.unknownFlag', { word: text });
    }
    // A word that is only the start of a flag (`SY` on the way to `SYN`) is still being typed: not replayed as if complete.
    const unfinished = suggestion !== undefined && text.length < suggestion.length && suggestion.startsWith(text.toUpperCase());
    meant = !isAction && !unfinished && suggestion !== undefined ? TCP_FLAGS.indexOf(suggestion) : -1;
  } else if (parts.seenFlags & (1 << flag)) {
    // Remove the repeat together with the joiner before it: `SYN+ACK+SYN` → `SYN+ACK`.
    const before = isJoiner(c.kind(c.pos - 1)) ? c.pos - 2 : c.pos - 1;
    const removal = c.offsetRange(c.end(before), c.end(c.pos));
    const repeated = TCP_FLAGS[flag]!;
    c.report('duplicate-flag', c.tokenRange(), 'syntax.duplicateFlag', { flag: repeated }, {
      fixes: [{ title: { id: 'syntax.fix.removeFlag', args: { flag: repeated } }, edits: [{ range: removal, newText: '' }], preferred: true }],
    });
  } else {
    parts.seenFlags |= 1 << flag;
  }
  c.segmentParts.addFlag(text, flag, meant, c.startCharacter(), c.endCharacter());
}

/**
 * Everything after the flags: fields, a label, `as NAME`, and flags written
 * late (`SYN seq=100 ACK` means the same as `SYN+ACK seq=100`). An unexpected
 * token ends the line so that one mistake is reported once.
 */
function parseTail(c: LineCursor, parts: SegmentParts): void {
  while (!c.atEnd) {
    const kind = c.kind();
    if (kind === TokenKind.Word) {
      if (startsFieldOrAlias(c, c.pos) && !c.isWord(c.pos, 'as')) {
        if (!parseField(c, parts)) {
          return;
        }
      } else if (c.isWord(c.pos, 'as')) {
        if (!parseAlias(c, parts)) {
          return;
        }
      } else if (isFlagLike(c, c.pos)) {
        parseFlagRun(c, parts, false);
      } else {
        const fixes = parts.label === undefined ? [c.quoteFix(c.pos, c.pos)] : [];
        c.reportUnexpected('syntax.unexpectedInSegment', {}, { fixes });
        return;
      }
    } else if (isJoiner(kind) && c.is(TokenKind.Word, c.pos + 1) && !startsFieldOrAlias(c, c.pos + 1)) {
      c.advance();
      parseFlagRun(c, parts, true);
    } else if (kind === TokenKind.String) {
      if (parts.label !== undefined) {
        c.report('syntax', c.tokenRange(), 'syntax.duplicateLabel');
        c.skipRest();
        return;
      }
      parts.label = c.stringLiteral();
      c.advance();
    } else {
      // A Korean word after the flags is most likely the label, written without quotes.
      const fixes = kind === TokenKind.NonAsciiWord && parts.label === undefined ? [c.quoteFix(c.pos, c.pos)] : [];
      c.reportUnexpected('syntax.unexpectedInSegment', {}, { fixes });
      return;
    }
  }
}

/** `name=value`; returns false when the rest of the line was given up. */
function parseField(c: LineCursor, parts: SegmentParts): boolean {
  const nameIndex = c.pos;
  const name = c.indexIn(nameIndex, FIELD_NAMES);
  if (name < 0) {
    const text = c.wordText();
    const suggestion = suggestFor(text, FIELD_NAMES);
    if (suggestion) {
      c.report('unknown-field', c.tokenRange(nameIndex), 'syntax.unknownField.didYouMean', { name: text, suggestion }, { fixes: [replaceFix(c.tokenRange(nameIndex), suggestion)] });
    } else {
      c.report('unknown-field', c.tokenRange(nameIndex), 'syntax.unknownField', { name: text });
    }
  } else if (parts.seenFields & (1 << name)) {
    c.report('duplicate-field', c.tokenRange(nameIndex), 'syntax.duplicateField', { name: FIELD_NAMES[name]! });
  } else {
    parts.seenFields |= 1 << name;
  }
  c.advance();
  if (c.is(TokenKind.Equals)) {
    c.advance();
  } else {
    c.report('syntax', c.tokenRange(nameIndex), 'syntax.expectedEquals', { field: c.wordText(nameIndex) }, {
      // The number follows (that is how the field was recognized): join the two with '='.
      fixes: [
        {
          title: { id: 'syntax.fix.insert', args: { text: '=' } },
          edits: [{ range: c.gapRange(nameIndex, c.pos), newText: '=' }],
          preferred: true,
        },
      ],
    });
  }
  const read = readNumber(c);
  if (!read) {
    c.reportUnexpected('syntax.expectedNumber', { field: c.wordText(nameIndex) });
  }
  c.segmentParts.addField(
    name,
    read ? numberRead.value : undefined,
    c.startCharacter(nameIndex),
    c.endCharacter(nameIndex),
    read ? numberRead.startCharacter : -1,
    read ? numberRead.endCharacter : -1,
    c.endCharacter(Math.max(nameIndex, c.lastConsumed)),
  );
  return read;
}

/** The number `readNumber` read last: its value (undefined when not a number in range) and characters. */
const numberRead = { value: undefined as number | undefined, startCharacter: 0, endCharacter: 0 };

/** A decimal number in 0 .. 2^32-1; reports and gives up the line when there is none. */
export function parseNumber(c: LineCursor, field: string): NumberNode | undefined {
  if (!readNumber(c)) {
    c.reportUnexpected('syntax.expectedNumber', { field });
    return undefined;
  }
  return new NumberNode(numberRead.value, c.line, numberRead.startCharacter, numberRead.endCharacter);
}

/**
 * `parseNumber` into `numberRead`, without a node; false when there is no number, which
 * the caller reports (naming the field as written there).
 */
function readNumber(c: LineCursor): boolean {
  const kind = c.kind();
  if (kind === TokenKind.Number) {
    const value = c.tokens.numbers[c.pos]!;
    if (value > MAX_NUMBER) {
      c.report('number-out-of-range', c.tokenRange(), 'syntax.numberOutOfRange', { text: c.tokenText() });
    }
    c.advance();
    return read(value > MAX_NUMBER ? undefined : value, c.startCharacter(c.lastConsumed), c.endCharacter(c.lastConsumed));
  }
  if (kind === TokenKind.Minus && c.kind(c.pos + 1) === TokenKind.Number && c.adjacent(c.pos)) {
    const range = c.spanRange(c.pos, c.pos + 1);
    c.report('number-out-of-range', range, 'syntax.numberOutOfRange', { text: c.tokenText() + c.tokenText(c.pos + 1) });
    c.advance();
    c.advance();
    return read(undefined, c.startCharacter(c.lastConsumed - 1), c.endCharacter(c.lastConsumed));
  }
  if (kind === TokenKind.BadNumber) {
    const range = c.tokenRange();
    c.report('syntax', range, 'syntax.notDecimal', { text: c.tokenText() });
    c.advance();
    return read(undefined, c.startCharacter(c.lastConsumed), c.endCharacter(c.lastConsumed));
  }
  return false;
}

function read(value: number | undefined, startCharacter: number, endCharacter: number): true {
  numberRead.value = value;
  numberRead.startCharacter = startCharacter;
  numberRead.endCharacter = endCharacter;
  return true;
}

/** `as NAME`; returns false when the rest of the line was given up. */
function parseAlias(c: LineCursor, parts: SegmentParts): boolean {
  if (parts.alias !== undefined) {
    c.reportUnexpected('syntax.unexpectedInSegment');
    return false;
  }
  c.advance();
  if (c.is(TokenKind.Word)) {
    parts.alias = c.identifier();
    c.advance();
    return true;
  }
  c.reportUnexpected('syntax.expectedAliasName');
  return false;
}
