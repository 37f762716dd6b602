import type { EdgeMark, LegendEntry } from '../../core/stateDiagram/figure5Diagram';

/** The view type of the Figure 5 panel (also its serializer's key). */
export const STATE_DIAGRAM_VIEW_TYPE = 'tcpflow.stateDiagram';

/** What the host sends the Figure 5 page: a drawing with its legend, or why there is none. */
export type StateDiagramMessage =
  | { readonly type: 'render'; readonly text: string; readonly caption: string; readonly legend: readonly LegendEntry[]; readonly edges: readonly EdgeMark[] }
  | { readonly type: 'empty'; readonly message: string };

/** The page's only message: it listens now. */
export const READY_MESSAGE = { type: 'ready' } as const;

export function isReady(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>).type === 'ready';
}

/** The page's own words, sent once with its HTML. */
export interface StateDiagramStrings {
  /** `{0}` is Mermaid's message. */
  readonly renderFailed: string;
}

function isLegend(value: unknown): value is LegendEntry[] {
  return Array.isArray(value) && value.every((e) => typeof e === 'object' && e !== null && typeof e.text === 'string' && typeof e.className === 'string');
}

function isEdges(value: unknown): value is EdgeMark[] {
  return (
    Array.isArray(value) &&
    value.every((e) => typeof e === 'object' && e !== null && typeof e.label === 'string' && typeof e.taken === 'boolean' && typeof e.atCursor === 'boolean')
  );
}

/** Checks a message from the host; anything malformed is dropped rather than drawn. */
export function parseStateDiagramMessage(value: unknown): StateDiagramMessage | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const m = value as Record<string, unknown>;
  if (m.type === 'render' && typeof m.text === 'string' && typeof m.caption === 'string' && isLegend(m.legend) && isEdges(m.edges)) {
    return { type: 'render', text: m.text, caption: m.caption, legend: m.legend, edges: m.edges };
  }
  if (m.type === 'empty' && typeof m.message === 'string') {
    return { type: 'empty', message: m.message };
  }
  return undefined;
}

export function parseStateDiagramStrings(value: unknown): StateDiagramStrings | undefined {
  return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).renderFailed === 'string'
    ? { renderFailed: (value as Record<string, string>).renderFailed! }
    : undefined;
}
