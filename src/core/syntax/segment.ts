import type { Range } from '../text';
import { TCP_FLAGS } from '../tcp/flags';
import type { ArrowKind, SegmentEvent } from './ast';
import { replaceFix, type LineCursor } from './cursor';
import { SegmentNode } from './nodes';
import type { SegmentPlaces } from './segmentParts';
import { TokenKind } from './scanner';
import { emptyTail, parseSegmentTail } from './segmentTail';

/** No such token: a part of the line that is missing. */
const MISSING = -1;

/** Tokens that may stand where an arrow should be: `->`, and look-alikes such as `=>`, `-->` or `->>`. */
function isArrowish(kind: TokenKind): boolean {
  return kind === TokenKind.Arrow || kind === TokenKind.Minus || kind === TokenKind.Equals || kind === TokenKind.Unknown;
}

const TILDE = 126;
const GREATER = 62;

/** The kind of arrow token `index` is, told by its characters (`-X` is `-x`) without slicing them out. */
function arrowKindAt(c: LineCursor, index: number): ArrowKind {
  const start = c.start(index);
  return c.text.charCodeAt(start) === TILDE ? '~>' : c.text.charCodeAt(start + 1) === GREATER ? '->' : '-x';
}

/**
 * Whether the tokens from `index` (just after a host name) read as the rest of
 * a segment: an arrow, possibly misspelt, or a receiver directly followed by ':'.
 */
export function looksLikeSegment(c: LineCursor, index: number): boolean {
  let i = index;
  while (isArrowish(c.kind(i))) {
    if (c.kind(i) === TokenKind.Arrow) {
      return true;
    }
    i++;
  }
  return c.kind(i) === TokenKind.Word && c.kind(i + 1) === TokenKind.Colon;
}

/**
 * `[dup] A ARROW B: FLAGS [field=value ...] ["text"] [as NAME]`, with the
 * cursor on the sender (or on the arrow when the sender is missing). Once the
 * line reads as a segment a node is always returned; missing parts are
 * `undefined` (or an empty flag list), so the engine can still give the line
 * its step and skip replaying it.
 */
export function parseSegment(c: LineCursor, dup: Range | undefined): SegmentEvent {
  // The sender, arrow and receiver are kept as their tokens' words and characters: no node for them is made here.
  let from = MISSING;
  if (c.is(TokenKind.Word)) {
    from = c.pos;
    c.advance();
  } else {
    c.report('syntax', c.hereOrLast(), 'syntax.expectedSender', { arrow: c.tokenText() });
  }
  const fromName = from === MISSING ? undefined : c.wordText(from);
  const arrow = parseArrow(c, from, fromName);
  const arrowKind = arrow === MISSING ? undefined : arrowKindAt(c, arrow);
  const to = parseReceiver(c, arrowKind);
  // At the end of the line after a missing receiver, the one report already says what is missing.
  const tail = (to !== MISSING || !c.atEnd) && readColon(c) ? parseSegmentTail(c, fromName ?? 'A') : emptyTail(c);
  const places = segmentPlaces;
  places.startCharacter = c.startCharacter(0);
  places.endCharacter = c.endCharacter(Math.max(0, c.lastConsumed));
  places.fromStart = from === MISSING ? 0 : c.startCharacter(from);
  places.fromEnd = from === MISSING ? 0 : c.endCharacter(from);
  places.arrowStart = arrow === MISSING ? 0 : c.startCharacter(arrow);
  places.arrowEnd = arrow === MISSING ? 0 : c.endCharacter(arrow);
  places.toStart = to === MISSING ? 0 : c.startCharacter(to);
  places.toEnd = to === MISSING ? 0 : c.endCharacter(to);
  const row = c.segmentParts.addSegment(places, tail.firstFlag, tail.firstField);
  const optional = dup !== undefined || tail.label !== undefined || tail.alias !== undefined ? { dup, label: tail.label, alias: tail.alias } : undefined;
  return new SegmentNode(c.line, fromName, arrowKind, to === MISSING ? undefined : c.wordText(to), c.segmentParts, row, optional);
}

/** One for every line: the table copies it into its row. */
const segmentPlaces: { -readonly [K in keyof SegmentPlaces]: SegmentPlaces[K] } = { startCharacter: 0, endCharacter: 0, fromStart: 0, fromEnd: 0, arrowStart: 0, arrowEnd: 0, toStart: 0, toEnd: 0 };

/** The arrow's token, or MISSING when there is none (reported) or it is not one of the three. */
function parseArrow(c: LineCursor, from: number, fromName: string | undefined): number {
  const first = c.pos;
  let arrowIndex = -1;
  while (isArrowish(c.kind())) {
    if (arrowIndex < 0 && c.kind() === TokenKind.Arrow) {
      arrowIndex = c.pos;
    }
    c.advance();
  }
  const host = fromName ?? '';
  if (c.pos === first + 1 && arrowIndex === first) {
    return first;
  }
  if (c.pos === first) {
    // `A B: SYN`: the arrow is missing altogether.
    const fixes = from !== MISSING ? [{ title: { id: 'syntax.fix.insert', args: { text: '->' } }, edits: [{ range: c.tokenRange(from), newText: `${host} ->` }] }] : [];
    c.report('syntax', c.hereOrLast(), 'syntax.expectedArrow', { host }, { fixes });
    return MISSING;
  }
  // `A => B`, `A --> B`, `A ->> B`: something arrow-like but not one of the three arrows.
  const suggestion = arrowIndex >= 0 ? arrowKindAt(c, arrowIndex) : '->';
  c.report('syntax', c.spanRange(first, c.pos - 1), 'syntax.expectedArrow', { host }, { fixes: [replaceFix(c.spanRange(first, c.pos - 1), suggestion)] });
  return MISSING;
}

/** The receiver's token, or MISSING. */
function parseReceiver(c: LineCursor, arrow: ArrowKind | undefined): number {
  if (c.is(TokenKind.Word)) {
    const to = c.pos;
    c.advance();
    return to;
  }
  if (c.is(TokenKind.NonAsciiWord)) {
    // A receiver is a host's name; quotes would not make it one.
    c.report('syntax', c.tokenRange(), 'syntax.nonAsciiWord', { text: c.tokenText() });
    c.advance();
    return MISSING;
  }
  c.report('syntax', c.hereOrLast(), 'syntax.expectedReceiver', { arrow: arrow ?? '->' });
  return MISSING;
}

/**
 * The ':' between the receiver and the flags. When it is missing but a flag
 * follows (`A -> B SYN`), the mistake is reported and the flags are read anyway.
 */
function readColon(c: LineCursor): boolean {
  if (c.is(TokenKind.Colon)) {
    c.advance();
    return true;
  }
  const previous = c.pos - 1;
  const after = previous >= 0 ? c.tokenText(previous) : '';
  if (c.oneOf(c.pos, TCP_FLAGS) !== undefined && previous >= 0) {
    c.report('syntax', c.tokenRange(), 'syntax.expectedColon', { after }, {
      fixes: [{ title: { id: 'syntax.fix.insert', args: { text: ':' } }, edits: [{ range: c.after(previous), newText: ':' }], preferred: true }],
    });
    return true;
  }
  c.report('syntax', c.hereOrLast(), 'syntax.expectedColon', { after });
  c.skipRest();
  return false;
}
