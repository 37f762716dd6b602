import type { Range } from '../text';
import { TCP_FLAGS } from '../tcp/flags';
import type { Arrow, ArrowKind, Identifier, SegmentEvent } from './ast';
import { replaceFix, type LineCursor } from './cursor';
import { ArrowNode, SegmentNode, type IdentifierNode } from './nodes';
import { TokenKind } from './scanner';
import { EMPTY_TAIL, parseSegmentTail } from './segmentTail';

/** Tokens that may stand where an arrow should be: `->`, and look-alikes such as `=>`, `-->` or `->>`. */
function isArrowish(kind: TokenKind): boolean {
  return kind === TokenKind.Arrow || kind === TokenKind.Minus || kind === TokenKind.Equals || kind === TokenKind.Unknown;
}

function arrowKind(text: string): ArrowKind {
  return text === '-X' ? '-x' : (text as ArrowKind);
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
  let from: IdentifierNode | undefined;
  if (c.is(TokenKind.Word)) {
    from = c.identifier();
    c.advance();
  } else {
    c.report('syntax', c.hereOrLast(), 'syntax.expectedSender', { arrow: c.tokenText() });
  }
  const arrow = parseArrow(c, from);
  const to = parseReceiver(c, arrow);
  // At the end of the line after a missing receiver, the one report already says what is missing.
  const tail = (to !== undefined || !c.atEnd) && readColon(c) ? parseSegmentTail(c, from?.text ?? 'A') : EMPTY_TAIL;
  const end = c.endCharacter(Math.max(0, c.lastConsumed));
  return new SegmentNode(c.line, c.startCharacter(0), end, dup, from, arrow, to, tail.flags, tail.fields, tail.label, tail.alias);
}

function parseArrow(c: LineCursor, from: Identifier | undefined): ArrowNode | undefined {
  const first = c.pos;
  let arrowIndex = -1;
  while (isArrowish(c.kind())) {
    if (arrowIndex < 0 && c.kind() === TokenKind.Arrow) {
      arrowIndex = c.pos;
    }
    c.advance();
  }
  const host = from?.text ?? '';
  if (c.pos === first + 1 && arrowIndex === first) {
    return new ArrowNode(arrowKind(c.tokenText(first)), c.line, c.startCharacter(first), c.endCharacter(first));
  }
  if (c.pos === first) {
    // `A B: SYN`: the arrow is missing altogether.
    const fixes = from ? [{ title: { id: 'syntax.fix.insert', args: { text: '->' } }, edits: [{ range: from.range, newText: `${from.text} ->` }] }] : [];
    c.report('syntax', c.hereOrLast(), 'syntax.expectedArrow', { host }, { fixes });
    return undefined;
  }
  // `A => B`, `A --> B`, `A ->> B`: something arrow-like but not one of the three arrows.
  const suggestion = arrowIndex >= 0 ? arrowKind(c.tokenText(arrowIndex)) : '->';
  c.report('syntax', c.spanRange(first, c.pos - 1), 'syntax.expectedArrow', { host }, { fixes: [replaceFix(c.spanRange(first, c.pos - 1), suggestion)] });
  return undefined;
}

function parseReceiver(c: LineCursor, arrow: Arrow | undefined): IdentifierNode | undefined {
  if (c.is(TokenKind.Word)) {
    const to = c.identifier();
    c.advance();
    return to;
  }
  if (c.is(TokenKind.NonAsciiWord)) {
    // A receiver is a host's name; quotes would not make it one.
    c.report('syntax', c.tokenRange(), 'syntax.nonAsciiWord', { text: c.tokenText() });
    c.advance();
    return undefined;
  }
  c.report('syntax', c.hereOrLast(), 'syntax.expectedReceiver', { arrow: arrow?.kind ?? '->' });
  return undefined;
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
