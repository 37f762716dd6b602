import { parseStateName, type TcpState } from '../tcp/states';
import type { NumberLiteral, StartClause, StartStatement } from './ast';
import type { LineCursor } from './cursor';
import { TokenKind } from './scanner';
import { parseNumber } from './segmentTail';

/** The states a story can start in: both ends synchronized, neither closing yet. */
const START_STATES: readonly TcpState[] = ['ESTABLISHED'];

/** What a host's clause may give: its SND.NXT and its window scale. */
const CLAUSE_FIELDS = ['seq', 'wscale'] as const;

/** `start ESTABLISHED [A seq=N wscale=N] [B seq=N wscale=N]`, with the cursor on `start`. */
export function parseStart(c: LineCursor): StartStatement {
  const keywordRange = c.tokenRange();
  c.advance();
  const clauses: StartClause[] = [];
  if (!c.is(TokenKind.Word)) {
    c.reportUnexpected('syntax.expectedStartState');
    return { kind: 'start', range: c.rangeFrom(0), line: c.line, keywordRange, state: undefined, stateRange: keywordRange, clauses };
  }
  const stateRange = c.tokenRange();
  const stateText = c.wordText();
  let state = parseStateName(stateText);
  c.advance();
  // `SYN-RECEIVED` and the like are several tokens: take the whole name for the message.
  let shownText = stateText;
  while (c.adjacent(c.pos - 1) && (c.is(TokenKind.Minus) || c.is(TokenKind.Word) || c.is(TokenKind.Number))) {
    shownText += c.tokenText();
    c.advance();
    state = parseStateName(shownText);
  }
  const shownRange = c.rangeFrom(1);
  if (state === undefined) {
    c.report('unknown-state', shownRange, 'syntax.unknownState', { word: shownText });
  } else if (!START_STATES.includes(state)) {
    c.report('syntax', shownRange, 'syntax.startState', { state });
    state = undefined;
  }
  while (!c.atEnd) {
    if (c.is(TokenKind.Comma)) {
      c.advance();
      continue;
    }
    if (!c.is(TokenKind.Word)) {
      c.reportUnexpected('syntax.expectedStartHost');
      break;
    }
    const first = c.pos;
    const host = c.identifier();
    c.advance();
    const given: { seq?: NumberLiteral; wscale?: NumberLiteral } = {};
    let readable = true;
    for (;;) {
      const field = c.is(TokenKind.Equals, c.pos + 1) ? c.oneOf(c.pos, CLAUSE_FIELDS) : undefined;
      if (field === undefined) {
        break;
      }
      if (given[field] !== undefined) {
        c.report('duplicate-field', c.tokenRange(), 'syntax.duplicateField', { name: field });
      }
      c.advance();
      c.advance();
      const value = parseNumber(c, field);
      if (value === undefined) {
        readable = false;
        break;
      }
      given[field] ??= value;
    }
    clauses.push({ host, seq: given.seq, wscale: given.wscale, range: c.rangeFrom(first) });
    if (!readable) {
      break;
    }
  }
  return { kind: 'start', range: c.rangeFrom(0), line: c.line, keywordRange, state, stateRange: state === undefined ? stateRange : shownRange, clauses };
}
