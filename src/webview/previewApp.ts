import { PREVIEW_MARKS, type PreviewState, type PreviewStyle, type PreviewUpdate } from '../shared/preview/protocol';
import { formatString, type PreviewStrings } from '../shared/preview/stringTable';
import { element } from './dom';
import { unionOf } from './drawingExtent';
import { afterNextPaint, yieldToEventLoop } from './eventLoop';
import { exportPng } from './exporter';
import type { HostChannel } from './hostChannel';
import { bindShortcuts } from './shortcuts';
import { ProblemBanner } from './problemBanner';
import { RenderPacer } from './renderPacer';
import { RenderScheduler } from './renderScheduler';
import { SequenceView } from './sequenceView';
import { StepControls } from './stepControls';
import type { StoryView } from './storyView';
import { TimelineView } from './timelineView';
import { currentTheme, watchTheme, type ThemeKind } from './theme';
import { Toolbar } from './toolbar';
import { ZoomPan } from './zoomPan';

/** Mermaid text past this (about 2,500 steps, some 3 s of drawing) is not drawn while typing unless asked. */
const LIVE_DRAW_LIMIT = 100_000;
/** A cursor that keeps moving (a held arrow key) is followed once it rests this long. */
const FOLLOW_DELAY_MS = 120;

interface RenderRequest {
  readonly update: PreviewUpdate;
  readonly theme: ThemeKind;
}

/**
 * The preview page: renders what the host sends, one render at a time,
 * always ending on the newest and paced by what drawing costs
 * (RenderScheduler, RenderPacer), and wires the controls to the view that
 * draws the story. Everything it shows about TCP comes from the host.
 */
export class PreviewApp {
  private state: PreviewState;
  private readonly pacer = new RenderPacer(() => performance.now());
  private readonly scheduler: RenderScheduler<RenderRequest>;
  private readonly views: Readonly<Record<PreviewStyle, StoryView>>;
  /** The view drawing the story now (the update's style). */
  private view: StoryView;
  private readonly zoomPan: ZoomPan;
  private readonly toolbar: Toolbar;
  private readonly banner: ProblemBanner;
  private readonly stepper: StepControls;
  private readonly viewport: HTMLElement;
  private readonly placeholder: HTMLElement;
  /** The update whose drawing is on screen, and the theme it was drawn in. */
  private shown: RenderRequest | undefined;
  /** The newest update received (rendered or not). */
  private latest: PreviewUpdate | undefined;
  private cursorLine: number | undefined;
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while the page itself sets the step (restoring it), which must not move the editor. */
  private restoringStep = false;
  /** The document whose long story the user asked to see drawn all the same. */
  private drawLargeOf: string | undefined;

  constructor(
    private readonly channel: HostChannel,
    private readonly strings: PreviewStrings,
    initial: PreviewState,
    first?: PreviewUpdate,
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
      // The host remembers the choice and answers with an update in that style.
      setStyle: (style) => channel.post({ type: 'setStyle', style }),
    });
    this.banner = new ProblemBanner(root, strings, (line) => channel.post({ type: 'revealLine', line, preserveFocus: false }));
    this.viewport = element('main', 'viewport');
    this.viewport.tabIndex = 0;
    const canvas = element('div', 'canvas');
    this.placeholder = element('div', 'placeholder', strings.loading);
    this.viewport.append(canvas, this.placeholder);
    root.append(this.viewport);
    this.stepper = new StepControls(root, strings, (step) => this.onStep(step));

    this.views = { sequence: new SequenceView(canvas), timeline: new TimelineView(canvas) };
    this.view = this.views[initial.style];
    this.toolbar.setStyle(initial.style);
    this.zoomPan = new ZoomPan(this.viewport, canvas, () => this.view, (zoom, chosen) => this.onZoom(zoom, chosen));
    this.viewport.addEventListener('click', (event) => {
      const line = this.view.lineAt(event.target);
      if (line !== undefined) {
        channel.post({ type: 'revealLine', line, preserveFocus: false });
      }
    });
    this.scheduler = new RenderScheduler<RenderRequest>(
      (request, isCurrent) => this.render(request, isCurrent),
      (error, request) => this.renderFailed(error, request.update.seq),
      yieldToEventLoop,
      { delay: () => this.pacer.delay(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) },
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
      revealStep: () => this.revealStep(false),
    });
    watchTheme((theme) => this.rerender(theme));
    channel.listen((message) => {
      switch (message.type) {
        case 'update':
          this.onUpdate(message);
          break;
        case 'cursor':
          this.onCursor(message.line, message.follow);
          break;
        case 'typing':
          this.pacer.noteInput();
          break;
        case 'lock':
          this.state = { ...this.state, locked: message.locked };
          this.toolbar.setLocked(message.locked);
          this.saveState();
          break;
      }
    });
    this.saveState();
    if (first !== undefined) {
      // Drawn as soon as Mermaid is loaded; the host, told so, sends only what is newer.
      this.onUpdate(first);
    }
    channel.post(first === undefined ? { type: 'ready' } : { type: 'ready', shown: first.seq });
  }

  private onUpdate(update: PreviewUpdate): void {
    if (performance.getEntriesByName(PREVIEW_MARKS.firstUpdate).length === 0) {
      performance.mark(PREVIEW_MARKS.firstUpdate);
    }
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
    const view = this.views[update.style];
    if (view !== this.view) {
      this.view.clear();
      this.view = view;
      this.toolbar.setStyle(update.style);
      this.state = { ...this.state, style: update.style };
      this.saveState();
    }
    const switched = previous !== undefined && previous.update.style !== update.style;
    // A new document, or the other view: framed afresh.
    const firstDrawing = previous === undefined || previous.update.uri !== update.uri || switched;
    if (previous === undefined || switched || this.view.differs(previous.update, update) || previous.theme !== theme) {
      if (update.style === 'sequence' && update.diagram.text.length > LIVE_DRAW_LIMIT && this.drawLargeOf !== update.uri) {
        this.deferLargeDrawing(update);
        return;
      }
      // The cost that paces the next drawing is all of it: Mermaid's work, then the browser's layout and paint of the SVG.
      const started = performance.now();
      this.pacer.renderStarted();
      try {
        const markup = await this.view.draw(update, theme);
        if (!isCurrent()) {
          return; // A newer request came in while drawing: it is drawn next.
        }
        this.view.show(markup, update);
        this.view.highlightLine(this.cursorLine);
        this.zoomPan.drawingChanged(firstDrawing, firstDrawing && !switched ? this.state.zoom : undefined);
        await afterNextPaint();
      } finally {
        this.pacer.renderFinished(performance.now() - started);
      }
    } else {
      // The same drawing, but lines may have moved (a line inserted above): only the map changes.
      this.view.remap(update);
      this.view.highlightLine(this.cursorLine);
    }
    this.shown = request;
    this.stepper.setStory(update.steps, update.hosts);
    if (firstDrawing) {
      this.restoringStep = true;
      this.stepper.go(this.state.step);
      this.restoringStep = false;
    }
    this.applyStep(this.stepper.step, false);
    this.placeholder.replaceChildren(update.diagram.elements.length === 0 && update.hosts.length === 0 ? this.strings.empty : '');
    this.placeholder.hidden = this.placeholder.textContent === '';
    this.banner.setRenderError(undefined);
    document.body.dataset.renderedSeq = String(update.seq);
    // User-timing marks, for anyone profiling the preview (the benchmarks read them): when each drawing landed.
    if (performance.getEntriesByName(PREVIEW_MARKS.firstDrawing).length === 0) {
      performance.mark(PREVIEW_MARKS.firstDrawing);
    }
    performance.clearMarks(PREVIEW_MARKS.drawing);
    performance.mark(PREVIEW_MARKS.drawing, { detail: { seq: update.seq, costMs: this.pacer.lastRenderCost } });
    this.channel.post({ type: 'rendered', seq: update.seq, ok: true });
  }

  /**
   * Mermaid draws on the page's only thread, about a millisecond per step: a
   * very long story would freeze the preview for seconds at every pause in
   * typing. Past LIVE_DRAW_LIMIT it is drawn only when asked, and from then
   * on for that document.
   */
  private deferLargeDrawing(update: PreviewUpdate): void {
    this.view.clear();
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

  /** The user moved the step-through: show the step, and select its line in the editor, keeping the keyboard here. */
  private onStep(step: number | undefined): void {
    this.applyStep(step, true);
    this.state = { ...this.state, step };
    this.saveState();
    if (!this.restoringStep) {
      this.revealStep(true);
    }
  }

  private applyStep(step: number | undefined, smooth: boolean): void {
    this.view.showUpTo(step);
    const current = step === undefined ? undefined : this.shown?.update.steps[step - 1];
    if (current !== undefined) {
      this.bringIntoView(this.view.nodesOfLine(current.line), smooth);
    }
  }

  private revealStep(preserveFocus: boolean): void {
    const step = this.stepper.step;
    const line = step === undefined ? undefined : this.shown?.update.steps[step - 1]?.line;
    if (line !== undefined) {
      this.channel.post({ type: 'revealLine', line, preserveFocus });
    }
  }

  /** Marks the cursor's step at once; brings it into view once the cursor rests, unless it moved by typing. */
  private onCursor(line: number, follow: boolean): void {
    this.cursorLine = line;
    const nodes = this.view.highlightLine(line);
    clearTimeout(this.followTimer);
    if (follow && nodes.length > 0) {
      this.followTimer = setTimeout(() => this.bringIntoView(this.view.highlightLine(this.cursorLine), true), FOLLOW_DELAY_MS);
    }
  }

  private bringIntoView(nodes: readonly Element[], smooth: boolean): void {
    const around = unionOf(nodes.map((node) => node.getBoundingClientRect()).filter((box) => box.width > 0 || box.height > 0));
    if (around !== undefined) {
      this.zoomPan.bringIntoView(new DOMRect(around.x, around.y, around.width, around.height), smooth);
    }
  }

  private onZoom(zoom: number, chosen: boolean): void {
    this.toolbar.setZoom(zoom);
    // Only a zoom the user chose is kept across a reload; the automatic one is worked out again.
    this.state = { ...this.state, zoom: chosen ? zoom : undefined };
    this.saveState();
  }

  private exportAs(format: 'svg' | 'png'): void {
    const markup = format === 'svg' ? this.view.exportSvg() : this.view.imageSvg();
    const size = this.view.size();
    if (markup === undefined || size === undefined) {
      return;
    }
    if (format === 'svg') {
      this.channel.post({ type: 'export', format, data: markup });
      return;
    }
    exportPng(markup, size, getComputedStyle(document.body).backgroundColor).then(
      (data) => this.channel.post({ type: 'export', format, data }),
      (error: unknown) => this.banner.setRenderError(error instanceof Error ? error.message : String(error)),
    );
  }

  private saveState(): void {
    this.channel.saveState(this.state);
  }
}
