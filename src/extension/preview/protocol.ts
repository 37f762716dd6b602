/**
 * The messages between the extension host and the preview webview, and the
 * checks each side runs on what it receives. Shared by both sides, so this
 * file imports neither `vscode` nor the DOM.
 *
 * The webview is a renderer: the host sends it the diagram text and the data
 * it needs to map the drawing back to the script (element lines, step
 * states); the webview never reads the script itself.
 */

/** The preview panel's view type, also the serializer's key across window reloads. */
export const PREVIEW_VIEW_TYPE = 'tcpflow.preview';

/** One drawn element in drawing order (mirrors the core's DiagramElement). */
export interface PreviewElement {
  readonly kind: 'message' | 'note';
  /** 0-based source line. */
  readonly line: number;
}

export interface PreviewHost {
  readonly name: string;
  readonly label: string;
}

/** One event of the story, as the step-through shows it. */
export interface PreviewStep {
  /** 0-based source line of the event. */
  readonly line: number;
  /** Each host's state after the event, by host name, as RFC 9293 spells it. */
  readonly states: Readonly<Record<string, string>>;
}

/** An error of the script as the banner shows it, already localized by the host. */
export interface PreviewProblem {
  /** 0-based position of the error. */
  readonly line: number;
  readonly character: number;
  readonly message: string;
  readonly code: string;
}

/** Everything the webview shows for one version of a document. */
export interface PreviewUpdate {
  readonly type: 'update';
  /** Increases with every update a panel sends; the webview ignores anything older than what it has. */
  readonly seq: number;
  /** The previewed document's URI, kept in the webview's state for a window reload. */
  readonly uri: string;
  /** The document's file name, for the webview's accessible name. */
  readonly source: string;
  readonly diagram: { readonly text: string; readonly elements: readonly PreviewElement[] };
  readonly hosts: readonly PreviewHost[];
  readonly steps: readonly PreviewStep[];
  /** The first errors of the document as it is now (possibly not the version drawn). */
  readonly problems: readonly PreviewProblem[];
  /** How many errors there are in all (the list may stop short). */
  readonly errorCount: number;
  /** True when the diagram is the last one drawn without errors, not the current text's. */
  readonly stale: boolean;
}

/** The editor's cursor moved: highlight the drawing of this line. */
export interface PreviewCursor {
  readonly type: 'cursor';
  readonly line: number;
}

export interface PreviewLockChanged {
  readonly type: 'lock';
  readonly locked: boolean;
}

export type HostMessage = PreviewUpdate | PreviewCursor | PreviewLockChanged;

export type ExportFormat = 'svg' | 'png';

/** Sent by the webview once its script runs: the host answers with the current update. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** A render finished (ok) or failed; `seq` is the update's. */
export interface RenderedMessage {
  readonly type: 'rendered';
  readonly seq: number;
  readonly ok: boolean;
  /** Mermaid's error when `ok` is false. */
  readonly error?: string;
}

/** The user clicked a drawn element: select its line in the editor. */
export interface RevealLineMessage {
  readonly type: 'revealLine';
  readonly line: number;
}

/** Save the drawing: SVG as markup, PNG as base64 without the data-URL prefix. */
export interface ExportMessage {
  readonly type: 'export';
  readonly format: ExportFormat;
  readonly data: string;
}

export interface CopySourceMessage {
  readonly type: 'copySource';
}

export interface ToggleLockMessage {
  readonly type: 'toggleLock';
}

export type WebviewMessage = ReadyMessage | RenderedMessage | RevealLineMessage | ExportMessage | CopySourceMessage | ToggleLockMessage;

/** What the webview keeps across a reload of the window (vscode.getState / setState). */
export interface PreviewState {
  /** The previewed document's URI, as `Uri.toString()`. */
  readonly uri: string;
  readonly locked: boolean;
  /** Zoom factor, 1 = 100 %; undefined until the user zooms (the first drawing then fits the width). */
  readonly zoom: number | undefined;
  /** The step shown by the step-through (1-based), or undefined for the whole story. */
  readonly step: number | undefined;
}

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;

/** Exported images larger than this are refused: 64 MiB of base64 is far past any real diagram. */
export const MAX_EXPORT_CHARS = 64 * 1024 * 1024;

/** The user-visible strings of the webview, localized by the host. */
export interface PreviewStrings {
  readonly previewOf: string;
  readonly toolbar: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomReset: string;
  readonly fit: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  readonly copySource: string;
  readonly lock: string;
  readonly unlock: string;
  readonly stepControls: string;
  readonly first: string;
  readonly back: string;
  readonly play: string;
  readonly pause: string;
  readonly forward: string;
  readonly last: string;
  readonly wholeStory: string;
  /** `{0}` step number, `{1}` number of steps. */
  readonly stepOf: string;
  readonly noSteps: string;
  /** `{0}` how many errors. */
  readonly errors: string;
  readonly staleDiagram: string;
  /** `{0}` line number, `{1}` message. */
  readonly problemAt: string;
  /** `{0}` Mermaid's message. */
  readonly renderFailed: string;
  readonly loading: string;
  readonly empty: string;
}

/** Every key of PreviewStrings: `satisfies` makes the compiler reject a key missing here. */
const STRING_KEYS = Object.keys({
  previewOf: true,
  toolbar: true,
  zoomIn: true,
  zoomOut: true,
  zoomReset: true,
  fit: true,
  exportSvg: true,
  exportPng: true,
  copySource: true,
  lock: true,
  unlock: true,
  stepControls: true,
  first: true,
  back: true,
  play: true,
  pause: true,
  forward: true,
  last: true,
  wholeStory: true,
  stepOf: true,
  noSteps: true,
  errors: true,
  staleDiagram: true,
  problemAt: true,
  renderFailed: true,
  loading: true,
  empty: true,
} satisfies Record<keyof PreviewStrings, true>);

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A 0-based line or character number, or a sequence number. */
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isElement(value: unknown): value is PreviewElement {
  return isObject(value) && (value.kind === 'message' || value.kind === 'note') && isCount(value.line);
}

function isHost(value: unknown): value is PreviewHost {
  return isObject(value) && typeof value.name === 'string' && typeof value.label === 'string';
}

function isStep(value: unknown): value is PreviewStep {
  return isObject(value) && isCount(value.line) && isObject(value.states) && Object.values(value.states).every((s) => typeof s === 'string');
}

function isProblem(value: unknown): value is PreviewProblem {
  return isObject(value) && isCount(value.line) && isCount(value.character) && typeof value.message === 'string' && typeof value.code === 'string';
}

function isArrayOf<T>(value: unknown, check: (item: unknown) => item is T): value is T[] {
  return Array.isArray(value) && value.every(check);
}

/** The webview's check on what arrives from the host: a well-formed HostMessage, or undefined. */
export function parseHostMessage(value: unknown): HostMessage | undefined {
  if (!isObject(value)) {
    return undefined;
  }
  switch (value.type) {
    case 'update': {
      const diagram = value.diagram;
      const ok =
        isCount(value.seq) &&
        typeof value.uri === 'string' &&
        typeof value.source === 'string' &&
        isObject(diagram) &&
        typeof diagram.text === 'string' &&
        isArrayOf(diagram.elements, isElement) &&
        isArrayOf(value.hosts, isHost) &&
        isArrayOf(value.steps, isStep) &&
        isArrayOf(value.problems, isProblem) &&
        isCount(value.errorCount) &&
        typeof value.stale === 'boolean';
      return ok ? (value as unknown as PreviewUpdate) : undefined;
    }
    case 'cursor':
      return isCount(value.line) ? { type: 'cursor', line: value.line } : undefined;
    case 'lock':
      return typeof value.locked === 'boolean' ? { type: 'lock', locked: value.locked } : undefined;
    default:
      return undefined;
  }
}

/**
 * The host's check on what arrives from the webview. The webview runs Mermaid
 * on text that came from a user's file, so the host trusts nothing it sends:
 * every field is checked and copied, and anything else is dropped.
 */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isObject(value)) {
    return undefined;
  }
  switch (value.type) {
    case 'ready':
    case 'copySource':
    case 'toggleLock':
      return { type: value.type };
    case 'rendered':
      if (!isCount(value.seq) || typeof value.ok !== 'boolean') {
        return undefined;
      }
      return typeof value.error === 'string' ? { type: 'rendered', seq: value.seq, ok: value.ok, error: value.error.slice(0, 2000) } : { type: 'rendered', seq: value.seq, ok: value.ok };
    case 'revealLine':
      return isCount(value.line) ? { type: 'revealLine', line: value.line } : undefined;
    case 'export':
      if ((value.format !== 'svg' && value.format !== 'png') || typeof value.data !== 'string' || value.data.length === 0 || value.data.length > MAX_EXPORT_CHARS) {
        return undefined;
      }
      if (value.format === 'png' && !/^[A-Za-z0-9+/]+={0,2}$/.test(value.data)) {
        return undefined;
      }
      return { type: 'export', format: value.format, data: value.data };
    default:
      return undefined;
  }
}

/** Reads a persisted state back; anything malformed gives undefined (the panel then shows nothing to restore). */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isObject(value) || typeof value.uri !== 'string' || value.uri === '' || typeof value.locked !== 'boolean') {
    return undefined;
  }
  const zoom = typeof value.zoom === 'number' && Number.isFinite(value.zoom) ? Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, value.zoom)) : undefined;
  const step = isCount(value.step) && value.step >= 1 ? value.step : undefined;
  return { uri: value.uri, locked: value.locked, zoom, step };
}

/** The string table embedded in the webview's HTML; undefined unless every string is there. */
export function parsePreviewStrings(value: unknown): PreviewStrings | undefined {
  if (!isObject(value) || !STRING_KEYS.every((key) => typeof value[key] === 'string')) {
    return undefined;
  }
  return value as unknown as PreviewStrings;
}

/** Fills `{0}`, `{1}`, ... as vscode.l10n.t does, for strings the webview formats itself. */
export function formatString(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const arg = args[Number(index)];
    return arg === undefined ? whole : String(arg);
  });
}
