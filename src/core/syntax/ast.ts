import type { Range } from '../text';
import type { TcpFlag } from '../tcp/flags';
import type { TcpState } from '../tcp/states';

/**
 * The syntax tree of a `.tcpflow` script. Every node carries the range of the
 * text it came from. The parser never throws: a line it cannot read becomes a
 * diagnostic, and a node it can partly read is kept with what it found
 * (`undefined` marks a part that was missing or unreadable).
 */

export interface Identifier {
  readonly text: string;
  readonly range: Range;
}

export interface StringLiteral {
  /** The decoded value (escapes resolved). */
  readonly value: string;
  readonly range: Range;
}

export interface NumberLiteral {
  /** In 0 .. 2^32-1; out-of-range numbers are reported and clamped to undefined by the parser. */
  readonly value: number | undefined;
  readonly range: Range;
}

/**
 * The fields a segment line gives, by name: each name's first value that is a number in
 * range (undefined when the line gives none), and where that value is written, made only
 * for a report about it. The values are read at every line; their places seldom are.
 */
export type GivenFields = Readonly<Record<FieldName, number | undefined>> & {
  /** Where the value of `name` is written; only for a name the line gives a value. */
  rangeOf(name: FieldName): Range;
};

/** A flag word as written; `flag` is undefined when the word is not a TCP flag. */
export interface FlagToken {
  readonly text: string;
  readonly flag: TcpFlag | undefined;
  readonly range: Range;
  /**
   * For a word that is no flag, the flag it most likely misspells (the did-you-mean). The
   * replay takes the segment as meant, so that one typo is one error, not a trail of them.
   */
  readonly meant?: TcpFlag;
}

export type FieldName = 'seq' | 'ack' | 'len' | 'win' | 'wscale';
/** `wscale=N` is the Window Scale option of a SYN (RFC 7323 §2). */
export const FIELD_NAMES: readonly FieldName[] = ['seq', 'ack', 'len', 'win', 'wscale'];

export interface Field {
  /** undefined when the name is not one of FIELD_NAMES (reported by the parser). */
  readonly name: FieldName | undefined;
  readonly nameRange: Range;
  readonly value: NumberLiteral | undefined;
  readonly range: Range;
}

/** `->` arrives at once, `-x` is lost, `~>` stays in flight until `deliver`. */
export type ArrowKind = '->' | '-x' | '~>';

export interface Arrow {
  readonly kind: ArrowKind;
  readonly range: Range;
}

export type ActionName = 'listen' | 'connect' | 'close' | 'abort' | 'timeout' | 'reboot';
export const ACTION_NAMES: readonly ActionName[] = ['listen', 'connect', 'close', 'abort', 'timeout', 'reboot'];

interface NodeBase {
  /** The whole statement, from its first token to its last (comments excluded). */
  readonly range: Range;
  /** 0-based line the statement is on. */
  readonly line: number;
}

export interface TitleStatement extends NodeBase {
  readonly kind: 'title';
  readonly keywordRange: Range;
  readonly text: StringLiteral | undefined;
}

export interface HostDeclaration extends NodeBase {
  readonly kind: 'host';
  readonly keywordRange: Range;
  readonly name: Identifier | undefined;
  readonly label: StringLiteral | undefined;
}

/** `[dup] A -> B: FLAGS [field=value ...] ["text"] [as name]` */
export interface SegmentEvent extends NodeBase {
  readonly kind: 'segment';
  /** Range of the `dup` keyword when the segment is an old duplicate (RFC 9293 Figure 8). */
  readonly dup: Range | undefined;
  readonly from: Identifier | undefined;
  readonly arrow: Arrow | undefined;
  readonly to: Identifier | undefined;
  /** `from?.text`, `to?.text` and `arrow?.kind`, read without making their nodes: the replay asks for them at every line. */
  readonly fromName: string | undefined;
  readonly toName: string | undefined;
  readonly arrowKind: ArrowKind | undefined;
  /** The flag words in the order written; empty when none could be read. */
  readonly flags: readonly FlagToken[];
  readonly fields: readonly Field[];
  /**
   * The control bits written, a misspelt flag word counted as the flag it was meant to be
   * (FLAG_BIT's bits), read without making the flag nodes: the replay asks at every line.
   */
  readonly writtenFlagBits: number;
  /**
   * Each field's first value that is a number in range, with where it is written: the fields
   * as the replay takes them, read without making the field nodes.
   */
  givenFields(): GivenFields;
  readonly label: StringLiteral | undefined;
  /** `as name` names a segment in flight for a later `deliver`. */
  readonly alias: Identifier | undefined;
}

/** `deliver [name]` */
export interface DeliverEvent extends NodeBase {
  readonly kind: 'deliver';
  readonly keywordRange: Range;
  readonly name: Identifier | undefined;
}

/** `A: ACTION` */
export interface ActionEvent extends NodeBase {
  readonly kind: 'action';
  readonly host: Identifier;
  /** undefined when the word is not an action (reported by the parser with did-you-mean). */
  readonly action: ActionName | undefined;
  readonly actionText: string;
  readonly actionRange: Range;
}

export interface ExpectClause {
  readonly host: Identifier;
  /** undefined when the word is not a state name (reported by the parser). */
  readonly state: TcpState | undefined;
  readonly stateText: string;
  readonly stateRange: Range;
  readonly range: Range;
}

/** `expect A STATE[, B STATE]` */
export interface ExpectStatement extends NodeBase {
  readonly kind: 'expect';
  readonly keywordRange: Range;
  readonly clauses: readonly ExpectClause[];
}

/** `note A "text"` or `note "text"` */
export interface NoteStatement extends NodeBase {
  readonly kind: 'note';
  readonly keywordRange: Range;
  readonly host: Identifier | undefined;
  readonly text: StringLiteral | undefined;
}

/** One host's part of a `start` line: its name and, optionally, the next sequence number it sends. */
export interface StartClause {
  readonly host: Identifier;
  /** `seq=N`: the host's SND.NXT at the start. */
  readonly seq: NumberLiteral | undefined;
  /** `wscale=N`: the Window Scale shift the host's SYN offered (RFC 7323), so that its windows may exceed 65535. */
  readonly wscale: NumberLiteral | undefined;
  readonly range: Range;
}

/**
 * `start ESTABLISHED [A seq=N wscale=N] [B seq=N wscale=N]`: the story begins in the middle of a
 * connection, both hosts already synchronized (a capture that began late, a lesson about closing).
 */
export interface StartStatement extends NodeBase {
  readonly kind: 'start';
  readonly keywordRange: Range;
  /** undefined when the word is not a state, or not one a story can start in (reported by the parser). */
  readonly state: TcpState | undefined;
  readonly stateRange: Range;
  readonly clauses: readonly StartClause[];
}

export type EventStatement = SegmentEvent | DeliverEvent | ActionEvent;
export type Statement = TitleStatement | HostDeclaration | StartStatement | EventStatement | ExpectStatement | NoteStatement;

export function isEvent(statement: Statement): statement is EventStatement {
  return statement.kind === 'segment' || statement.kind === 'deliver' || statement.kind === 'action';
}

/** A comment, kept so that the formatter and the editor can see it. */
export interface Comment {
  readonly text: string;
  readonly range: Range;
}

export interface Script {
  readonly statements: readonly Statement[];
  readonly comments: readonly Comment[];
  /** Number of lines in the document. */
  readonly lineCount: number;
}
