import mermaid from 'mermaid';
import { MermaidRenderer } from '../webview/mermaidRenderer';
import { arrangeSequenceDrawing, type ArrangedElement } from '../webview/sequenceDrawing';
import { currentTheme, watchTheme, type ThemeKind } from '../webview/theme';

/**
 * Runs in VS Code's Markdown preview, loaded by loader.ts (the contributed `markdown.previewScripts`)
 * once the page has a block to draw: draws each
 * ```tcpflow block the extension's markdown-it plugin left in the page. The plugin put the
 * diagram's Mermaid text, already made inert, in a hidden `<pre>`; Mermaid (bundled here, so
 * nothing loads from a network) draws it with its strict security level. The preview replaces
 * its content on every edit and then fires `vscode.markdown.updateContent`: drawings are kept by
 * text and theme, so an unchanged block is put back at once instead of drawn again. Each drawing is
 * then arranged as the preview arranges it (phase colours, the Network lifeline, the title).
 */

// The Markdown preview runs contributed scripts as classic scripts and gives them no module
// loader for the extension's files, so this bundle carries Mermaid itself.
const renderer = new MermaidRenderer(() => Promise.resolve(mermaid));
const drawn = new Map<string, string>();
/** Keeps one drawing pass at a time: Mermaid renders into one shared hidden element. */
let queue: Promise<void> = Promise.resolve();

/** Drawings kept; past this the oldest go (a long editing session makes a new one per change). */
const KEPT_DRAWINGS = 200;

function keep(key: string, svg: string): void {
  drawn.set(key, svg);
  if (drawn.size > KEPT_DRAWINGS) {
    drawn.delete(drawn.keys().next().value!);
  }
}

async function drawBlock(block: HTMLElement, theme: ThemeKind): Promise<void> {
  const source = block.querySelector<HTMLElement>(':scope > .tcpflow-mermaid');
  const target = block.querySelector<HTMLElement>(':scope > .tcpflow-diagram');
  if (source === null || target === null) {
    return;
  }
  const text = source.textContent ?? '';
  const key = `${theme}\n${text}`;
  if (target.dataset.tcpflowDrawn === key) {
    return;
  }
  let svg = drawn.get(key);
  if (svg === undefined) {
    try {
      svg = await renderer.render(text, theme);
      keep(key, svg);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = document.createElement('p');
      failed.className = 'tcpflow-render-failed';
      failed.textContent = (block.dataset.tcpflowFailed ?? '{0}').replace('{0}', () => message);
      target.replaceChildren(failed);
      return;
    }
  }
  // The block may have been replaced while Mermaid drew; the next pass draws the new one.
  if (block.isConnected && source.textContent === text) {
    target.innerHTML = svg;
    const drawing = target.querySelector('svg');
    if (drawing !== null) {
      arrangeSequenceDrawing(drawing, elementsOf(source));
    }
    fitToPage(drawing);
    target.dataset.tcpflowDrawn = key;
  }
}

/** The drawn elements the extension listed beside the Mermaid text; none when the list is unreadable. */
function elementsOf(source: HTMLElement): ArrangedElement[] {
  try {
    const parsed: unknown = JSON.parse(source.dataset.tcpflowElements ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isElement) : [];
  } catch {
    return [];
  }
}

function isElement(value: unknown): value is ArrangedElement {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return typeof value === 'object' && value !== null && (kind === 'message' || kind === 'note');
}

/** A page narrower than the drawing shrinks it, but not below this part of its size, so labels stay readable. */
const SMALLEST_SCALE = 0.75;

/** Fills the page's width, between SMALLEST_SCALE and the drawing's own size; a wider story scrolls sideways. */
function fitToPage(svg: SVGSVGElement | null): void {
  const width = Number(svg?.getAttribute('width'));
  if (svg === null || !(width > 0)) {
    return;
  }
  svg.removeAttribute('height');
  svg.style.width = `clamp(${Math.round(width * SMALLEST_SCALE)}px, 100%, ${width}px)`;
  svg.style.maxWidth = 'none';
  svg.style.height = 'auto';
}

/** Draws the sequence diagrams; a timeline comes drawn (an inert SVG from the extension), at its own size. */
function drawAll(): void {
  const theme = currentTheme();
  const blocks = [...document.querySelectorAll<HTMLElement>('.tcpflow-block[data-tcpflow-view="sequence"]')];
  queue = queue.then(async () => {
    for (const block of blocks) {
      await drawBlock(block, theme);
    }
  });
}

window.addEventListener('vscode.markdown.updateContent', drawAll);
watchTheme(drawAll);
drawAll();
