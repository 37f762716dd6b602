import type { Lang } from '../messages/lang';
import { stateDiagramText, type StateDiagramMessageId } from '../messages/stateDiagram';
import type { Analysis, Transition } from '../model';
import { FIGURE_5, type Figure5Transition } from '../tcp/figure5';
import { STATE_PHASES } from '../tcp/statePhase';
import { TCP_STATES, type TcpState } from '../tcp/states';

/** A line of the legend the view shows beside the drawing, with the class whose colours it explains. */
export interface LegendEntry {
  readonly text: string;
  /** `visited0`, `visited1`, `visitedBoth`, or empty for a line without a swatch. */
  readonly className: string;
}

/** How an arrow stands at the cursor line: the view styles its label by this, without changing its text. */
export interface EdgeMark {
  /** The label as drawn. */
  readonly label: string;
  /** A host took it in a step up to the cursor line. */
  readonly taken: boolean;
  /** A host takes it in the step at the cursor line. */
  readonly atCursor: boolean;
}

/** RFC 9293 Figure 5 as Mermaid text, with the path a script's hosts took through it. */
export interface Figure5Diagram {
  readonly text: string;
  readonly legend: readonly LegendEntry[];
  /** Every arrow, in the order of the text. */
  readonly edges: readonly EdgeMark[];
}

/** Each host's border (and both hosts'), distinct from the phase colours of the fills. */
const HOST_BORDER = ['#1f6feb', '#d9480f', '#8250df'] as const;

/** Mermaid ids cannot hold `-`: `SYN-SENT` is drawn from the id `SYN_SENT`. */
function id(state: TcpState): string {
  return state.replace(/-/g, '_');
}

function figureLabel(arrow: Figure5Transition, lang: Lang): string {
  const event = stateDiagramText(`stateDiagram.event.${arrow.event}`, lang);
  return arrow.send ? `${event} / ${stateDiagramText('stateDiagram.send', lang, { flags: arrow.send })}` : event;
}

const OTHER_EDGES: Readonly<Record<string, StateDiagramMessageId>> = {
  'transition.abort': 'stateDiagram.edge.abort',
  'transition.abortRst': 'stateDiagram.edge.abortRst',
  'transition.refused': 'stateDiagram.edge.refused',
  'transition.reset': 'stateDiagram.edge.reset',
  'transition.rstToListen': 'stateDiagram.edge.rstToListen',
  'transition.synToListen': 'stateDiagram.edge.synToListen',
  'transition.timeWaitRestart': 'stateDiagram.edge.timeWaitRestart',
  'transition.userTimeout': 'stateDiagram.edge.userTimeout',
  'transition.reboot': 'stateDiagram.edge.reboot',
};

interface Edge {
  readonly from: TcpState;
  readonly to: TcpState;
  readonly label: string;
  /** Hosts that take this arrow anywhere in the story. */
  readonly takenBy: Set<string>;
  /** Hosts that took it by the cursor line, and in the step at it. */
  readonly takenSoFar: Set<string>;
  readonly takenAtCursor: Set<string>;
}

/** Marks an arrow with the hosts that take it in the story. */
export const TAKEN_MARK = '✓';

/**
 * Draws Figure 5 from the engine's own table of it (src/core/tcp/figure5.ts), so the view and the
 * replay cannot disagree, and marks the path: each host's visited states (up to `cursorLine`,
 * 0-based; the start when undefined or before the first event) with a border in its colour, the
 * state each host is in there with a thick border, and every arrow a host takes in the story with
 * `✓ host`. Steps the figure does not draw (ABORT, a RST in a synchronized state, a reboot) are
 * added as arrows of their own when the story takes them.
 *
 * The text of every label depends on the whole story, never on the cursor, so the layout stays put
 * as the cursor moves; `edges` says which arrows were taken by the cursor line and which at it,
 * and the view styles those labels.
 */
export function figure5Diagram(analysis: Pick<Analysis, 'hosts' | 'steps'>, cursorLine: number | undefined, lang: Lang): Figure5Diagram {
  const hosts = analysis.hosts.map((h) => h.name);
  const steps = analysis.steps.filter((s) => cursorLine !== undefined && s.line <= cursorLine);
  const soFar = new Set(steps);
  const visited = new Map<TcpState, Set<number>>();
  const visit = (state: TcpState, host: number): void => {
    (visited.get(state) ?? visited.set(state, new Set()).get(state)!).add(host);
  };
  hosts.forEach((_, i) => visit('CLOSED', i));
  const edges: Edge[] = FIGURE_5.map((arrow) => ({
    from: arrow.from,
    to: arrow.to,
    label: figureLabel(arrow, lang),
    takenBy: new Set<string>(),
    takenSoFar: new Set<string>(),
    takenAtCursor: new Set<string>(),
  }));
  const last = steps[steps.length - 1];
  const take = (t: Transition, byCursor: boolean, atCursor: boolean): void => {
    if (t.from === t.to && t.reason.id !== 'transition.timeWaitRestart') {
      return;
    }
    const event = t.reason.id.startsWith('figure5.') ? t.reason.id.slice('figure5.'.length) : undefined;
    const figureArrow = event !== undefined ? FIGURE_5.find((a) => a.from === t.from && a.event === event) : undefined;
    const label = figureArrow ? figureLabel(figureArrow, lang) : stateDiagramText(OTHER_EDGES[t.reason.id] ?? 'stateDiagram.edge.other', lang);
    let edge = edges.find((e) => e.from === t.from && e.to === t.to && e.label === label);
    if (edge === undefined) {
      edge = { from: t.from, to: t.to, label, takenBy: new Set(), takenSoFar: new Set(), takenAtCursor: new Set() };
      edges.push(edge);
    }
    edge.takenBy.add(t.host);
    if (byCursor) {
      edge.takenSoFar.add(t.host);
    }
    if (atCursor) {
      edge.takenAtCursor.add(t.host);
    }
  };
  for (const step of analysis.steps) {
    const byCursor = soFar.has(step);
    for (const t of step.transitions) {
      take(t, byCursor, step === last);
    }
    if (byCursor) {
      hosts.forEach((host, i) => visit(step.states[host] ?? 'CLOSED', i));
    }
  }
  const current = new Map<TcpState, Set<number>>();
  hosts.forEach((host, i) => {
    const state = last?.states[host] ?? 'CLOSED';
    (current.get(state) ?? current.set(state, new Set()).get(state)!).add(i);
  });

  const lines = ['stateDiagram-v2'];
  for (const state of TCP_STATES) {
    lines.push(`  state "${state}" as ${id(state)}`);
  }
  lines.push(`  [*] --> ${id('CLOSED')}`);
  const marks: EdgeMark[] = [];
  for (const edge of edges) {
    const label = [edge.label, ...hosts.filter((h) => edge.takenBy.has(h)).map((h) => `${TAKEN_MARK} ${h}`)].join(' ');
    lines.push(`  ${id(edge.from)} --> ${id(edge.to)} : ${label}`);
    marks.push({ label, taken: edge.takenSoFar.size > 0, atCursor: edge.takenAtCursor.size > 0 });
  }
  // The fill says the state's phase (the view paints it in the theme's colours); the border, the host.
  lines.push(
    `  classDef visited0 stroke:${HOST_BORDER[0]},stroke-width:3px`,
    `  classDef visited1 stroke:${HOST_BORDER[1]},stroke-width:3px`,
    `  classDef visitedBoth stroke:${HOST_BORDER[2]},stroke-width:3px`,
    '  classDef current stroke-width:6px',
  );
  const byClass = new Map<string, TcpState[]>();
  for (const [state, who] of visited) {
    const className = who.size === 2 ? 'visitedBoth' : `visited${[...who][0]!}`;
    (byClass.get(className) ?? byClass.set(className, []).get(className)!).push(state);
  }
  for (const [className, states] of byClass) {
    lines.push(`  class ${states.map(id).join(',')} ${className}`);
  }
  if (current.size > 0) {
    lines.push(`  class ${[...current.keys()].map(id).join(',')} current`);
  }

  const legend: LegendEntry[] = hosts.map((host, i) => ({ text: stateDiagramText('stateDiagram.legend.host', lang, { host }), className: `visited${i}` }));
  if (hosts.length === 2) {
    legend.push({ text: stateDiagramText('stateDiagram.legend.both', lang), className: 'visitedBoth' });
  }
  legend.push({
    text: last ? stateDiagramText('stateDiagram.legend.current', lang, { line: last.line + 1 }) : stateDiagramText('stateDiagram.legend.start', lang),
    className: '',
  });
  legend.push({ text: stateDiagramText('stateDiagram.legend.taken', lang), className: '' });
  if (last) {
    legend.push({ text: stateDiagramText('stateDiagram.legend.atCursor', lang, { line: last.line + 1 }), className: 'at-cursor' });
  }
  for (const phase of STATE_PHASES) {
    legend.push({ text: stateDiagramText(`stateDiagram.legend.phase.${phase}`, lang), className: `phase-${phase}` });
  }
  return { text: lines.join('\n') + '\n', legend, edges: marks };
}
