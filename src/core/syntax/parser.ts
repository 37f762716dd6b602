import type { Diagnostic, Fix } from '../diagnostics';
import { runToEnd, sliceEnds, type Sliced } from '../slices';
import { lineBreakLength, LineBreaks, lineEnding, range } from '../text';
import { ACTION_NAMES, isEvent, type Comment, type EventStatement, type Script, type StartStatement, type Statement, type TitleStatement } from './ast';
import { LineCursor, replaceFix, suggestFor } from './cursor';
import { PlainSegmentReader } from './plainSegment';
import { LineTokens, scanLine, TokenKind } from './scanner';
import { looksLikeSegment, parseSegment } from './segment';
import { parseStart } from './start';
import { parseAction, parseDeliver, parseExpect, parseHost, parseNote, parseTitle } from './statements';

/** Words that begin a statement. None is reserved: before ':' or an arrow each is a host name. */
const KEYWORDS = ['title', 'host', 'start', 'dup', 'deliver', 'expect', 'note'] as const;

export interface ParseResult {
  readonly script: Script;
  readonly diagnostics: Diagnostic[];
}

/**
 * Reads a script into its syntax tree. Never throws: every mistake becomes a
 * located diagnostic and parsing goes on with the next line.
 *
 * What becomes a node:
 * - A line recognized as a statement (by its keyword, or as an event by a host
 *   name followed by ':' or an arrow) always yields a node, even when parts of
 *   it are wrong. Parts that are missing or unreadable are `undefined` (an
 *   empty list for flags); wrong fields, labels and names after the essential
 *   parts are reported and left out. So every event line reaches the engine,
 *   which gives it a step and replays only the events it can read in full.
 * - A line that cannot be recognized as any statement yields only a diagnostic.
 * - A `title` or `host` after the first event is reported and left out of the
 *   tree, so the engine does not act on a declaration in the wrong place.
 */
export function parse(text: string): ParseResult {
  return runToEnd(parseInSlices(text));
}

/** `parse`, yielding between slices of lines (see slices.ts). */
export function* parseInSlices(text: string): Sliced<ParseResult> {
  const diagnostics: Diagnostic[] = [];
  const statements: Statement[] = [];
  const comments: Comment[] = [];
  const tokens = new LineTokens();
  const cursor = new LineCursor(text, tokens, diagnostics);
  const header = new HeaderOrder(text, cursor);

  const plainSegments = new PlainSegmentReader(cursor);
  const breaks = new LineBreaks(text);
  let line = 0;
  let lineStart = 0;
  for (;;) {
    const newline = breaks.next(lineStart);
    const contentEnd = newline < 0 ? text.length : newline;
    const plain = plainSegments.read(lineStart, contentEnd, line);
    if (plain !== undefined) {
      const { commentStart } = plainSegments;
      if (commentStart >= 0) {
        comments.push({ text: text.slice(commentStart, contentEnd), range: range(line, commentStart - lineStart, line, contentEnd - lineStart) });
      }
      if (header.accept(plain, lineStart, contentEnd)) {
        statements.push(plain);
      }
    } else {
      scanLine(text, lineStart, contentEnd, line, tokens, diagnostics);
      if (tokens.commentStart >= 0) {
        comments.push({ text: text.slice(tokens.commentStart, tokens.commentEnd), range: tokens.range(tokens.commentStart, tokens.commentEnd) });
      }
      if (tokens.count > 0) {
        cursor.reset();
        const statement = parseStatement(cursor);
        if (statement && header.accept(statement, lineStart, contentEnd)) {
          statements.push(statement);
        }
      }
    }
    header.endLine(contentEnd - lineStart);
    if (newline < 0) {
      break;
    }
    lineStart = newline + lineBreakLength(text, newline);
    line++;
    if (sliceEnds(line)) {
      yield;
    }
  }
  cursor.segmentParts.trim();
  return { script: { statements, comments, lineCount: line + 1 }, diagnostics };
}

/** Picks the statement by its first tokens; see `parse` for what yields a node. */
function parseStatement(c: LineCursor): Statement | undefined {
  const first = c.kind(0);
  if (first === TokenKind.Arrow) {
    return parseSegment(c, undefined);
  }
  if (first !== TokenKind.Word) {
    c.reportUnexpected('syntax.expectedStatement');
    return undefined;
  }
  const next = c.kind(1);
  const isHostName = next === TokenKind.Colon || next === TokenKind.Arrow;
  if (!isHostName) {
    switch (c.oneOf(0, KEYWORDS)) {
      case 'title':
        return parseTitle(c);
      case 'host':
        return parseHost(c);
      case 'start':
        return parseStart(c);
      case 'deliver':
        return parseDeliver(c);
      case 'expect':
        return parseExpect(c);
      case 'note':
        return parseNote(c);
      case 'dup':
        if (next === TokenKind.Word && looksLikeSegment(c, 2)) {
          const dup = c.tokenRange(0);
          c.advance();
          return parseSegment(c, dup);
        }
        c.report('syntax', c.tokenRange(0), 'syntax.dupWithoutSegment');
        return undefined;
      default:
        break;
    }
  }
  if (next === TokenKind.Colon) {
    return parseAction(c);
  }
  if (looksLikeSegment(c, 1)) {
    return parseSegment(c, undefined);
  }
  const word = c.tokenText(0);
  const keyword = suggestFor(word, KEYWORDS);
  if (keyword) {
    c.report('syntax', c.tokenRange(0), 'syntax.unknownKeyword', { word, suggestion: keyword }, { fixes: [replaceFix(c.tokenRange(0), keyword)] });
    return undefined;
  }
  c.advance();
  const fixes: Fix[] = [];
  if (c.oneOf(c.pos, ACTION_NAMES) !== undefined) {
    // `A close`: the ':' of an action is missing.
    fixes.push({ title: { id: 'syntax.fix.insert', args: { text: ':' } }, edits: [{ range: c.after(0), newText: ':' }], preferred: true });
  }
  c.report('syntax', c.hereOrLast(), 'syntax.expectedArrowOrColon', { host: word }, { fixes });
  return undefined;
}

/**
 * The header (`title`, `host`, `start`) comes before the first event, and a script has
 * one title and one start. Tracks both, and offers to move a late header line up.
 */
class HeaderOrder {
  private firstEvent: EventStatement | undefined;
  private title: TitleStatement | undefined;
  private start: StartStatement | undefined;
  private previousLineLength = 0;
  private eol: string | undefined;

  constructor(
    private readonly text: string,
    private readonly c: LineCursor,
  ) {}

  /** Whether the statement belongs in the tree. */
  accept(statement: Statement, lineStart: number, contentEnd: number): boolean {
    if (statement.kind === 'title' || statement.kind === 'host' || statement.kind === 'start') {
      if (this.firstEvent !== undefined) {
        this.reportLate(statement, lineStart, contentEnd);
        return false;
      }
      if (statement.kind === 'start') {
        if (this.start !== undefined) {
          this.c.report('syntax', statement.keywordRange, 'syntax.duplicateStart', { line: this.start.line + 1 });
          return false;
        }
        this.start = statement;
      }
      if (statement.kind === 'title') {
        if (this.title !== undefined) {
          this.c.report('duplicate-title', statement.keywordRange, 'syntax.duplicateTitle', { line: this.title.line + 1 }, {
            related: [{ range: this.title.range, message: { id: 'syntax.related.firstTitle', args: {} } }],
          });
        } else {
          this.title = statement;
        }
      }
    } else if (this.firstEvent === undefined && isEvent(statement)) {
      this.firstEvent = statement;
    }
    return true;
  }

  endLine(length: number): void {
    this.previousLineLength = length;
  }

  private reportLate(statement: Statement & { keywordRange: TitleStatement['keywordRange'] }, lineStart: number, contentEnd: number): void {
    const first = this.firstEvent!;
    const line = statement.line;
    const eol = (this.eol ??= lineEnding(this.text));
    const hasNextLine = contentEnd < this.text.length;
    // Delete the whole line with one of its line breaks, and insert it above the first event.
    const removal = hasNextLine
      ? range(line, 0, line + 1, 0)
      : range(line - 1, this.previousLineLength, line, contentEnd - lineStart);
    const moved = this.text.slice(lineStart, contentEnd).trim();
    this.c.report('header-after-event', statement.keywordRange, 'syntax.headerAfterEvent', { keyword: this.c.tokenText(0), line: first.line + 1 }, {
      related: [{ range: first.range, message: { id: 'syntax.related.firstEvent', args: {} } }],
      fixes: [
        {
          title: { id: 'syntax.fix.moveToHeader', args: { line: first.line + 1 } },
          edits: [
            { range: range(first.line, 0, first.line, 0), newText: moved + eol },
            { range: removal, newText: '' },
          ],
          preferred: true,
        },
      ],
    });
  }
}
