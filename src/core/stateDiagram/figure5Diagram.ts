import type { Lang } from '../messages/lang';
import { stateDiagramText, type StateDiagramMessageId } from '../messages/stateDiagram';
import type { Analysis, Transition } from '../model';
import { FIGURE_5, type Figure5Transition } from '../tcp/figure5';
import { TCP_STATES, type TcpState } from '../tcp/states';

/** A line of the legend the view shows beside the drawing, with the class whose colours it explains. */
export interface LegendEntry {
  readonly text: string;
  /** `visited0`, `visited1`, `visitedBoth`, or empty for a line without a swatch. */
  readonly className: string;
}

/** RFC 9293 Figure 5 as Mermaid text, with the path a script's hosts took through it. */
export interface Figure5Diagram {
  readonly text: string;
  readonly legend: readonly LegendEntry[];
}

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
  readonly takenBy: Set<string>;
  /** Hosts that took this arrow in the step at the cursor line. */
  readonly takenAtCursor: Set<string>;
}

/** Marks an arrow a host took earlier, and the one it took in the step at the cursor line. */
export const TAKEN_MARK = '✓';
export const AT_CURSOR_MARK = '▶';

/**
 * Draws Figure 5 from the engine's own table of it (src/core/tcp/figure5.ts), so the view and the
 * replay cannot disagree, and marks the path: each host's visited states in its colour, the state
 * each host is in after `cursorLine` (0-based; the start when undefined or before the first event)
 * with a thick border, and every arrow a host took, up to that line, with `✓ host` — or `▶ host`
 * for the arrows of that last step itself, so the line under the cursor stands out. Steps the
 * figure does not draw (ABORT, a RST in a synchronized state, a reboot) are added as arrows of
 * their own once a host takes them.
 */
export function figure5Diagram(analysis: Pick<Analysis, 'hosts' | 'steps'>, cursorLine: number | undefined, lang: Lang): Figure5Diagram {
  const hosts = analysis.hosts.map((h) => h.name);
  const steps = analysis.steps.filter((s) => cursorLine !== undefined && s.line <= cursorLine);
  const visited = new Map<TcpState, Set<number>>();
  const visit = (state: TcpState, host: number): void => {
    (visited.get(state) ?? visited.set(state, new Set()).get(state)!).add(host);
  };
  hosts.forEach((_, i) => visit('CLOSED', i));
  const edges: Edge[] = FIGURE_5.map((arrow) => ({ from: arrow.from, to: arrow.to, label: figureLabel(arrow, lang), takenBy: new Set<string>(), takenAtCursor: new Set<string>() }));
  const last = steps[steps.length - 1];
  const take = (t: Transition, atCursor: boolean): void => {
    if (t.from === t.to && t.reason.id !== 'transition.timeWaitRestart') {
      return;
    }
    const event = t.reason.id.startsWith('figure5.') ? t.reason.id.slice('figure5.'.length) : undefined;
    const figureArrow = event !== undefined ? FIGURE_5.find((a) => a.from === t.from && a.event === event) : undefined;
    const label = figureArrow ? figureLabel(figureArrow, lang) : stateDiagramText(OTHER_EDGES[t.reason.id] ?? 'stateDiagram.edge.other', lang);
    let edge = edges.find((e) => e.from === t.from && e.to === t.to && e.label === label);
    if (edge === undefined) {
      edge = { from: t.from, to: t.to, label, takenBy: new Set(), takenAtCursor: new Set() };
      edges.push(edge);
    }
    edge.takenBy.add(t.host);
    if (atCursor) {
      edge.takenAtCursor.add(t.host);
    }
  };
  for (const step of steps) {
    for (const t of step.transitions) {
      take(t, step === last);
    }
    hosts.forEach((host, i) => visit(step.states[host] ?? 'CLOSED', i));
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
  for (const edge of edges) {
    const marks = hosts.filter((h) => edge.takenBy.has(h)).map((h) => `${edge.takenAtCursor.has(h) ? AT_CURSOR_MARK : TAKEN_MARK} ${h}`);
    lines.push(`  ${id(edge.from)} --> ${id(edge.to)} : ${[edge.label, ...marks].join(' ')}`);
  }
  lines.push(
    '  classDef visited0 fill:#cfe2ff,stroke:#1f6feb,color:#0b1f3a',
    '  classDef visited1 fill:#ffe3c4,stroke:#d9480f,color:#3a1a05',
    '  classDef visitedBoth fill:#e5dbff,stroke:#7048e8,color:#21104a',
    '  classDef current stroke-width:4px',
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
    legend.push({ text: stateDiagramText('stateDiagram.legend.atCursor', lang, { line: last.line + 1 }), className: '' });
  }
  return { text: lines.join('\n') + '\n', legend };
}
