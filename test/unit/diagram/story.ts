import { diagnostic, type Diagnostic } from '../../../src/core/diagnostics';
import type { DiagramInput } from '../../../src/core/diagram/mermaid';
import type { HostInfo, SegmentFate, Step, StepDetail, WireSegment } from '../../../src/core/model';
import type { ActionName, Statement } from '../../../src/core/syntax/ast';
import { range } from '../../../src/core/text';
import { FLAG_BIT, parseFlagName, type TcpFlag } from '../../../src/core/tcp/flags';
import type { TcpState } from '../../../src/core/tcp/states';

/**
 * Builds a diagram's input by hand, one source line per call, as the parser
 * and the replay would: a statement for every line, a Step for every event,
 * with the states before and after. The TCP is the test's to get right.
 */
export class Story {
  private readonly statements: Statement[] = [];
  private readonly steps: Step[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly states: Record<string, TcpState> = {};
  private readonly hosts: HostInfo[];

  constructor(
    hostNames: readonly string[],
    private readonly title?: string,
    labels: Readonly<Record<string, string>> = {},
  ) {
    this.hosts = hostNames.map((name, i) => ({ name, label: labels[name] ?? name, declaredAt: range(i, 0, i, name.length) }));
    hostNames.forEach((name) => (this.states[name] = 'CLOSED'));
  }

  get line(): number {
    return this.statements.length;
  }

  segment(
    from: string,
    to: string,
    flags: string,
    options: {
      seq?: number;
      ack?: number;
      len?: number;
      label?: string;
      fate?: SegmentFate;
      dup?: boolean;
      name?: string;
      after?: Partial<Record<string, TcpState>>;
      severity?: 'error' | 'warning';
    } = {},
  ): this {
    const line = this.line;
    const tokens = flags.split(/[,+ ]+/).filter((t) => t !== '');
    const at = range(line, 0, line, 1);
    const arrowKind = options.fate === 'lost' ? '-x' : options.fate === 'in-flight' ? '~>' : '->';
    this.statements.push({
      kind: 'segment',
      range: at,
      line,
      dup: options.dup ? at : undefined,
      from: { text: from, range: at },
      arrow: { kind: arrowKind, range: at },
      to: { text: to, range: at },
      fromName: from,
      toName: to,
      arrowKind,
      flags: tokens.map((text) => ({ text, flag: parseFlagName(text), range: at })),
      fields: [],
      writtenFlagBits: tokens.reduce((bits, text) => { const flag = parseFlagName(text); return flag === undefined ? bits : bits | FLAG_BIT[flag]; }, 0),
      givenFields: () => ({ seq: undefined, ack: undefined, len: undefined, win: undefined, wscale: undefined, rangeOf: () => at }),
      label: options.label === undefined ? undefined : { value: options.label, range: at },
      alias: options.name === undefined ? undefined : { text: options.name, range: at },
    });
    const known = tokens.map(parseFlagName).filter((f): f is TcpFlag => f !== undefined);
    return this.event(
      {
        kind: 'segment',
        from,
        to,
        dup: options.dup ?? false,
        fate: options.fate ?? 'arrived',
        wire: wire(known, options.seq ?? 0, options.ack, options.len ?? 0),
        label: options.label,
        name: options.name,
        arrival: undefined,
      },
      options.after ?? {},
      options.severity,
    );
  }

  deliver(
    sent: { line: number; from: string; to: string; flags: string; seq?: number; ack?: number; label?: string } | undefined,
    options: { name?: string; after?: Partial<Record<string, TcpState>>; severity?: 'error' | 'warning' } = {},
  ): this {
    const line = this.line;
    const at = range(line, 0, line, 7);
    this.statements.push({
      kind: 'deliver',
      range: at,
      line,
      keywordRange: at,
      name: options.name === undefined ? undefined : { text: options.name, range: at },
    });
    const delivered =
      sent === undefined
        ? undefined
        : {
            sentLine: sent.line,
            from: sent.from,
            to: sent.to,
            dup: false,
            wire: wire(sent.flags.split(',').map((f) => parseFlagName(f)!), sent.seq ?? 0, sent.ack, 0),
            label: sent.label,
            name: options.name,
          };
    return this.event({ kind: 'deliver', delivered, arrival: undefined }, options.after ?? {}, options.severity);
  }

  action(
    host: string,
    action: string,
    options: { after?: Partial<Record<string, TcpState>>; severity?: 'error' | 'warning' } = {},
  ): this {
    const line = this.line;
    const at = range(line, 0, line, host.length);
    const known = (['listen', 'connect', 'close', 'abort', 'timeout', 'reboot'] as const).find((a) => a === action) as ActionName | undefined;
    this.statements.push({ kind: 'action', range: at, line, host: { text: host, range: at }, action: known, actionText: action, actionRange: at });
    return this.event({ kind: 'action', host, action: known, emits: undefined }, options.after ?? {}, options.severity);
  }

  note(host: string | undefined, text: string, options: { severity?: 'error' | 'warning' } = {}): this {
    const line = this.line;
    const at = range(line, 0, line, 4);
    this.statements.push({
      kind: 'note',
      range: at,
      line,
      keywordRange: at,
      host: host === undefined ? undefined : { text: host, range: at },
      text: { value: text, range: at },
    });
    if (options.severity) {
      this.diagnostics.push(diagnostic(options.severity === 'error' ? 'unknown-host' : 'duplicate-flag', at, 'test.note'));
    }
    return this;
  }

  /** `expect host state`, with the mismatch the replay would report. */
  expect(host: string, state: TcpState): this {
    const line = this.line;
    const at = range(line, 7, line, 7 + state.length);
    this.statements.push({
      kind: 'expect',
      range: at,
      line,
      keywordRange: at,
      clauses: [{ host: { text: host, range: at }, state, stateText: state, stateRange: at, range: at }],
    });
    const actual = this.states[host];
    if (actual !== undefined && actual !== state) {
      this.diagnostics.push(diagnostic('expect-mismatch', at, 'expect.mismatch', { host, expected: state, actual }));
    }
    return this;
  }

  /** A diagnostic on the last line that the replay did not count as the step's own (from the parser or the host binding). */
  reported(severity: 'error' | 'warning' | 'hint'): this {
    const line = this.statements.length - 1;
    const code = severity === 'error' ? 'third-host' : severity === 'warning' ? 'duplicate-flag' : 'zero-isn';
    this.diagnostics.push(diagnostic(code, range(line, 0, line, 1), 'test.reported'));
    return this;
  }

  /** A comment or blank line: a line with no statement. */
  blank(): this {
    const line = this.line;
    this.statements.push({ kind: 'title', range: range(line, 0, line, 0), line, keywordRange: range(line, 0, line, 0), text: undefined });
    return this;
  }

  build(): DiagramInput {
    return {
      script: { statements: this.statements, comments: [], lineCount: this.statements.length },
      title: this.title,
      hosts: this.hosts,
      steps: this.steps,
      diagnostics: this.diagnostics,
    };
  }

  private event(detail: StepDetail, after: Partial<Record<string, TcpState>>, severity: 'error' | 'warning' | undefined): this {
    const before = { ...this.states };
    Object.assign(this.states, after);
    this.steps.push({
      line: this.statements.length - 1,
      statementIndex: this.statements.length - 1,
      detail,
      before,
      states: { ...this.states },
      transitions: [],
      owes: {},
      variables: {},
      severity,
    });
    if (severity) {
      const at = range(this.statements.length - 1, 0, this.statements.length - 1, 1);
      this.diagnostics.push(diagnostic(severity === 'error' ? 'illegal-send' : 'unacceptable-segment', at, 'test.step'));
    }
    return this;
  }
}

export function wire(flags: readonly TcpFlag[], seq: number, ack: number | undefined, len: number): WireSegment {
  return {
    flags,
    seq,
    ack: flags.includes('ACK') ? ack ?? 0 : undefined,
    len,
    win: 65535,
    computed: { seq: false, ack: false },
    impliedAck: false,
    keepAlive: false,
  };
}
