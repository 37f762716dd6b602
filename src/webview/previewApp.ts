import type { PreviewState, PreviewUpdate } from '../extension/preview/protocol';
import { formatString, type PreviewStrings } from '../extension/preview/stringTable';
import { DiagramView } from './diagramView';
import { element } from './dom';
import { yieldToEventLoop } from './eventLoop';
import { exportPng, exportSvg } from './exporter';
import type { HostChannel } from './hostChannel';
import { bindShortcuts } from './shortcuts';
import { MermaidRenderer } from './mermaidRenderer';
import { ProblemBanner } from './problemBanner';
import { RenderScheduler } from './renderScheduler';
import { colourStateNotes } from './statePhaseColours';
import { StepControls } from './stepControls';
import { revealLimits } from './stepModel';
import { currentTheme, watchTheme, type ThemeKind } from './theme';
import { Toolbar } from './toolbar';
import { ZoomPan } from './zoomPan';

/** Mermaid text past this (about 2,500 steps, some 3 s of drawing) is not drawn while typing unless asked. */
const LIVE_DRAW_LIMIT = 100_000;

interface RenderRequest {
  readonly update: PreviewUpdate;
  readonly theme: ThemeKind;
}

/**
 * The preview page: renders what the host sends, one render at a time and
 * always ending on the newest (RenderScheduler), and wires the controls.
 * Everything it shows about TCP comes from the host's messages.
 */
export class PreviewApp {
  private state: PreviewState;
  private readonly renderer = new MermaidRenderer();
  private readonly scheduler: RenderScheduler<RenderRequest>;
  private readonly view: DiagramView;
  private readonly zoomPan: ZoomPan;
  private readonly toolbar: Toolbar;
  private readonly banner: ProblemBanner;
  private readonly stepper: StepControls;
  private readonly viewport: HTMLElement;
  private readonly placeholder: HTMLElement;
  /** The update whose diagram is on screen, and the theme it was drawn in. */
  private shown: RenderRequest | undefined;
  /** The newest update received (rendered or not). */
  private latest: PreviewUpdate | undefined;
  private limits: number[] = [];
  private cursorLine: number | undefined;
  /** The document whose long story the user asked to see drawn all the same. */
  private drawLargeOf: string | undefined;

  constructor(
    private readonly channel: HostChannel,
    private readonly strings: PreviewStrings,
    initial: PreviewState,
  ) {
    this.state = initial;
    const root = document.body;
    this.toolbar = new Toolbar(root, strings, {
      zoomIn: () => this.zoomPan.zoomIn(),
      zoomOut: () => this.zoomPan.zoomOut(),
      zoomReset: () => this.zoomPan.reset(),
      fit: () => this.zoomPan.fit(),
      exportSvg: () => this.exportAs('svg'),
      exportPng: () => this.exportAs('png'),
      copySource: () => channel.post({ type: 'copySource' }),
      toggleLock: () => channel.post({ type: 'toggleLock' }),
    });
    this.banner = new ProblemBanner(root, strings, (line) => channel.post({ type: 'revealLine', line }));
    this.viewport = element('main', 'viewport');
    this.viewport.tabIndex = 0;
    const canvas = element('div', 'canvas');
    this.placeholder = element('div', 'placeholder', strings.loading);
    this.viewport.append(canvas, this.placeholder);
    root.append(this.viewport);
    this.stepper = new StepControls(root, strings, (step) => this.onStep(step));

    this.view = new DiagramView(canvas);
    this.zoomPan = new ZoomPan(this.viewport, canvas, () => this.view.size(), (zoom) => this.onZoom(zoom));
    this.viewport.addEventListener('click', (event) => {
      const line = this.view.lineAt(event.target);
      if (line !== undefined) {
        channel.post({ type: 'revealLine', line });
      }
    });
    this.scheduler = new RenderScheduler<RenderRequest>(
      (request, isCurrent) => this.render(request, isCurrent),
      (error, request) => this.renderFailed(error, request.update.seq),
      yieldToEventLoop,
    );
    this.toolbar.setLocked(initial.locked);
    bindShortcuts(document, {
      forward: () => this.stepper.forward(),
      back: () => this.stepper.back(),
      first: () => this.stepper.go(1),
      last: () => this.stepper.go(Number.MAX_SAFE_INTEGER),
      wholeStory: () => this.stepper.go(undefined),
      togglePlay: () => this.stepper.togglePlay(),
      zoomIn: () => this.zoomPan.zoomIn(),
      zoomOut: () => this.zoomPan.zoomOut(),
      zoomReset: () => this.zoomPan.reset(),
      fit: () => this.zoomPan.fit(),
      revealStep: () => this.revealStep(),
    });
    watchTheme((theme) => this.rerender(theme));
    channel.listen((message) => {
      switch (message.type) {
        case 'update':
          this.onUpdate(message);
          break;
        case 'cursor':
          this.onCursor(message.line);
          break;
        case 'lock':
          this.state = { ...this.state, locked: message.locked };
          this.toolbar.setLocked(message.locked);
          this.saveState();
          break;
      }
    });
    this.saveState();
    channel.post({ type: 'ready' });
  }

  private onUpdate(update: PreviewUpdate): void {
    if (!this.scheduler.request(update.seq, { update, theme: currentTheme() })) {
      return;
    }
    this.latest = update;
    document.title = formatString(this.strings.previewOf, update.source);
    this.viewport.setAttribute('aria-label', document.title);
    this.banner.setProblems(update.problems, update.errorCount, update.stale);
    if (update.uri !== this.state.uri) {
      this.state = { ...this.state, uri: update.uri, step: undefined, zoom: undefined };
      this.saveState();
    }
  }

  private rerender(theme: ThemeKind): void {
    if (this.latest !== undefined) {
      this.scheduler.request(this.latest.seq, { update: this.latest, theme });
    }
  }

  private async render(request: RenderRequest, isCurrent: () => boolean): Promise<void> {
    const { update, theme } = request;
    const previous = this.shown;
    if (previous === undefined || previous.update.diagram.text !== update.diagram.text || previous.theme !== theme) {
      if (update.diagram.text.length > LIVE_DRAW_LIMIT && this.drawLargeOf !== update.uri) {
        this.deferLargeDrawing(update);
        return;
      }
      const svg = await this.renderer.render(update.diagram.text, theme);
      if (!isCurrent()) {
        return; // A newer request came in while Mermaid worked: it will be drawn next.
      }
      this.view.show(svg, update.diagram.elements);
      if (this.view.element) colourStateNotes(this.view.element, update.diagram.elements);
      this.view.highlightLine(this.cursorLine);
    }
    const firstDrawing = previous === undefined || previous.update.uri !== update.uri;
    this.shown = request;
    this.limits = revealLimits(update.diagram.elements, update.steps);
    this.stepper.setStory(update.steps, update.hosts);
    if (firstDrawing) {
      this.stepper.go(this.state.step);
      if (this.state.zoom === undefined) {
        this.zoomPan.fitWidth();
      } else {
        this.zoomPan.zoomTo(this.state.zoom);
        this.zoomPan.home();
      }
    }
    this.applyStep(this.stepper.step);
    this.placeholder.replaceChildren(update.diagram.elements.length === 0 && update.hosts.length === 0 ? this.strings.empty : '');
    this.placeholder.hidden = this.placeholder.textContent === '';
    this.banner.setRenderError(undefined);
    document.body.dataset.renderedSeq = String(update.seq);
    this.channel.post({ type: 'rendered', seq: update.seq, ok: true });
  }

  /**
   * Mermaid draws on the page's only thread, about a millisecond per step: a
   * very long story would freeze the preview for seconds at every pause in
   * typing. Past LIVE_DRAW_LIMIT it is drawn only when asked, and from then
   * on for that document.
   */
  private deferLargeDrawing(update: PreviewUpdate): void {
    this.view.show('', []);
    this.shown = undefined;
    const drawNow = element('button', 'draw-now', this.strings.drawAnyway);
    drawNow.type = 'button';
    drawNow.addEventListener('click', () => {
      this.drawLargeOf = update.uri;
      this.rerender(currentTheme());
    });
    this.placeholder.replaceChildren(element('p', undefined, formatString(this.strings.tooLarge, update.steps.length)), drawNow);
    this.placeholder.hidden = false;
    document.body.dataset.renderedSeq = String(update.seq);
    this.channel.post({ type: 'rendered', seq: update.seq, ok: false, error: 'not drawn live: the story is too long' });
  }

  private renderFailed(error: unknown, seq: number): void {
    const message = error instanceof Error ? error.message : String(error);
    this.banner.setRenderError(message.split('\n')[0] ?? message);
    this.placeholder.hidden = true;
    document.body.dataset.renderedSeq = String(seq);
    this.channel.post({ type: 'rendered', seq, ok: false, error: message });
  }

  private onStep(step: number | undefined): void {
    this.applyStep(step);
    this.state = { ...this.state, step };
    this.saveState();
  }

  private applyStep(step: number | undefined): void {
    const steps = this.shown?.update.steps ?? [];
    const current = step === undefined ? undefined : steps[step - 1];
    this.view.reveal(step === undefined ? undefined : this.limits[step - 1], current?.line);
    if (current !== undefined) {
      this.bringIntoView(this.view.nodesOfLine(current.line));
    }
  }

  private revealStep(): void {
    const step = this.stepper.step;
    const line = step === undefined ? undefined : this.shown?.update.steps[step - 1]?.line;
    if (line !== undefined) {
      this.channel.post({ type: 'revealLine', line });
    }
  }

  private onCursor(line: number): void {
    this.cursorLine = line;
    this.bringIntoView(this.view.highlightLine(line));
  }

  private bringIntoView(nodes: readonly Element[]): void {
    if (nodes.length === 0) {
      return;
    }
    const boxes = nodes.map((node) => node.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    const right = Math.max(...boxes.map((b) => b.right));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    this.zoomPan.bringIntoView(new DOMRect(left, top, right - left, bottom - top));
  }

  private onZoom(zoom: number): void {
    this.toolbar.setZoom(zoom);
    this.state = { ...this.state, zoom };
    this.saveState();
  }

  private exportAs(format: 'svg' | 'png'): void {
    const svg = this.view.element;
    if (svg === undefined) {
      return;
    }
    if (format === 'svg') {
      this.channel.post({ type: 'export', format, data: exportSvg(svg) });
      return;
    }
    exportPng(svg, getComputedStyle(document.body).backgroundColor).then(
      (data) => this.channel.post({ type: 'export', format, data }),
      (error: unknown) => this.banner.setRenderError(error instanceof Error ? error.message : String(error)),
    );
  }

  private saveState(): void {
    this.channel.saveState(this.state);
  }
}
