import { JSDOM } from 'jsdom';
import type { Mermaid } from 'mermaid';
import { pathToFileURL } from 'url';

/**
 * Mermaid's own parser and renderer, in Node, for tests: mermaid@12 is an ES
 * module that expects a browser, so it is loaded once under a jsdom window.
 * Calls are queued, because Mermaid keeps its configuration in module state.
 *
 * - `mermaidParse(text)` throws exactly when Mermaid cannot read the text.
 * - `parseSequence(text)` returns what Mermaid's sequence parser understood.
 * - `renderSequence(text)` renders the SVG and returns the texts it shows.
 */

interface SequenceDbMessage {
  readonly from?: string;
  readonly to?: string;
  readonly message?: string;
  readonly type?: number;
  readonly placement?: number;
}

interface SequenceDbActor {
  readonly name: string;
  readonly description: string;
}

interface SequenceDb {
  getMessages(): SequenceDbMessage[];
  getActors(): Map<string, SequenceDbActor>;
  getActorKeys(): string[];
  getDiagramTitle(): string;
  readonly LINETYPE: Readonly<Record<string, number>>;
  readonly PLACEMENT: Readonly<Record<string, number>>;
}

export interface ParsedMessage {
  readonly kind: 'message';
  readonly from: string;
  readonly to: string;
  /** Mermaid's arrow, written back as Mermaid syntax: `->>`, `-->>`, `-x`, ... */
  readonly arrow: string;
  /** The text as shown, entities decoded. */
  readonly text: string;
}

export interface ParsedNote {
  readonly kind: 'note';
  readonly placement: 'left of' | 'right of' | 'over';
  readonly actors: readonly string[];
  readonly text: string;
}

export interface ParsedBlock {
  readonly kind: 'rect' | 'end';
  /** The fill of a `rect` block. */
  readonly color: string | undefined;
}

export interface ParsedSequence {
  readonly title: string;
  /** Participant ids in order, with the labels shown (entities decoded). */
  readonly participants: readonly { readonly id: string; readonly label: string }[];
  /** Messages, notes and rect blocks, in order. */
  readonly items: readonly (ParsedMessage | ParsedNote | ParsedBlock)[];
}

export interface RenderedSequence {
  readonly svg: string;
  readonly title: string;
  /** Texts of `.messageText` elements, in document order. */
  readonly messageTexts: readonly string[];
  /** Texts of `.noteText` elements, in document order. */
  readonly noteTexts: readonly string[];
  /** The label in each participant's box, by participant id. */
  readonly participantLabels: ReadonlyMap<string, string>;
}

let window: JSDOM['window'] | undefined;
let loading: Promise<Mermaid> | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** The globals Mermaid and its dependencies (d3, DOMPurify) look for. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'Element',
  'HTMLElement',
  'SVGElement',
  'DOMParser',
  'Node',
  'getComputedStyle',
  'MutationObserver',
  'XMLSerializer',
  'Option',
  'CSSStyleSheet',
] as const;

function installWindow(): JSDOM['window'] {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const w = dom.window;
  const globals = globalThis as Record<string, unknown>;
  for (const name of BROWSER_GLOBALS) {
    if (globals[name] === undefined) {
      globals[name] = name === 'window' ? w : (w as unknown as Record<string, unknown>)[name];
    }
  }
  // jsdom does no layout: measure text by its length, enough for Mermaid to place boxes. Patch
  // whichever window Mermaid will use, ours or one another test installed before.
  for (const target of new Set([w, globals.window as typeof w])) {
    const svgProto = target.SVGElement.prototype as unknown as Record<string, unknown>;
    svgProto.getBBox ??= function (this: Element) {
      return { x: 0, y: 0, width: (this.textContent ?? '').length * 8, height: 16 };
    };
    svgProto.getComputedTextLength ??= function (this: Element) {
      return (this.textContent ?? '').length * 8;
    };
  }
  return w;
}

// TypeScript compiles `import()` to `require()` under CommonJS; Mermaid is ESM only.
const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: Mermaid }>;

function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    window = installWindow();
    const mermaid = (await importEsm(pathToFileURL(require.resolve('mermaid')).href)).default;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return mermaid;
  })();
  return loading;
}

function serialized<T>(work: (mermaid: Mermaid) => Promise<T>): Promise<T> {
  const run = queue.then(async () => work(await loadMermaid()));
  queue = run.catch(() => undefined);
  return run;
}

/** Parses any Mermaid text; rejects with Mermaid's error when it cannot. */
export function mermaidParse(text: string): Promise<void> {
  return serialized(async (mermaid) => {
    await mermaid.parse(text);
  });
}

/**
 * What the finished SVG shows for a text from Mermaid's parser: placeholders
 * (`ﬂ°°35¶ß`) become entities (`&#35;`), which the browser then decodes.
 */
export function decodeMermaidText(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß|ﬂ°(\w+)¶ß/g, (whole, code: string | undefined, name: string | undefined) => {
    if (code !== undefined) {
      return Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : whole;
    }
    const holder = window!.document.createElement('div');
    holder.innerHTML = `&${name};`;
    return holder.textContent ?? '';
  });
}

/** A sequence diagram as Mermaid's own parser reads it. */
export function parseSequence(text: string): Promise<ParsedSequence> {
  return serialized(async (mermaid) => {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    if (diagram.type !== 'sequence') {
      throw new Error(`not a sequence diagram but ${diagram.type}`);
    }
    const db = diagram.db as unknown as SequenceDb;
    const arrows = new Map<number, string>([
      [db.LINETYPE.SOLID!, '->>'],
      [db.LINETYPE.DOTTED!, '-->>'],
      [db.LINETYPE.SOLID_CROSS!, '-x'],
      [db.LINETYPE.DOTTED_CROSS!, '--x'],
      [db.LINETYPE.SOLID_OPEN!, '->'],
      [db.LINETYPE.DOTTED_OPEN!, '-->'],
      [db.LINETYPE.SOLID_POINT!, '-)'],
      [db.LINETYPE.DOTTED_POINT!, '--)'],
    ]);
    const placements = new Map<number, ParsedNote['placement']>([
      [db.PLACEMENT.LEFTOF!, 'left of'],
      [db.PLACEMENT.RIGHTOF!, 'right of'],
      [db.PLACEMENT.OVER!, 'over'],
    ]);
    const items: (ParsedMessage | ParsedNote | ParsedBlock)[] = [];
    for (const m of db.getMessages()) {
      if (m.type === db.LINETYPE.NOTE) {
        // A note over two participants keeps them as from/to; a note beside one has from = to.
        const actors = [...new Set([m.from ?? '', String(m.to ?? '')])];
        items.push({ kind: 'note', placement: placements.get(m.placement ?? -1) ?? 'over', actors, text: decodeMermaidText(m.message ?? '') });
      } else if (m.type === db.LINETYPE.RECT_START) {
        items.push({ kind: 'rect', color: typeof m.message === 'string' ? m.message : undefined });
      } else if (m.type === db.LINETYPE.RECT_END) {
        items.push({ kind: 'end', color: undefined });
      } else if (m.type !== undefined && arrows.has(m.type)) {
        items.push({ kind: 'message', from: m.from ?? '', to: String(m.to ?? ''), arrow: arrows.get(m.type)!, text: decodeMermaidText(m.message ?? '') });
      }
    }
    const actors = db.getActors();
    return {
      title: decodeMermaidText(db.getDiagramTitle() ?? ''),
      participants: db.getActorKeys().map((id) => ({ id, label: decodeMermaidText(actors.get(id)?.description ?? '') })),
      items,
    };
  });
}

let renderCount = 0;

/** Renders a sequence diagram to SVG, as the preview would, and reads back what it shows. */
export function renderSequence(text: string): Promise<RenderedSequence> {
  return serialized(async (mermaid) => {
    const { svg } = await mermaid.render(`tcpflow-test-${++renderCount}`, text);
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    const texts = (selector: string): string[] => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');
    const participantLabels = new Map<string, string>();
    for (const box of doc.querySelectorAll('rect.actor-top')) {
      const label = box.parentElement?.querySelector('text.actor-box')?.textContent ?? '';
      participantLabels.set(box.getAttribute('name') ?? '', label);
    }
    const title = [...doc.querySelectorAll('svg > text:not([class])')].map((e) => e.textContent ?? '').join('');
    return { svg, title, messageTexts: texts('.messageText'), noteTexts: texts('.noteText'), participantLabels };
  });
}
