import { AT_CURSOR_MARK } from '../core/stateDiagram/figure5Diagram';
import { parseStateDiagramMessage, parseStateDiagramStrings, READY_MESSAGE, type StateDiagramMessage } from '../extension/stateDiagram/protocol';
import { MermaidRenderer } from './mermaidRenderer';
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
          // Mermaid ran with securityLevel 'strict' on text the host generated from the figure's table.
          drawing.innerHTML = svg;
          // Mermaid cannot style one arrow of a state diagram; the label of the cursor line's arrow is set apart here.
          for (const label of drawing.querySelectorAll('.edgeLabel')) {
            label.classList.toggle('at-cursor', label.textContent?.includes(AT_CURSOR_MARK) === true);
          }
          caption.textContent = message.caption;
          legend.replaceChildren(
            ...message.legend.map((entry) => {
              const item = document.createElement('li');
              if (entry.className) {
                const swatch = document.createElement('span');
                swatch.className = `swatch ${entry.className}`;
                item.append(swatch);
              }
              item.append(document.createTextNode(entry.text));
              return item;
            }),
          );
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
  acquireVsCodeApi().postMessage(READY_MESSAGE);
}

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };

start();
