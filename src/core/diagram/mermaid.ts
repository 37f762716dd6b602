import type { Diagnostic } from '../diagnostics';
import { localize, type Lang, type MessageArgs } from '../messages';
import type { ActionStep, DeliverStep, Diagram, HostInfo, SegmentStep, Step } from '../model';
import { runToEnd, sliceEnds, type Sliced } from '../slices';
import type { ExpectStatement, NoteStatement, Script, Statement } from '../syntax/ast';
import type { MermaidText } from './escape';
import { Lifelines, NETWORK } from './lifelines';
import { LineMarks } from './marks';
import { segmentText, writeMermaidSegmentText } from './segmentText';
import { writeStateRow, type StateText } from './stateRow';
import { MARK_PREFIX, MermaidWriter, type ArrowKind, type Mark } from './writer';

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
 * are: a lifeline per host, an arrow per segment, and the states an event
 * changed in one row under its arrow (see stateRow.ts). Segments that wait in
 * the network (`~>`, and old duplicates that come out of it) go through a
 * Network lifeline between the hosts, which begins with the first of them
 * (a box over it there) and ends with the last.
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
  /** The first step that goes through the Network: its lifeline begins there. */
  private firstNetworkStep: Step | undefined;
  /** The step after which nothing goes through the Network: its lifeline ends there. */
  private lastNetworkStep: Step | undefined;

  constructor(
    private readonly input: DiagramInput,
    private readonly options: DiagramOptions,
  ) {
    this.lifelines = new Lifelines(input.hosts);
    this.marks = new LineMarks();
  }

  *build(): Sliced<Diagram> {
    const { input } = this;
    for (let index = 0; index < input.diagnostics.length; index++) {
      if (sliceEnds(index)) {
        yield;
      }
      this.marks.add(input.diagnostics[index]!);
    }
    if (input.title !== undefined) {
      this.writer.title(input.title);
    }
    for (let index = 0; index < input.steps.length; index++) {
      if (sliceEnds(index)) {
        yield;
      }
      const step = input.steps[index]!;
      if (this.lifelines.usesNetwork(step)) {
        this.firstNetworkStep ??= step;
        this.lastNetworkStep = step;
      }
    }
    this.lifelines.declare(this.writer, this.lastNetworkStep ? this.say('diagram.network') : undefined);
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

  /**
   * The states before the first event, in a row of their own; when that event
   * is a user call (no arrow), they share its row, as Figure 6's line 1 prints
   * `CLOSED  LISTEN`.
   */
  private drawInitialStates(): void {
    const first = this.input.steps[0];
    if (first === undefined || first.detail.kind === 'action') {
      return;
    }
    const ends: StateText[] = [];
    for (const host of this.input.hosts) {
      const state = first.before[host.name];
      if (state !== undefined) {
        ends.push({ host: host.name, text: state, state });
      }
    }
    writeStateRow(this.writer, this.lifelines, this.input.hosts, ends, first.line);
  }

  /** The states of the hosts other than `except` that `step` leaves as they were. */
  private unchangedStates(step: Step, except: string): StateText[] {
    const ends: StateText[] = [];
    for (const host of this.input.hosts) {
      const state = step.before[host.name];
      if (host.name !== except && state !== undefined && state === step.states[host.name]) {
        ends.push({ host: host.name, text: state, state });
      }
    }
    return ends;
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
    if (step === this.firstNetworkStep) {
      this.writer.lifelineStart(NETWORK, this.say('diagram.network'), step.line);
    }
    // The replay's own verdict, or what the parser and the host binding reported on the line.
    const mark = step.severity === 'error' ? 'error' : this.marks.on(step.line) ?? step.severity;
    this.writer.beginMark(mark);
    let action: StateText | undefined;
    switch (step.detail.kind) {
      case 'segment':
        this.drawSegment(step, step.detail, mark);
        break;
      case 'deliver':
        this.drawDeliver(step, step.detail, mark);
        break;
      case 'action':
        action = this.drawAction(step, step.detail, mark);
        break;
    }
    this.drawStateChanges(step, action);
    this.writer.endMark();
  }

  /** Ends the Network's lifeline at this step's arrow when nothing goes through it afterwards. */
  private endNetworkAt(step: Step): void {
    if (step === this.lastNetworkStep) {
      this.writer.destroy(NETWORK);
    }
  }

  private drawSegment(step: Step, segment: SegmentStep, mark: Mark | undefined): void {
    const from = this.lifelines.idOf(segment.from);
    const to = this.lifelines.idOf(segment.to);
    if (from === undefined || to === undefined || from === to || segment.wire.flags.length === 0) {
      this.drawUnreadable(step, mark);
      return;
    }
    if (segment.dup) {
      // RFC 9293 Figure 8: "(duplicate) ... <SEQ=90><CTL=SYN> -->": it comes out of the network,
      // or is lost there, or stays there (drawn on the Network's own lifeline) until `deliver`.
      const duplicate = this.say('diagram.duplicate', { segment: this.segmentText(segment) });
      this.endNetworkAt(step);
      if (segment.fate === 'arrived') {
        this.writer.message(NETWORK, 'arrive', to, marked(mark, duplicate), step.line);
      } else if (segment.fate === 'lost') {
        this.writer.message(NETWORK, 'lost', to, marked(mark, this.say('diagram.lost', { segment: duplicate })), step.line);
      } else {
        this.writer.message(NETWORK, 'toNetwork', NETWORK, marked(mark, duplicate), step.line);
      }
    } else if (segment.fate === 'arrived') {
      this.drawSegmentArrow(from, 'arrive', to, segment, mark, step.line);
    } else if (segment.fate === 'lost') {
      this.writer.message(from, 'lost', to, marked(mark, this.say('diagram.lost', { segment: this.segmentText(segment) })), step.line);
    } else {
      this.endNetworkAt(step);
      this.drawSegmentArrow(from, 'toNetwork', NETWORK, segment, mark, step.line);
    }
  }

  /** An arrow with the segment's text alone, as most lines of a long story have: it is escaped as it is spelt, into the diagram. */
  private drawSegmentArrow(from: string, arrow: ArrowKind, to: string, segment: SegmentStep, mark: Mark | undefined, line: number): void {
    const { writer } = this;
    writer.beginArrow(from, arrow, to);
    if (mark !== undefined) {
      writer.write(MARK_PREFIX[mark] as MermaidText);
    }
    writeMermaidSegmentText(writer, segment.wire, segment.label, this.options.showSeq);
    writer.endArrow(line);
  }

  private segmentText(segment: SegmentStep): string {
    return segmentText(segment.wire, segment.label, this.options.showSeq);
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
    this.endNetworkAt(step);
    this.writer.message(NETWORK, 'arrive', to, marked(mark, text), step.line);
  }

  /** The action's end of its state row (`close → FIN-WAIT-1`), or drawn over both hosts when its host is unknown. */
  private drawAction(step: Step, action: ActionStep, mark: Mark | undefined): StateText | undefined {
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
    return { host: action.host, text: marked(mark, text), state: after };
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

  /** The new state of every host whose state the step changed, as the RFC prints it at the line's ends: one row. */
  private drawStateChanges(step: Step, action: StateText | undefined): void {
    const { states, before } = step;
    if (action === undefined && states === before) {
      // Most steps of a long story change no state: the replay hands them one record for both.
      return;
    }
    // A step with records of its own may still change no host's state: then it makes no list at all.
    let ends: StateText[] | undefined = action === undefined ? undefined : [action];
    if (step === this.input.steps[0] && action !== undefined) {
      ends!.push(...this.unchangedStates(step, action.host));
    }
    for (const host of this.input.hosts) {
      const after = states[host.name];
      if (host.name !== action?.host && after !== undefined && after !== before[host.name]) {
        (ends ??= []).push({ host: host.name, text: after, state: after });
      }
    }
    if (ends !== undefined) {
      writeStateRow(this.writer, this.lifelines, this.input.hosts, ends, step.line);
    }
  }

  private statementOf(step: Step): Statement | undefined {
    return this.input.script.statements[step.statementIndex];
  }

  private say(id: string, args: MessageArgs = {}): string {
    return localize({ id, args }, this.options.lang);
  }
}

/** The text after its mark, if any: a symbol and a space, which need no escape, so Mermaid text stays Mermaid text. */
function marked<Text extends string>(mark: Mark | undefined, text: Text): Text {
  return mark === undefined ? text : (`${MARK_PREFIX[mark]}${text}` as Text);
}
