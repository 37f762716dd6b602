import { stepBefore, stepOfStatement, statementIndexAt, statesBefore } from './locate';
import { escapeMarkdown, eventSections, wireText } from './hoverEvent';
import { hoverText, type HoverMessageId } from './messages/hover';
import type { Lang } from './messages/lang';
import type { Analysis, Step, WireSegment } from './model';
import { flagExplanation, flagMeaning } from './reference/flags';
import { stateExplanation, stateMeaning } from './reference/states';
import type { Field, FlagToken, Identifier, Statement } from './syntax/ast';
import { allowedActions, allowedSends } from './tcp/allowed';
import { isSynchronized, type TcpState } from './tcp/states';
import { rangeContains, type Position, type Range } from './text';

/** What to show when the pointer rests on a word: Markdown, and the range of the word it explains. */
export interface HoverResult {
  readonly range: Range;
  readonly markdown: string;
}

/**
 * The hover at a position, from the analysis alone: hosts with their state at
 * that line, state names, control bits, seq/ack/len/win with the values the
 * engine computed, and events with their state changes, reasons and RFC
 * sections. Undefined over blank space and comments.
 */
export function hoverAt(analysis: Analysis, at: Position, lang: Lang): HoverResult | undefined {
  const statementIndex = statementIndexAt(analysis, at.line);
  if (statementIndex < 0) {
    return undefined;
  }
  const statement = analysis.script.statements[statementIndex]!;
  if (!rangeContains(statement.range, at)) {
    return undefined;
  }
  return new HoverWriter(analysis, lang, statement, statementIndex, at).hover();
}

class HoverWriter {
  private readonly step: Step | undefined;

  constructor(
    private readonly analysis: Analysis,
    private readonly lang: Lang,
    private readonly statement: Statement,
    statementIndex: number,
    private readonly at: Position,
  ) {
    this.step = stepOfStatement(analysis, statementIndex);
  }

  hover(): HoverResult | undefined {
    const s = this.statement;
    switch (s.kind) {
      case 'title':
        return this.on(s.keywordRange) ? this.result(s.keywordRange, [this.t('hover.keyword.title')]) : undefined;
      case 'start':
        return this.on(s.keywordRange) ? this.result(s.keywordRange, [this.t('hover.keyword.start')]) : undefined;
      case 'host':
        if (this.on(s.keywordRange)) {
          return this.result(s.keywordRange, [this.t('hover.keyword.host')]);
        }
        return s.name && this.on(s.name.range) ? this.host(s.name) : undefined;
      case 'note':
        if (this.on(s.keywordRange)) {
          return this.result(s.keywordRange, [this.t('hover.keyword.note')]);
        }
        return s.host && this.on(s.host.range) ? this.host(s.host) : undefined;
      case 'expect':
        return this.expect(s);
      case 'deliver':
        if (this.on(s.keywordRange)) {
          return this.result(s.range, [this.t('hover.keyword.deliver'), ...this.event()]);
        }
        return this.result(s.range, this.event());
      case 'action':
        if (this.on(s.host.range)) {
          return this.host(s.host);
        }
        return this.result(s.range, this.event());
      case 'segment':
        return this.segment(s);
    }
  }

  private segment(s: Extract<Statement, { kind: 'segment' }>): HoverResult | undefined {
    if (s.dup && this.on(s.dup)) {
      return this.result(s.dup, [this.t('hover.keyword.dup')]);
    }
    for (const id of [s.from, s.to]) {
      if (id && this.on(id.range)) {
        return this.host(id);
      }
    }
    const flag = s.flags.find((f) => this.on(f.range));
    if (flag) {
      return this.flag(flag);
    }
    const field = s.fields.find((f) => this.on(f.range));
    if (field) {
      return this.field(field);
    }
    if (s.alias && this.on(s.alias.range)) {
      return this.result(s.alias.range, [this.t('hover.segmentName', { name: s.alias.text }), this.t('hover.keyword.as')]);
    }
    return this.result(s.range, this.event());
  }

  private expect(s: Extract<Statement, { kind: 'expect' }>): HoverResult | undefined {
    if (this.on(s.keywordRange)) {
      return this.result(s.keywordRange, [this.t('hover.keyword.expect')]);
    }
    const states = statesBefore(this.analysis, s.line);
    for (const clause of s.clauses) {
      if (this.on(clause.host.range)) {
        return this.host(clause.host);
      }
      if (clause.stateText !== '' && this.on(clause.stateRange)) {
        const actual = states[clause.host.text];
        const sections = this.state(clause.state);
        if (clause.state && actual) {
          sections.push(
            actual === clause.state
              ? this.t('hover.state.expectHolds', { host: clause.host.text, state: actual })
              : this.t('hover.state.expectFails', { host: clause.host.text, state: clause.state, actual }),
          );
        }
        return this.result(clause.stateRange, sections);
      }
    }
    return undefined;
  }

  /** A host, with its state on this line: how an event changes it, or what it is at any other line. */
  private host(id: Identifier): HoverResult | undefined {
    const name = id.text;
    const info = this.analysis.hosts.find((h) => h.name === name);
    let title = this.t('hover.host.title', { host: name });
    if (info && info.label !== info.name) {
      title += ` — ${this.t('hover.host.label', { label: escapeMarkdown(info.label) })}`;
    }
    const sections = [title];
    const step = this.step;
    const before = step?.before[name];
    const after = step?.states[name];
    if (before && after) {
      sections.push(before === after ? this.t('hover.host.stays', { host: name, state: after }) : this.t('hover.host.changes', { host: name, before, after }));
    } else if (info) {
      const state = statesBefore(this.analysis, this.statement.line)[name];
      if (state) {
        sections.push(this.t('hover.host.stateHere', { host: name, state }));
      }
    }
    return this.result(id.range, sections);
  }

  /** A state: what it means (the lesson's words and the RFC's), whether it is synchronized, and what Figure 5 lets a host do from it. */
  private state(state: TcpState | undefined): string[] {
    if (!state) {
      return [];
    }
    return [
      this.t('hover.state.title', { state }),
      stateExplanation(state, this.lang),
      this.t('hover.state.rfc', { state, meaning: stateMeaning(state, this.lang) }),
      this.t(isSynchronized(state) ? 'hover.state.synchronized' : 'hover.state.notSynchronized'),
      this.t('hover.state.mayDo', { actions: allowedActions(state).map((a) => `\`${a}\``).join(', ') }),
      this.t('hover.state.maySend', { sends: allowedSends(state).join(' · ') }),
    ];
  }

  private flag(token: FlagToken): HoverResult | undefined {
    const sections = token.flag
      ? [this.t('hover.flag.title', { flag: token.flag, meaning: flagMeaning(token.flag, this.lang) }), flagExplanation(token.flag, this.lang)]
      : [this.t('hover.flag.unknown', { flag: escapeMarkdown(token.text) })];
    const wire = this.sentWire();
    if (wire) {
      sections.push(this.t('hover.event.wire', { wire: wireText(wire) }));
      if (wire.impliedAck) {
        sections.push(this.t('hover.event.impliedAck'));
      }
    }
    return this.result(token.range, sections);
  }

  /** A field, with the value that went on the wire and the sender's variables it should match. */
  private field(field: Field): HoverResult | undefined {
    const wire = this.sentWire();
    const detail = this.step?.detail;
    if (!field.name) {
      return undefined;
    }
    if (!wire || detail?.kind !== 'segment') {
      return this.result(field.range, [this.t('hover.field.notSent')]);
    }
    const sender = detail.from;
    const previous = stepBefore(this.analysis, this.statement.line)?.variables[sender];
    const sections: string[] = [];
    switch (field.name) {
      case 'seq':
        sections.push(this.t('hover.field.seq', { value: wire.seq }));
        if (previous?.SND_NXT !== undefined && !detail.dup) {
          sections.push(this.t('hover.field.sndNxt', { host: sender, value: previous.SND_NXT }));
        }
        break;
      case 'ack':
        if (wire.ack === undefined) {
          sections.push(this.t('hover.field.ack.none'));
          break;
        }
        sections.push(this.t('hover.field.ack', { value: wire.ack }));
        if (previous?.RCV_NXT !== undefined && !detail.dup) {
          sections.push(this.t('hover.field.rcvNxt', { host: sender, value: previous.RCV_NXT }));
        }
        break;
      case 'len': {
        const segLen = wire.len + (wire.flags.includes('SYN') ? 1 : 0) + (wire.flags.includes('FIN') ? 1 : 0);
        sections.push(this.t('hover.field.len', { value: wire.len, segLen }));
        break;
      }
      case 'win':
        sections.push(this.t('hover.field.win', { value: wire.win }));
        break;
      case 'wscale':
        sections.push(this.t('hover.field.wscale', { value: field.value?.value ?? 0 }));
        break;
    }
    return this.result(field.range, sections);
  }

  /** An event: what happened on the wire, at the receiver, and to each host's state. */
  private event(): string[] {
    return this.step ? eventSections(this.step, this.lang, this.actionText()) : [];
  }

  /** The segment this line put on the wire, if it could be read in full. */
  private sentWire(): WireSegment | undefined {
    const detail = this.step?.detail;
    return detail?.kind === 'segment' && detail.wire.flags.length > 0 ? detail.wire : undefined;
  }

  private actionText(): string {
    return this.statement.kind === 'action' ? this.statement.actionText : '';
  }

  private on(range: Range): boolean {
    return rangeContains(range, this.at);
  }

  private result(range: Range, sections: readonly string[]): HoverResult | undefined {
    return sections.length === 0 ? undefined : { range, markdown: sections.join('\n\n') };
  }

  private t(id: HoverMessageId, args: Record<string, string | number> = {}): string {
    return hoverText(id, this.lang, args);
  }
}
