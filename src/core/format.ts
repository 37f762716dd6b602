import type { Diagnostic, DiagnosticCode, TextEdit } from './diagnostics';
import type { Analysis } from './model';
import { FIELD_NAMES, type Field, type FlagToken, type NumberLiteral, type Statement, type StringLiteral } from './syntax/ast';
import { compareFlags } from './tcp/flags';
import { lineEnding, lineStarts, range, splitLines, type Range } from './text';

/**
 * The canonical form of a script, the way RFC 9293 writes its figures:
 *
 *     title "3-Way Handshake"
 *     host client "Client"
 *     server: listen
 *     client -> server: SYN,ACK seq=100 ack=301 len=10 "GET /" as s1   # comment
 *     expect client ESTABLISHED, server SYN-RECEIVED
 *
 * Keywords, actions and field names in lower case; control bits in upper case,
 * in the RFC's order, joined by `,` as in `<CTL=SYN,ACK>` (and as the engine
 * spells owed replies); fields in the order seq, ack, len, win; state names as
 * RFC 9293 spells them; no indentation; one space between parts and before a
 * comment; runs of blank lines shortened to one. Host names, strings and
 * comments are kept exactly as written. A line the parser could not read in
 * full is left as it is, so formatting never loses text.
 */
export function formatEdits(text: string, analysis: Pick<Analysis, 'script' | 'diagnostics'>): TextEdit[] {
  const lines = splitLines(text);
  const eol = lineEnding(text);
  const formatted = formatLines(text, lines, analysis);
  return editsBetween(lines, formatted, eol);
}

/** The whole formatted text: the text with `formatEdits` applied. */
export function formatText(text: string, analysis: Pick<Analysis, 'script' | 'diagnostics'>): string {
  const starts = lineStarts(text);
  let result = '';
  let done = 0;
  for (const edit of formatEdits(text, analysis)) {
    const start = starts[edit.range.start.line]! + edit.range.start.character;
    result += text.slice(done, start) + edit.newText;
    done = starts[edit.range.end.line]! + edit.range.end.character;
  }
  return result + text.slice(done);
}

/** Diagnostics that mean the syntax tree does not hold everything the line says. */
const UNREADABLE: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'syntax',
  'unterminated-string',
  'number-out-of-range',
  'unknown-field',
  'duplicate-field',
  'duplicate-flag',
  'header-after-event',
]);

/** Each line's new text, or undefined where a blank line is removed. */
function formatLines(text: string, lines: readonly string[], analysis: Pick<Analysis, 'script' | 'diagnostics'>): (string | undefined)[] {
  const source = new Source(text);
  const { statements, comments } = analysis.script;
  const keepAsWritten = unreadableLines(analysis.diagnostics);

  // Statements and comments are in line order: walk them alongside the lines.
  let nextStatement = 0;
  let nextComment = 0;
  const result: (string | undefined)[] = new Array(lines.length);
  let previousBlank = true; // so that blank lines at the top go too
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    while (nextStatement < statements.length && statements[nextStatement]!.line < index) {
      nextStatement++;
    }
    while (nextComment < comments.length && comments[nextComment]!.range.start.line < index) {
      nextComment++;
    }
    const statement = statements[nextStatement]?.line === index ? statements[nextStatement] : undefined;
    const comment = comments[nextComment]?.range.start.line === index ? comments[nextComment]!.text.trimEnd() : undefined;
    if (statement === undefined && comment === undefined && isBlank(line)) {
      // The empty text after a final newline is not a line of its own.
      result[index] = previousBlank && index !== lines.length - 1 ? undefined : '';
      previousBlank = true;
      continue;
    }
    previousBlank = false;
    if (keepAsWritten.has(index) || (statement === undefined && comment === undefined)) {
      result[index] = line;
      continue;
    }
    const code = statement ? source.statement(statement) : undefined;
    if (statement !== undefined && code === undefined) {
      // A statement missing a part: its words are not all in the tree, so the line stays as written.
      result[index] = line;
      continue;
    }
    result[index] = code === undefined ? comment : comment === undefined ? code : `${code} ${comment}`;
  }
  // A blank line kept before the end of the text would leave two newlines at the end.
  if (result[result.length - 1] === '') {
    for (let i = result.length - 2; i >= 0 && (result[i] === '' || result[i] === undefined); i--) {
      result[i] = undefined;
    }
  }
  return result;
}

function isBlank(line: string): boolean {
  return line.length === 0 || line.trim() === '';
}

function unreadableLines(diagnostics: readonly Diagnostic[]): Set<number> {
  const lines = new Set<number>();
  for (const d of diagnostics) {
    if (UNREADABLE.has(d.code)) {
      for (let line = d.range.start.line; line <= d.range.end.line; line++) {
        lines.add(line);
      }
    }
  }
  return lines;
}

/** Writes statements in canonical form, taking strings and unreadable words from the source text. */
class Source {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    this.lineStarts = lineStarts(text);
  }

  /** The canonical text of a statement, or undefined when a part it needs is missing. */
  statement(s: Statement): string | undefined {
    switch (s.kind) {
      case 'title':
        return s.text ? `title ${this.string(s.text)}` : undefined;
      case 'host':
        return s.name ? ['host', s.name.text, ...(s.label ? [this.string(s.label)] : [])].join(' ') : undefined;
      case 'start': {
        if (!s.state) {
          return undefined;
        }
        const clauses = s.clauses.map((c) => {
          const seq = c.seq ? this.number(c.seq) : undefined;
          const wscale = c.wscale ? this.number(c.wscale) : undefined;
          return [c.host.text, ...(seq === undefined ? [] : [`seq=${seq}`]), ...(wscale === undefined ? [] : [`wscale=${wscale}`])].join(' ');
        });
        return ['start', s.state, ...clauses].join(' ');
      }
      case 'note':
        return s.text ? ['note', ...(s.host ? [s.host.text] : []), this.string(s.text)].join(' ') : undefined;
      case 'deliver':
        return s.name ? `deliver ${s.name.text}` : 'deliver';
      case 'action':
        // An unknown action may have swallowed the rest of its line (`A: ack B`).
        return s.action === undefined ? undefined : `${s.host.text}: ${s.action}`;
      case 'expect': {
        if (s.clauses.length === 0 || s.clauses.some((c) => c.stateText === '')) {
          return undefined;
        }
        return `expect ${s.clauses.map((c) => `${c.host.text} ${c.state ?? c.stateText}`).join(', ')}`;
      }
      case 'segment': {
        if (!s.from || !s.arrow || !s.to || s.flags.length === 0) {
          return undefined;
        }
        let out = `${s.dup ? 'dup ' : ''}${s.from.text} ${s.arrow.kind} ${s.to.text}: ${flagsText(s.flags)}`;
        for (const field of sortFields(s.fields)) {
          const value = field.value ? this.number(field.value) : undefined;
          if (!field.name || value === undefined) {
            return undefined;
          }
          out += ` ${field.name}=${value}`;
        }
        if (s.label) {
          out += ` ${this.string(s.label)}`;
        }
        if (s.alias) {
          out += ` as ${s.alias.text}`;
        }
        return out;
      }
    }
  }

  /** A string exactly as written, escapes and all. */
  private string(literal: StringLiteral): string {
    return this.slice(literal.range);
  }

  private number(literal: NumberLiteral): string | undefined {
    return literal.value === undefined ? undefined : String(literal.value);
  }

  private slice(r: Range): string {
    return this.text.slice(this.lineStarts[r.start.line]! + r.start.character, this.lineStarts[r.end.line]! + r.end.character);
  }
}

/** Known bits in the RFC's order, upper case; a word that is not a bit keeps its place and spelling. */
function flagsText(flags: readonly FlagToken[]): string {
  if (flags.length === 1) {
    return flags[0]!.flag ?? flags[0]!.text;
  }
  if (flags.every((f) => f.flag !== undefined)) {
    return [...flags].sort((a, b) => compareFlags(a.flag!, b.flag!)).map((f) => f.flag).join(',');
  }
  return flags.map((f) => f.flag ?? f.text).join(',');
}

function sortFields(fields: readonly Field[]): readonly Field[] {
  const rank = (f: Field): number => FIELD_NAMES.indexOf(f.name!);
  for (let i = 1; i < fields.length; i++) {
    if (rank(fields[i - 1]!) > rank(fields[i]!)) {
      return [...fields].sort((a, b) => rank(a) - rank(b));
    }
  }
  return fields;
}

/**
 * The edits that turn `lines` into `formatted`: one per run of changed lines,
 * so the edits never touch one another and unchanged lines keep their markers.
 */
function editsBetween(lines: readonly string[], formatted: readonly (string | undefined)[], eol: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let i = 0;
  while (i < lines.length) {
    if (formatted[i] === lines[i]) {
      i++;
      continue;
    }
    const first = i;
    while (i < lines.length && formatted[i] !== lines[i]) {
      i++;
    }
    const last = i - 1;
    const kept = formatted.slice(first, i).filter((l): l is string => l !== undefined);
    if (kept.length > 0) {
      edits.push({ range: range(first, 0, last, lines[last]!.length), newText: kept.join(eol) });
    } else if (i < lines.length) {
      // Whole lines removed: take their line breaks with them.
      edits.push({ range: range(first, 0, i, 0), newText: '' });
    } else if (first > 0) {
      edits.push({ range: range(first - 1, lines[first - 1]!.length, last, lines[last]!.length), newText: '' });
    }
  }
  return edits;
}
