import type { PreviewState, PreviewUpdate } from '../../shared/preview/protocol';
import type { PreviewStrings } from '../../shared/preview/stringTable';

export interface PreviewPage {
  /** `webview.cspSource`: where the page may load its stylesheet from. */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** ES modules the page will import (the shared Mermaid's files), fetched at once beside the script. */
  readonly moduleUris?: readonly string[];
  /** A fresh random value per page load. */
  readonly nonce: string;
  readonly lang: string;
  readonly strings: PreviewStrings;
  readonly state: PreviewState;
  /**
   * The document's drawing as it is when the page is made: the page starts drawing it as soon as
   * Mermaid is loaded instead of asking the host for it first (see TcpflowPreview.loadPage).
   */
  readonly update?: PreviewUpdate;
}

/**
 * The preview's HTML. Its Content Security Policy allows nothing by default;
 * then exactly what the page needs:
 * - script-src: only our bundle and the shared Mermaid module beside it
 *   (preloaded by modulepreload links), by a nonce that changes with every
 *   load; nothing is fetched from a network;
 * - style-src: our stylesheet, and 'unsafe-inline' because Mermaid's SVG
 *   carries its theme as a <style> element and style="" attributes on its
 *   shapes and texts (without it the drawing loses fonts, colours and arrow
 *   styles);
 * - img-src blob:: the PNG export draws the SVG, as a blob: URL, on a canvas.
 * The strings, the state and the first update travel as JSON in data attributes: data, not script.
 */
export function previewHtml(page: PreviewPage): string {
  const csp = webviewCsp(page.nonce, page.cspSource, [`img-src blob:`]);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
${(page.moduleUris ?? []).map((uri) => `<link rel="modulepreload" nonce="${page.nonce}" href="${escapeHtml(uri)}">\n`).join('')}<meta id="tcpflow-preview-data" data-strings="${escapeHtml(JSON.stringify(page.strings))}" data-state="${escapeHtml(JSON.stringify(page.state))}"${page.update === undefined ? '' : ` data-update="${escapeHtml(JSON.stringify(page.update))}"`}>
<title>TCP Flow</title>
</head>
<body>
<script nonce="${page.nonce}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}

/** The policy every tcpflow webview starts from (see previewHtml), plus what one page adds. */
export function webviewCsp(nonce: string, cspSource: string, extra: readonly string[] = []): string {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}'`, `style-src ${cspSource} 'unsafe-inline'`, ...extra].join('; ');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** 32 hex digits from a cryptographic source. */
export function makeNonce(randomBytes: (size: number) => Uint8Array): string {
  return [...randomBytes(16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
