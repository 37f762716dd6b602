import type { Diagnostic } from '../diagnostics';
import { localize, type Lang, type MessageArgs } from '../messages';
import type { ActionStep, DeliverStep, Diagram, HostInfo, SegmentStep, Step } from '../model';
import { runToEnd, sliceEnds, type Sliced } from '../slices';
import type { ExpectStatement, NoteStatement, Script, Statement } from '../syntax/ast';
import { Lifelines, NETWORK } from './lifelines';
import { LineMarks } from './marks';
import { segmentText } from './segmentText';
import { MARK_PREFIX, MermaidWriter, type Mark } from './writer';

export interface DiagramInput {
  readonly script: Script;
  readonly title: string | undefined;
  readonly hosts: readonly HostInfo[];
  readonly steps: readonly Step[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface DiagramOptions {
  /** Show seq= and ack= on the arrows. */
  readonly showSeq: boolean;
  /** Language of the words the diagram writes itself. */
  readonly lang: Lang;
}

/**
 * The story as a Mermaid sequence diagram, drawn the way RFC 9293's figures
 * are: a lifeline per host, an arrow per segment, and each host's state
 * written beside it whenever it changes (left of the left host, right of the
 * right host). Segments that wait in the network (`~>`, and old duplicates
 * that come out of it) go through a Network lifeline between the hosts.
 * Steps with an error or a warning are tinted and their text marked.
 * Everything is read from the replay; nothing about TCP is decided here.
 */
export function toMermaid(input: DiagramInput, options: DiagramOptions): Diagram {
  return runToEnd(toMermaidInSlices(input, options));
}

/** `toMermaid`, yielding between slices of statements (see slices.ts). */
export function toMermaidInSlices(input: DiagramInput, options: DiagramOptions): Sliced<Diagram> {
  return new DiagramBuilder(input, options).build();
}

class DiagramBuilder {
  private readonly writer = new MermaidWriter();
  private readonly lifelines: Lifelines;
  private readonly marks: LineMarks;

  constructor(
    private readonly input: DiagramInput,
    private readonly options: DiagramOptions,
  ) {
    this.lifelines = new Lifelines(input.hosts);
    this.marks = new LineMarks(input.diagnostics);
  }

  *build(): Sliced<Diagram> {
    const { input } = this;
    if (input.title !== undefined) {
      this.writer.title(input.title);
    }
    const network = input.steps.some((step) => this.lifelines.usesNetwork(step));
    this.lifelines.declare(this.writer, network ? this.say('diagram.network') : undefined);
    this.drawInitialStates();

    // Statements and steps in source order: notes and expectations are not steps.
    const { statements } = input.script;
    const { steps } = input;
    let next = 0;
    for (let index = 0; index < statements.length; index++) {
      if (sliceEnds(index)) {
        yield;
      }
      while (next < steps.length && steps[next]!.statementIndex < index) {
        this.drawStep(steps[next++]!);
      }
      this.drawStatement(statements[index]!);
    }
    while (next < steps.length) {
      this.drawStep(steps[next++]!);
    }
    return this.writer.finish();
  }

  private drawInitialStates(): void {
    const first = this.input.steps[0];
    if (first === undefined) {
      return;
    }
    for (const host of this.input.hosts) {
      const state = first.before[host.name];
      if (state !== undefined) {
        this.writer.note(this.lifelines.beside(host.name)!, state, first.line);
      }
    }
  }

  private drawStatement(statement: Statement): void {
    if (statement.kind === 'note') {
      this.drawNote(statement);
    } else if (statement.kind === 'expect') {
      this.drawFailedExpectations(statement);
    }
  }

  /** `note A "text"` beside A; `note "text"` (or a note on a host that does not exist) over both. */
  private drawNote(statement: NoteStatement): void {
    if (statement.text === undefined) {
      return;
    }
    const placement = (statement.host && this.lifelines.beside(statement.host.text)) ?? this.lifelines.overAll();
    if (placement === undefined) {
      return;
    }
    const mark = this.marks.on(statement.line);
    this.writer.beginMark(mark);
    this.writer.note(placement, marked(mark, statement.text.value), statement.line);
    this.writer.endMark();
  }

  /** An `expect` that holds draws nothing; one that does not is marked where it was written. */
  private drawFailedExpectations(statement: ExpectStatement): void {
    const mismatches = this.marks.failedExpectations(statement.line);
    if (mismatches.length === 0) {
      return;
    }
    this.writer.beginMark('error');
    for (const mismatch of mismatches) {
      const { host, expected, actual } = mismatch.message.args;
      const placement = (host === undefined ? undefined : this.lifelines.beside(String(host))) ?? this.lifelines.overAll();
      if (placement !== undefined) {
        const text = this.say('diagram.expectFailed', { expected: expected ?? '', actual: actual ?? '' });
        this.writer.note(placement, marked('error', text), statement.line);
      }
    }
    this.writer.endMark();
  }

  private drawStep(step: Step): void {
    // The replay's own verdict, or what the parser and the host binding reported on the line.
    const mark = step.severity === 'error' ? 'error' : this.marks.on(step.line) ?? step.severity;
    this.writer.beginMark(mark);
    let shown: string | undefined;
    switch (step.detail.kind) {
      case 'segment':
        this.drawSegment(step, step.detail, mark);
        break;
      case 'deliver':
        this.drawDeliver(step, step.detail, mark);
        break;
      case 'action':
        shown = this.drawAction(step, step.detail, mark);
        break;
    }
    this.drawStateChanges(step, shown);
    this.writer.endMark();
  }

  private drawSegment(step: Step, segment: SegmentStep, mark: Mark | undefined): void {
    const from = this.lifelines.idOf(segment.from);
    const to = this.lifelines.idOf(segment.to);
    if (from === undefined || to === undefined || from === to || segment.wire.flags.length === 0) {
      this.drawUnreadable(step, mark);
      return;
    }
    const text = segmentText(segment.wire, segment.label, this.options.showSeq);
    if (segment.dup) {
      // RFC 9293 Figure 8: "(duplicate) ... <SEQ=90><CTL=SYN> -->": it comes out of the network,
      // or is lost there, or stays there (drawn on the Network's own lifeline) until `deliver`.
      const duplicate = this.say('diagram.duplicate', { segment: text });
      if (segment.fate === 'arrived') {
        this.writer.message(NETWORK, 'arrive', to, marked(mark, duplicate), step.line);
      } else if (segment.fate === 'lost') {
        this.writer.message(NETWORK, 'lost', to, marked(mark, this.say('diagram.lost', { segment: duplicate })), step.line);
      } else {
        this.writer.message(NETWORK, 'toNetwork', NETWORK, marked(mark, duplicate), step.line);
      }
    } else if (segment.fate === 'arrived') {
      this.writer.message(from, 'arrive', to, marked(mark, text), step.line);
    } else if (segment.fate === 'lost') {
      this.writer.message(from, 'lost', to, marked(mark, this.say('diagram.lost', { segment: text })), step.line);
    } else {
      this.writer.message(from, 'toNetwork', NETWORK, marked(mark, text), step.line);
    }
  }

  private drawDeliver(step: Step, deliver: DeliverStep, mark: Mark | undefined): void {
    const delivered = deliver.delivered;
    const to = delivered && this.lifelines.idOf(delivered.to);
    if (delivered === undefined || to === undefined) {
      const statement = this.statementOf(step);
      const name = statement?.kind === 'deliver' ? statement.name?.text : undefined;
      const text = name === undefined ? this.say('diagram.deliver.nothing') : this.say('diagram.deliver.unknown', { name });
      const placement = this.lifelines.overAll();
      if (placement !== undefined) {
        this.writer.note(placement, marked(mark, text), step.line);
      }
      return;
    }
    const segment = segmentText(delivered.wire, delivered.label, this.options.showSeq);
    const text = delivered.dup ? this.say('diagram.duplicate', { segment }) : segment;
    this.writer.message(NETWORK, 'arrive', to, marked(mark, text), step.line);
  }

  /** Draws the action beside its host; returns the host whose new state the note already shows. */
  private drawAction(step: Step, action: ActionStep, mark: Mark | undefined): string | undefined {
    const statement = this.statementOf(step);
    const written = statement?.kind === 'action' ? statement.actionText : action.action ?? '';
    const name = action.action !== undefined ? this.say(`diagram.action.${action.action}`) : written;
    const placement = this.lifelines.beside(action.host);
    if (placement === undefined) {
      const everywhere = this.lifelines.overAll();
      if (everywhere !== undefined) {
        this.writer.note(everywhere, marked(mark, `${action.host}: ${written}`), step.line);
      }
      return undefined;
    }
    const before = step.before[action.host];
    const after = step.states[action.host];
    const changed = after !== undefined && after !== before;
    const text = changed ? this.say('diagram.actionTo', { action: name, state: after }) : name;
    this.writer.note(placement, marked(mark, text), step.line);
    return changed ? action.host : undefined;
  }

  /** A segment the replay could not send (no flags, an unknown host, a host sending to itself): shown as written. */
  private drawUnreadable(step: Step, mark: Mark | undefined): void {
    const statement = this.statementOf(step);
    const detail = step.detail as SegmentStep;
    let text = `${detail.from} -> ${detail.to}`;
    if (statement?.kind === 'segment') {
      const flags = statement.flags.map((f) => f.text).join(',');
      text = `${statement.dup ? 'dup ' : ''}${statement.from?.text ?? ''} ${statement.arrow?.kind ?? ''} ${statement.to?.text ?? ''}: ${flags}`;
    }
    const placement = this.lifelines.beside(detail.from) ?? this.lifelines.beside(detail.to) ?? this.lifelines.overAll();
    if (placement !== undefined) {
      this.writer.note(placement, marked(mark, text), step.line);
    }
  }

  /** The new state of every host whose state the step changed, as the RFC prints it at the line's ends. */
  private drawStateChanges(step: Step, alreadyShown: string | undefined): void {
    for (const host of this.input.hosts) {
      const after = step.states[host.name];
      if (host.name !== alreadyShown && after !== undefined && after !== step.before[host.name]) {
        this.writer.note(this.lifelines.beside(host.name)!, after, step.line);
      }
    }
  }

  private statementOf(step: Step): Statement | undefined {
    return this.input.script.statements[step.statementIndex];
  }

  private say(id: string, args: MessageArgs = {}): string {
    return localize({ id, args }, this.options.lang);
  }
}

function marked(mark: Mark | undefined, text: string): string {
  return mark === undefined ? text : MARK_PREFIX[mark] + text;
}
