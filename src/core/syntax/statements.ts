import { TCP_FLAGS } from '../tcp/flags';
import { parseStateName, stateSpellings, type TcpState } from '../tcp/states';
import type { Range } from '../text';
import {
  ACTION_NAMES,
  type ActionEvent,
  type ActionName,
  type DeliverEvent,
  type ExpectClause,
  type ExpectStatement,
  type HostDeclaration,
  type Identifier,
  type NoteStatement,
  type StringLiteral,
  type TitleStatement,
} from './ast';
import { replaceFix, suggestFor, type LineCursor } from './cursor';
import { TokenKind } from './scanner';

/**
 * The statements other than segments, each with the cursor on its first
 * token. A statement recognized by its first word always yields a node; a
 * part that is missing or unreadable is reported and left `undefined`.
 */

/** `title "text"` */
export function parseTitle(c: LineCursor): TitleStatement {
  const keywordRange = c.tokenRange();
  c.advance();
  let text: StringLiteral | undefined;
  if (c.is(TokenKind.String)) {
    text = c.stringLiteral();
    c.advance();
    c.expectEndOfLine();
  } else {
    reportUnquoted(c, 'syntax.expectedTitle');
  }
  return { kind: 'title', range: c.rangeFrom(0), line: c.line, keywordRange, text };
}

/** `host NAME ["Label"]` */
export function parseHost(c: LineCursor): HostDeclaration {
  const keywordRange = c.tokenRange();
  c.advance();
  let name: Identifier | undefined;
  let label: StringLiteral | undefined;
  if (c.is(TokenKind.Word)) {
    name = c.identifier();
    c.advance();
    if (c.is(TokenKind.String)) {
      label = c.stringLiteral();
      c.advance();
      c.expectEndOfLine();
    } else if (!c.atEnd) {
      reportUnquoted(c, 'syntax.expectedHostLabel');
    }
  } else if (c.is(TokenKind.NonAsciiWord)) {
    c.report('syntax', c.tokenRange(), 'syntax.nonAsciiHostName', { text: c.tokenText() });
    c.skipRest();
  } else {
    c.reportUnexpected('syntax.expectedHostName');
  }
  return { kind: 'host', range: c.rangeFrom(0), line: c.line, keywordRange, name, label };
}

/** `deliver [NAME]`: without a name, the oldest segment in flight. */
export function parseDeliver(c: LineCursor): DeliverEvent {
  const keywordRange = c.tokenRange();
  c.advance();
  let name: Identifier | undefined;
  if (c.is(TokenKind.Word)) {
    name = c.identifier();
    c.advance();
    c.expectEndOfLine();
  } else if (!c.atEnd) {
    c.reportUnexpected('syntax.expectedSegmentName');
  }
  return { kind: 'deliver', range: c.rangeFrom(0), line: c.line, keywordRange, name };
}

/** `A: ACTION`, with the cursor on the host and ':' after it. */
export function parseAction(c: LineCursor): ActionEvent {
  const host = c.identifier();
  c.advance();
  const colon = c.pos;
  c.advance();
  let actionText = '';
  let actionRange = c.after(colon);
  let action: ActionEvent['action'];
  if (c.is(TokenKind.Word)) {
    actionText = c.wordText();
    actionRange = c.tokenRange();
    action = c.oneOf(c.pos, ACTION_NAMES);
    c.advance();
    if (action !== undefined) {
      c.expectEndOfLine();
    } else if (c.oneOf(c.pos - 1, TCP_FLAGS) !== undefined) {
      // `A: SYN`: a segment without its arrow and receiver. Whatever follows belongs to the same mistake.
      c.report('unknown-action', actionRange, 'syntax.flagAsAction', { word: actionText, host: host.text, peer: host.text === 'B' ? 'A' : 'B' });
      c.skipRest();
    } else {
      const suggestion = suggestFor(actionText, ACTION_NAMES);
      if (suggestion) {
        c.report('unknown-action', actionRange, 'syntax.unknownAction.didYouMean', { word: actionText, suggestion }, { fixes: [replaceFix(actionRange, suggestion)] });
      } else {
        c.report('unknown-action', actionRange, 'syntax.unknownAction', { word: actionText });
      }
      c.expectEndOfLine();
    }
  } else if (c.atEnd) {
    c.report('syntax', c.tokenRange(colon), 'syntax.expectedAction', { host: host.text });
  } else if (c.is(TokenKind.NonAsciiWord) && koreanTailedAction(c.tokenText()) !== undefined) {
    // `A: listen한`: the action with a Korean ending glued on. The whole word is replaced, so the fix leaves no tail.
    actionText = c.tokenText();
    actionRange = c.tokenRange();
    const suggestion = koreanTailedAction(actionText)!;
    c.report('unknown-action', actionRange, 'syntax.unknownAction.didYouMean', { word: actionText, suggestion }, { fixes: [replaceFix(actionRange, suggestion)] });
    c.advance();
    c.expectEndOfLine();
  } else {
    actionText = c.tokenText();
    actionRange = c.tokenRange();
    c.reportUnexpected('syntax.expectedAction', { host: host.text });
  }
  return { kind: 'action', range: c.rangeFrom(0), line: c.line, host, action, actionText, actionRange };
}

/**
 * The action a word with a non-ASCII tail was meant to be (`listen한`, `close하고` → listen, close):
 * its ASCII head, read as an action or as the nearest one. Undefined when the word starts with no
 * Latin letter or its head is no action's misspelling.
 */
function koreanTailedAction(word: string): ActionName | undefined {
  const head = /^[A-Za-z][A-Za-z0-9_]*(?=[^\x00-\x7f])/.exec(word)?.[0];
  return head === undefined ? undefined : ACTION_NAMES.find((a) => a === head.toLowerCase()) ?? suggestFor(head, ACTION_NAMES);
}

/** `expect A STATE[, B STATE ...]` */
export function parseExpect(c: LineCursor): ExpectStatement {
  const keywordRange = c.tokenRange();
  c.advance();
  const clauses: ExpectClause[] = [];
  for (;;) {
    if (!c.is(TokenKind.Word)) {
      c.reportUnexpected('syntax.expectedExpectHost');
      break;
    }
    const host = c.identifier();
    c.advance();
    const clause = parseStateOf(c, host);
    clauses.push(clause);
    if (clause.state === undefined && clause.stateText === '') {
      break;
    }
    if (c.is(TokenKind.Comma)) {
      c.advance();
    } else if (c.is(TokenKind.Word)) {
      // `expect A ESTABLISHED B ESTABLISHED`: read on as if the comma were there.
      c.report('syntax', c.tokenRange(), 'syntax.expectedComma', {}, {
        fixes: [{ title: { id: 'syntax.fix.insert', args: { text: ',' } }, edits: [{ range: c.after(c.pos - 1), newText: ',' }], preferred: true }],
      });
    } else {
      c.expectEndOfLine();
      break;
    }
  }
  return { kind: 'expect', range: c.rangeFrom(0), line: c.line, keywordRange, clauses };
}

/** Fold a state name the way parseStateName does, for did-you-mean. */
function foldState(text: string): string {
  return text.toUpperCase().replace(/[-_ ]/g, '');
}

/**
 * A state name after a host in `expect`. The scanner splits `SYN-RECEIVED`
 * into `SYN`, `-`, `RECEIVED`; adjacent tokens are joined back here. Names
 * written with spaces (`TIME WAIT`, `FIN WAIT 1`) are accepted too.
 */
function parseStateOf(c: LineCursor, host: Identifier): ExpectClause {
  const first = c.pos;
  const groupEnd = (from: number): number => {
    const k = c.kind(from);
    // `ESTABLISHED입니다` is one token: a state name with a Korean tail, read as a misspelt state.
    const asciiHead = k === TokenKind.NonAsciiWord && /^[A-Za-z]/.test(c.tokenText(from));
    if (k !== TokenKind.Word && k !== TokenKind.Number && k !== TokenKind.BadNumber && !asciiHead) {
      return -1;
    }
    let last = from;
    while (c.adjacent(last) && isStatePart(c.kind(last + 1))) {
      last++;
    }
    return last;
  };
  const firstEnd = groupEnd(first);
  if (firstEnd < 0) {
    const stateRange: Range = c.atEnd ? c.after(c.pos - 1) : c.tokenRange();
    c.reportUnexpected('syntax.expectedState', { host: host.text });
    return { host, state: undefined, stateText: '', stateRange, range: host.range };
  }
  const words = [c.text.slice(c.start(first), c.end(firstEnd))];
  let last = firstEnd;
  let state: TcpState | undefined = parseStateName(words[0]!);
  for (let extra = 0; state === undefined && extra < 2; extra++) {
    const nextEnd = groupEnd(last + 1);
    if (nextEnd < 0) {
      break;
    }
    words.push(c.text.slice(c.start(last + 1), c.end(nextEnd)));
    const joined = parseStateName(words.join(' '));
    last = nextEnd;
    state = joined;
  }
  if (state === undefined) {
    last = firstEnd;
  }
  const stateRange = c.spanRange(first, last);
  const stateText = c.text.slice(c.start(first), c.end(last));
  if (state === undefined) {
    const spelling = suggestFor(foldState(stateText), stateSpellings());
    const suggestion = spelling === undefined ? undefined : parseStateName(spelling);
    if (suggestion) {
      c.report('unknown-state', stateRange, 'syntax.unknownState.didYouMean', { word: stateText, suggestion }, { fixes: [replaceFix(stateRange, suggestion)] });
    } else {
      c.report('unknown-state', stateRange, 'syntax.unknownState', { word: stateText });
    }
  }
  while (c.pos <= last) {
    c.advance();
  }
  return { host, state, stateText, stateRange, range: c.spanRange(first - 1, last) };
}

/** A non-ASCII tail (`CLOSE-WAIT한`) belongs to the word it is glued to, so a did-you-mean sees the whole token. */
function isStatePart(kind: TokenKind): boolean {
  return kind === TokenKind.Word || kind === TokenKind.Number || kind === TokenKind.BadNumber || kind === TokenKind.Minus || kind === TokenKind.NonAsciiWord;
}

/** `note A "text"` or `note "text"` */
export function parseNote(c: LineCursor): NoteStatement {
  const keywordRange = c.tokenRange();
  c.advance();
  let host: Identifier | undefined;
  let text: StringLiteral | undefined;
  if (c.is(TokenKind.Word) && (c.is(TokenKind.String, c.pos + 1) || c.pos + 1 >= c.tokens.count)) {
    host = c.identifier();
    c.advance();
  }
  if (c.is(TokenKind.String)) {
    text = c.stringLiteral();
    c.advance();
    c.expectEndOfLine();
  } else {
    reportUnquoted(c, 'syntax.expectedNoteText');
  }
  return { kind: 'note', range: c.rangeFrom(0), line: c.line, keywordRange, host, text };
}

/**
 * Where a quoted text was expected: at the end of the line, the last token is
 * marked; otherwise the words written instead, with a fix that quotes them.
 */
function reportUnquoted(c: LineCursor, messageId: string): void {
  if (c.atEnd) {
    c.report('syntax', c.hereOrLast(), messageId);
    return;
  }
  c.report('syntax', c.spanRange(c.pos, c.lastIndex), messageId, {}, { fixes: [c.quoteFix(c.pos, c.lastIndex)] });
  c.skipRest();
}
