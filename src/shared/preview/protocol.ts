/**
 * The messages between the extension host and the preview webview (checked
 * on arrival by protocolChecks.ts). Shared by both sides, so this file
 * imports neither `vscode` nor the DOM.
 *
 * The webview is a renderer: the host sends it the diagram text and the data
 * it needs to map the drawing back to the script (element lines, step
 * states); the webview never reads the script itself.
 */

import type { Lang } from '../../core/messages/lang';
import type { TimelineInput } from '../../core/timeline';

/** The preview panel's view type, also the serializer's key across window reloads. */
export const PREVIEW_VIEW_TYPE = 'tcpflow.preview';

/** How the preview draws the story: Mermaid's sequence diagram, or the timeline (TCP's time-sequence diagram). */
export type PreviewStyle = 'sequence' | 'timeline';

export const PREVIEW_STYLES: readonly PreviewStyle[] = ['sequence', 'timeline'];

/** What the timeline is drawn from: the page runs the core's layout itself, measuring with its own font. */
export interface PreviewTimeline {
  readonly input: TimelineInput;
  readonly showSeq: boolean;
  readonly lang: Lang;
}

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
  /** The view to draw. */
  readonly style: PreviewStyle;
  /** The timeline's input, sent only while the timeline is the view. */
  readonly timeline?: PreviewTimeline;
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
  /** True when the user moved the cursor (keys, mouse, Go to Line): bring its step into view; false while typing. */
  readonly follow: boolean;
}

/** The previewed document was just edited: the page holds expensive redraws back while this keeps coming. */
export interface PreviewTyping {
  readonly type: 'typing';
}

export interface PreviewLockChanged {
  readonly type: 'lock';
  readonly locked: boolean;
}

export type HostMessage = PreviewUpdate | PreviewCursor | PreviewTyping | PreviewLockChanged;

export type ExportFormat = 'svg' | 'png';

/**
 * Sent by the webview once its script runs: the host answers with the current update.
 * `shown` is the seq of the update the page took from its HTML (previewHtml), if it took one:
 * the host then sends nothing until there is something newer.
 */
export interface ReadyMessage {
  readonly type: 'ready';
  readonly shown?: number;
}

/** A render finished (ok) or failed; `seq` is the update's. */
export interface RenderedMessage {
  readonly type: 'rendered';
  readonly seq: number;
  readonly ok: boolean;
  /** Mermaid's error when `ok` is false. */
  readonly error?: string;
}

/** Select this line in the editor: the user clicked its drawing (the editor takes the keyboard) or stepped to it (the preview keeps it). */
export interface RevealLineMessage {
  readonly type: 'revealLine';
  readonly line: number;
  readonly preserveFocus: boolean;
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

/** The user switched views in the toolbar. */
export interface SetStyleMessage {
  readonly type: 'setStyle';
  readonly style: PreviewStyle;
}

export type WebviewMessage = ReadyMessage | RenderedMessage | RevealLineMessage | ExportMessage | CopySourceMessage | ToggleLockMessage | SetStyleMessage;

/** What the webview keeps across a reload of the window (vscode.getState / setState). */
export interface PreviewState {
  /** The previewed document's URI, as `Uri.toString()`. */
  readonly uri: string;
  readonly locked: boolean;
  /** Zoom factor, 1 = 100 %; undefined until the user zooms (the first drawing then fits the width). */
  readonly zoom: number | undefined;
  /** The step shown by the step-through (1-based), or undefined for the whole story. */
  readonly step: number | undefined;
  /** The view shown. */
  readonly style: PreviewStyle;
}

/**
 * User-timing marks the page sets (performance.mark), for profiling and the
 * benchmarks: the first drawing of the page, and the latest drawing (its
 * detail: `{ seq, costMs }`).
 */
export const PREVIEW_MARKS = {
  firstDrawing: 'tcpflow-first-drawing',
  drawing: 'tcpflow-drawing',
  /** The page has its first update: from its own HTML, or from the host. */
  firstUpdate: 'tcpflow-first-update',
  /** Mermaid and its sequence-diagram chunk are loaded (the page preloads them while it sets up). */
  mermaidReady: 'tcpflow-mermaid-ready',
} as const;

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;

/** Exported images larger than this are refused: 64 MiB of base64 is far past any real diagram. */
export const MAX_EXPORT_CHARS = 64 * 1024 * 1024;
