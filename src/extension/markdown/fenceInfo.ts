/** The two ways a story can be drawn: Mermaid's sequence diagram, or the RFC-style timeline. */
export type DiagramView = 'sequence' | 'timeline';

export const DIAGRAM_VIEWS: readonly DiagramView[] = ['sequence', 'timeline'];

/** What a fence's info string says about a tcpflow block. */
export interface TcpflowFence {
  /** The view the info string names, if it names one. */
  readonly view: DiagramView | undefined;
  /** A word after `tcpflow` that is not a view, reported under the diagram. */
  readonly unknownView: string | undefined;
}

/**
 * Reads ```` ```tcpflow ````, ```` ```tcpflow timeline ```` or ```` ```tcpflow sequence ````
 * (the language word as CommonMark reads it: the info string up to the first space).
 * Undefined for any other fence, which Markdown draws as it always does.
 */
export function readFenceInfo(info: string): TcpflowFence | undefined {
  const [language, view] = info.trim().split(/\s+/);
  if (language?.toLowerCase() !== 'tcpflow') {
    return undefined;
  }
  if (view === undefined) {
    return { view: undefined, unknownView: undefined };
  }
  const named = DIAGRAM_VIEWS.find((v) => v === view.toLowerCase());
  return named !== undefined ? { view: named, unknownView: undefined } : { view: undefined, unknownView: view };
}

/** A view setting's value, or `sequence` when it holds anything else. */
export function viewOf(setting: unknown): DiagramView {
  return DIAGRAM_VIEWS.find((v) => v === setting) ?? 'sequence';
}
