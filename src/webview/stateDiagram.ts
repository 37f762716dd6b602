import type { EdgeMark } from '../core/stateDiagram/figure5Diagram';
import { parseStateDiagramMessage, parseStateDiagramStrings, READY_MESSAGE, type StateDiagramMessage } from '../shared/stateDiagram/protocol';
import { MermaidRenderer } from './mermaidRenderer';
import { colourStateNodes, phaseColours } from './statePhaseColours';
import { currentTheme, watchTheme } from './theme';

/**
 * The Figure 5 page: it draws what the host sends and nothing else. Renders
 * are serialized, and a message that arrives while one is drawing replaces
 * any other still waiting, so the page always ends on the newest drawing.
 */
function start(): void {
  const data = document.getElementById('tcpflow-state-diagram-data');
  const strings = parseStateDiagramStrings(JSON.parse(data?.getAttribute('data-strings') ?? 'null'));
  const caption = document.querySelector<HTMLElement>('.caption');
  const drawing = document.querySelector<HTMLElement>('.drawing');
  const legend = document.querySelector<HTMLElement>('.legend');
  if (!strings || !caption || !drawing || !legend) {
    document.body.textContent = 'TCP Flow: the state diagram page is incomplete. / 상태도 페이지가 완전하지 않습니다.';
    return;
  }
  const renderer = new MermaidRenderer();
  let latest: StateDiagramMessage | undefined;
  let busy = false;
  let pending = false;

  const draw = async (): Promise<void> => {
    if (busy) {
      pending = true;
      return;
    }
    busy = true;
    try {
      do {
        pending = false;
        const message = latest;
        if (message === undefined) {
          break;
        }
        if (message.type === 'empty') {
          caption.textContent = message.message;
          drawing.replaceChildren();
          legend.replaceChildren();
          continue;
        }
        try {
          const svg = await renderer.render(message.text, currentTheme());
          if (pending) {
            continue;
          }
          // Keep the reader's place: the same figure is drawn again at the same scroll position.
          const scroll = { left: drawing.scrollLeft, top: drawing.scrollTop };
          // Mermaid ran with securityLevel 'strict' on text the host generated from the figure's table.
          drawing.innerHTML = svg;
          const figure = drawing.querySelector('svg');
          if (figure) {
            colourStateNodes(figure, (node) => /\bvisited/.test(node.getAttribute('class') ?? ''));
            markEdges(figure, message.edges);
            fitReadable(figure, drawing);
            drawing.scrollTo(scroll.left, scroll.top);
            revealCurrent(figure, drawing);
          }
          caption.textContent = message.caption;
          legend.replaceChildren(...message.legend.map(legendItem));
        } catch (error) {
          caption.textContent = strings.renderFailed.replace('{0}', error instanceof Error ? error.message : String(error));
        }
      } while (pending);
    } finally {
      busy = false;
    }
  };

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = parseStateDiagramMessage(event.data);
    if (message) {
      latest = message;
      void draw();
    }
  });
  watchTheme(() => void draw());
  // The pane is laid out after the first drawing, and resized with its group: fit the figure again.
  new ResizeObserver(() => {
    const figure = drawing.querySelector('svg');
    if (figure) {
      fitReadable(figure, drawing);
      revealCurrent(figure, drawing);
    }
  }).observe(drawing);
  acquireVsCodeApi().postMessage(READY_MESSAGE);
}

function legendItem(entry: { readonly text: string; readonly className: string }): HTMLLIElement {
  const item = document.createElement('li');
  if (entry.className) {
    const swatch = document.createElement('span');
    swatch.className = `swatch ${entry.className}`;
    const phase = /^phase-(\w+)$/.exec(entry.className)?.[1];
    const colours = phase === undefined ? undefined : phaseColours()[phase as keyof ReturnType<typeof phaseColours>];
    if (colours) {
      swatch.style.background = colours.fill;
      swatch.style.borderColor = colours.stroke;
      swatch.style.borderStyle = colours.dash === 'none' ? 'solid' : 'dashed';
    }
    item.append(swatch);
  }
  item.append(document.createTextNode(entry.text));
  return item;
}

/**
 * Mermaid cannot style one arrow of a state diagram: the labels of the arrows taken by the cursor
 * line, and of the one taken at it, are set apart here. Labels are matched in drawing order by
 * their text (Mermaid nests a `.edgeLabel` in each label's group; the outer one is marked).
 */
function markEdges(svg: SVGSVGElement, edges: readonly EdgeMark[]): void {
  const labels = [...svg.querySelectorAll<SVGGElement>('g.edgeLabel')];
  let next = 0;
  for (const label of labels) {
    const text = label.textContent?.trim() ?? '';
    const at = edges.findIndex((edge, index) => index >= next && edge.label === text);
    if (at < 0) {
      continue;
    }
    next = at + 1;
    label.classList.toggle('taken', edges[at]!.taken);
    label.classList.toggle('at-cursor', edges[at]!.atCursor);
  }
}

/** Labels are drawn at 16 px at scale 1; below this scale they would be smaller than 11 px. */
const MIN_SCALE = 12 / 16;

/** The figure as wide as the pane, but never so small that its labels cannot be read: then it scrolls. */
function fitReadable(svg: SVGSVGElement, pane: HTMLElement): void {
  const box = svg.viewBox.baseVal;
  if (box === null || box.width === 0 || box.height === 0) {
    return;
  }
  const available = Math.max(1, pane.clientWidth - 2);
  const scale = Math.max(MIN_SCALE, Math.min(1, available / box.width));
  svg.removeAttribute('style');
  svg.setAttribute('width', String(Math.round(box.width * scale)));
  svg.setAttribute('height', String(Math.round(box.height * scale)));
}

/** Brings the states where the hosts are into view when they are out of it; leaves the view alone otherwise. */
function revealCurrent(svg: SVGSVGElement, pane: HTMLElement): void {
  const current = [...svg.querySelectorAll<SVGGElement>('g.node.current, g.node[class~="current"]')];
  if (current.length === 0) {
    return;
  }
  const view = pane.getBoundingClientRect();
  const visible = current.every((node) => {
    const r = node.getBoundingClientRect();
    return r.top >= view.top && r.bottom <= view.bottom && r.left >= view.left && r.right <= view.right;
  });
  if (!visible) {
    current[0]!.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

start();
