import { LineMarks } from '../diagram/marks';
import type { Lang } from '../messages/lang';
import type { Analysis, SegmentStep, Step } from '../model';
import { TCP_STATES } from '../tcp/states';
import { Labels } from './labels';
import type { TimelineNote } from './notes';
import type { TextFont, TextMeasure } from './measure';
import { timeSlots } from './rows';
import type { HostColumn, Mark, Point, Shape, TextShape, TimelineLayout } from './shapes';
import { phaseOf } from './phase';
import { Timers } from './timers';

/**
 * What the timeline is drawn from: serialisable, so the webview can lay out
 * what the extension posts. `notes` (from `notesOf`) are the script's notes,
 * which the analysis keeps only in its syntax tree; without them none is drawn.
 */
export type TimelineInput = Pick<Analysis, 'title' | 'hosts' | 'steps' | 'diagnostics'> & { readonly notes?: readonly TimelineNote[] };

export interface LayoutOptions {
  readonly showSeq: boolean;
  readonly lang: Lang;
  readonly measure: TextMeasure;
}

/** Margins and spacing, in CSS px. */
const PAD = 16;
/** The height of one time slot: a label line above the arrow, the arrow's fall, and air. */
const SLOT = 40;
/** How far a `->` falls while it crosses, so its direction reads at a glance. */
const SLANT = 12;
const MIN_GAP = 280;
/** Between a centred label and each lifeline; an anchored label starts ANCHOR from its sender. */
const LABEL_CLEAR = 28;
const ANCHOR = 14;
/** States stand clear of the timer brackets between them and the lifeline. */
export const STATE_OFFSET = 13;
const ACTION_OFFSET = 12;
/** Where along the way a lost segment's ✕ is, and where an old duplicate's arrow starts. */
const LOSS_AT = 0.6;
const DUP_FROM = 0.3;
const HOST_FONT_SCALE = 13 / 12;
const TITLE_FONT_SCALE = 14 / 12;

/**
 * Lays the story out as RFC 9293's figures draw it: time runs down, one
 * lifeline per host (in `hosts` order, the first on the left), each event in
 * its own slot. One pass measures and one draws, so the work is linear in
 * the number of events.
 */
export function layoutTimeline(input: TimelineInput, options: LayoutOptions): TimelineLayout {
  const { measure } = options;
  const labels = new Labels(options.lang, options.showSeq);
  const marks = new LineMarks(input.diagnostics);
  const { rows, deliveredAt } = timeSlots(input.steps, input.diagnostics, input.notes ?? []);
  const hosts = input.hosts.slice(0, 2);
  const sideOf = new Map(hosts.map((host, index) => [host.name, index] as const));

  // Pass 1: every slot's text, and how far apart the lifelines must be for the widest.
  const texts: string[] = new Array<string>(rows.length);
  const rowMarks: (Mark | undefined)[] = new Array<Mark | undefined>(rows.length);
  let gap = MIN_GAP;
  rows.forEach((row, slot) => {
    if (row.kind === 'expect') {
      texts[slot] = labels.ofFailedExpect(row.diagnostic);
      rowMarks[slot] = 'error';
      gap = Math.max(gap, measure(texts[slot], 'label') + 2 * (LABEL_CLEAR + 8));
      return;
    }
    if (row.kind === 'note') {
      const mark = marks.on(row.note.line);
      rowMarks[slot] = mark;
      texts[slot] = mark === undefined ? row.note.text : markSymbol(mark) + row.note.text;
      gap = Math.max(gap, measure(texts[slot], 'label') + 2 * (LABEL_CLEAR + 8));
      return;
    }
    const { step } = row;
    const mark = step.severity === 'error' ? 'error' : marks.on(step.line) ?? step.severity;
    rowMarks[slot] = mark;
    let text = labels.ofStep(step, mark, isDrawable(step, sideOf));
    if (isStranded(step, deliveredAt)) {
      text = labels.stranded(text);
    }
    texts[slot] = text;
    const width = measure(text, 'label');
    const anchored = step.detail.kind === 'segment' && step.detail.fate === 'in-flight';
    const dupShare = step.detail.kind === 'segment' && step.detail.dup ? 1 - DUP_FROM : 1;
    gap = Math.max(gap, anchored ? (width + ANCHOR + LABEL_CLEAR) / dupShare : width / dupShare + 2 * LABEL_CLEAR + 16);
  });

  // Columns: step numbers, the left host's states, the lifelines, the right host's states.
  const stateWidth = Math.max(...TCP_STATES.map((s) => measure(s, 'state')));
  const stepWidth = measure(`✗ ${input.steps.length}`, 'small');
  const stepRight = PAD + stepWidth;
  const hostWidth = (index: number): number => {
    const host = hosts[index];
    return host === undefined ? 0 : measure(host.label.trim() || host.name, 'state') * HOST_FONT_SCALE;
  };
  const leftX = Math.max(stepRight + 8 + stateWidth + STATE_OFFSET, PAD + hostWidth(0) / 2);
  const rightX = leftX + gap;
  const title = input.title?.trim() ? input.title.trim() : undefined;
  const problems = labels.problems(input.diagnostics);
  const width = Math.ceil(
    Math.max(
      rightX + STATE_OFFSET + stateWidth + PAD,
      rightX + hostWidth(1) / 2 + PAD,
      title === undefined ? 0 : measure(title, 'state') * TITLE_FONT_SCALE + 2 * PAD,
      problems === undefined ? 0 : measure(problems, 'label') + 2 * PAD,
    ),
  );

  // Rows from the top: title, problems, host names, initial states, then the slots.
  let top = PAD;
  const titleShape = title === undefined ? undefined : text(width / 2, top + 15, title, 'state', 'middle');
  if (title !== undefined) {
    top += 28;
  }
  const problemsShape = problems === undefined ? undefined : text(PAD, top + 13, problems, 'label', 'start');
  if (problems !== undefined) {
    top += 24;
  }
  const hostLabelY = top + 14;
  const lifelineTop = top + 24;
  const initialStateY = lifelineTop + 18;
  const firstSlotY = lifelineTop + 56;
  const slotY = (slot: number): number => firstSlotY + slot * SLOT;
  const lifelineBottom = firstSlotY + Math.max(rows.length, 1) * SLOT - 12;

  const first = input.steps[0];
  const columns: HostColumn[] = hosts.map((host, index) => ({
    name: host.name,
    label: host.label.trim() || host.name,
    x: index === 0 ? leftX : rightX,
    initial: first?.before[host.name],
    outside: index === 0 ? -1 : 1,
  }));
  const columnOf = new Map(columns.map((c) => [c.name, c] as const));
  const middle = (leftX + rightX) / 2;

  // Pass 2: the shapes, slot by slot.
  const shapes: Shape[] = [];
  const timers = new Timers(labels, shapes);
  const inFlight = new Map<number, { from: Point; to: Point }>();

  /** A note over both lifelines, or beside one host (on the side facing the other). */
  const note = (slot: number, words: string, line: number, host?: HostColumn): void => {
    const y = slotY(slot);
    const width = measure(words, 'label') + 16;
    const left = host === undefined ? middle - width / 2 : host.outside < 0 ? host.x + ACTION_OFFSET : host.x - ACTION_OFFSET - width;
    shapes.push({
      kind: 'note',
      line,
      slot,
      box: { x: left, y: y - 11, width, height: 20 },
      text: text(left + width / 2, y + 4, words, 'label', 'middle'),
      mark: rowMarks[slot],
    });
  };

  rows.forEach((row, slot) => {
    const y = slotY(slot);
    const mark = rowMarks[slot];
    const words = texts[slot]!;
    if (row.kind === 'expect') {
      shapes.push(stepShape(row.diagnostic.range.start.line, slot, '✗', 'error'));
      note(slot, words, row.diagnostic.range.start.line);
      return;
    }
    if (row.kind === 'note') {
      note(slot, words, row.note.line, row.note.host === undefined ? undefined : columnOf.get(row.note.host));
      return;
    }
    const { step, index } = row;
    shapes.push(stepShape(step.line, slot, `${mark === undefined ? '' : markSymbol(mark)}${index + 1}`, mark));
    // Where the step touches each lifeline: a receiver is touched where its segment arrives.
    let arrivalHost: string | undefined;
    let arrivalY = y;
    const detail = step.detail;
    const flight = detail.kind === 'deliver' && detail.delivered ? inFlight.get(detail.delivered.sentLine) : undefined;
    if (!isDrawable(step, sideOf) || (detail.kind === 'deliver' && flight === undefined)) {
      note(slot, words, step.line);
    } else if (detail.kind === 'segment') {
      const from = columnOf.get(detail.from)!;
      const to = columnOf.get(detail.to)!;
      const direction = Math.sign(to.x - from.x);
      const start: Point = { x: detail.dup ? from.x + DUP_FROM * (to.x - from.x) : from.x, y };
      const delivered = deliveredAt.get(step.line);
      let end: Point;
      let label: TextShape;
      if (detail.fate === 'in-flight') {
        end = delivered === undefined ? { x: (start.x + to.x) / 2, y: lifelineBottom } : { x: to.x, y: slotY(delivered) + SLANT };
        label = text(start.x + direction * ANCHOR, y - 6, words, 'label', direction > 0 ? 'start' : 'end');
        inFlight.set(step.line, { from: start, to: end });
      } else {
        const share = detail.fate === 'lost' ? LOSS_AT : 1;
        end = { x: start.x + share * (to.x - start.x), y: y + share * SLANT };
        label = text((start.x + to.x) / 2, y - 6, words, 'label', 'middle');
        if (detail.fate === 'arrived') {
          arrivalHost = detail.to;
          arrivalY = end.y;
        }
      }
      shapes.push({
        kind: 'segment',
        line: step.line,
        slot,
        lost: detail.fate === 'lost',
        dup: detail.dup,
        stranded: detail.fate === 'in-flight' && delivered === undefined,
        from: start,
        to: end,
        head: detail.fate === 'arrived',
        label,
        mark,
      });
      if (!detail.dup) {
        const unacknowledged = index > 0 ? input.steps[index - 1]!.variables[from.name]?.SND_UNA : undefined;
        timers.sent(from.name, detail.wire, unacknowledged, { line: step.line, slot, y }, from.x, from.outside);
      }
    } else if (detail.kind === 'deliver' && flight !== undefined) {
      shapes.push({ kind: 'delivery', line: step.line, slot, from: flight.from, to: flight.to, mark });
      arrivalHost = detail.delivered!.to;
      arrivalY = flight.to.y;
    } else if (detail.kind === 'action') {
      const column = columnOf.get(detail.host)!;
      const inward = -column.outside;
      shapes.push({
        kind: 'action',
        line: step.line,
        slot,
        host: column.name,
        at: { x: column.x, y },
        text: text(column.x + inward * ACTION_OFFSET, y + 4, words, 'small', inward > 0 ? 'start' : 'end'),
        mark,
      });
    }
    for (const column of columns) {
      const after = step.states[column.name];
      const before = step.before[column.name];
      if (after === undefined || (after === before && !step.transitions.some((t) => t.host === column.name))) {
        continue;
      }
      const at = column.name === arrivalHost ? arrivalY : y;
      shapes.push({
        kind: 'state',
        line: step.line,
        slot,
        host: column.name,
        state: after,
        phase: phaseOf(after),
        text: text(column.x + column.outside * STATE_OFFSET, at + 4, after, 'state', column.outside < 0 ? 'end' : 'start'),
      });
      timers.stateChanged(column, before, after, { line: step.line, slot, y: at });
    }
  });
  timers.finish(lifelineBottom);

  return {
    width,
    height: Math.ceil(lifelineBottom + PAD),
    title: titleShape,
    problems: problemsShape,
    hosts: columns,
    hostLabelY,
    initialStateY,
    lifelineTop,
    lifelineBottom,
    shapes,
  };

  function stepShape(line: number, slot: number, words: string, mark: Mark | undefined): Shape {
    const y = slotY(slot);
    return { kind: 'step', line, slot, text: text(stepRight, y + 4, words, 'small', 'end'), mark, band: { top: y - 22, height: SLOT } };
  }
}

function text(x: number, y: number, words: string, font: TextFont, anchor: TextShape['anchor']): TextShape {
  return { x, y, text: words, font, anchor };
}

function markSymbol(mark: Mark): string {
  return mark === 'error' ? '✗ ' : '⚠ ';
}

/** Whether a step can be drawn on the lifelines: a segment between two distinct hosts with some flag, a delivery of a segment that was drawn, an action of a known host. */
function isDrawable(step: Step, sideOf: ReadonlyMap<string, number>): boolean {
  const detail = step.detail;
  switch (detail.kind) {
    case 'segment':
      return isDrawnSegment(detail, sideOf);
    case 'deliver':
      return detail.delivered !== undefined && sideOf.has(detail.delivered.from) && sideOf.has(detail.delivered.to) && detail.delivered.from !== detail.delivered.to && detail.delivered.wire.flags.length > 0;
    case 'action':
      return sideOf.has(detail.host);
  }
}

function isDrawnSegment(detail: SegmentStep, sideOf: ReadonlyMap<string, number>): boolean {
  return detail.wire.flags.length > 0 && detail.from !== detail.to && sideOf.has(detail.from) && sideOf.has(detail.to);
}

function isStranded(step: Step, deliveredAt: ReadonlyMap<number, number>): boolean {
  return step.detail.kind === 'segment' && step.detail.fate === 'in-flight' && !deliveredAt.has(step.line);
}

