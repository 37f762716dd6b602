import {
  MAX_EXPORT_CHARS,
  MAX_ZOOM,
  MIN_ZOOM,
  PREVIEW_STYLES,
  type PreviewStyle,
  type HostMessage,
  type PreviewElement,
  type PreviewHost,
  type PreviewProblem,
  type PreviewState,
  type PreviewStep,
  type PreviewUpdate,
  type WebviewMessage,
} from './protocol';

/**
 * The checks each side runs on what it receives: a message is used only when
 * every field has the expected type and range; anything else is dropped.
 */

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

function isStyle(value: unknown): value is PreviewStyle {
  return PREVIEW_STYLES.includes(value as PreviewStyle);
}

/** The timeline's input comes from the host's own analysis: its shape is checked, its contents are the core's. */
function isTimeline(value: unknown): boolean {
  if (value === undefined) {
    return true;
  }
  if (!isObject(value) || typeof value.showSeq !== 'boolean' || (value.lang !== 'en' && value.lang !== 'ko') || !isObject(value.input)) {
    return false;
  }
  const input = value.input;
  return Array.isArray(input.hosts) && Array.isArray(input.steps) && Array.isArray(input.diagnostics);
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
        typeof value.stale === 'boolean' &&
        isStyle(value.style) &&
        isTimeline(value.timeline);
      return ok ? (value as unknown as PreviewUpdate) : undefined;
    }
    case 'cursor':
      return isCount(value.line) && typeof value.follow === 'boolean' ? { type: 'cursor', line: value.line, follow: value.follow } : undefined;
    case 'typing':
      return { type: 'typing' };
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
      return isCount(value.shown) ? { type: 'ready', shown: value.shown } : { type: 'ready' };
    case 'copySource':
    case 'toggleLock':
      return { type: value.type };
    case 'rendered':
      if (!isCount(value.seq) || typeof value.ok !== 'boolean') {
        return undefined;
      }
      return typeof value.error === 'string' ? { type: 'rendered', seq: value.seq, ok: value.ok, error: value.error.slice(0, 2000) } : { type: 'rendered', seq: value.seq, ok: value.ok };
    case 'revealLine':
      return isCount(value.line) ? { type: 'revealLine', line: value.line, preserveFocus: value.preserveFocus === true } : undefined;
    case 'setStyle':
      return isStyle(value.style) ? { type: 'setStyle', style: value.style } : undefined;
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
  // A state saved before there were two views is the sequence diagram's.
  const style = isStyle(value.style) ? value.style : 'sequence';
  return { uri: value.uri, locked: value.locked, zoom, step, style };
}
