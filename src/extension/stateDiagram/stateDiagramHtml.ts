import { escapeHtml, webviewCsp } from '../preview/previewHtml';
import type { StateDiagramStrings } from '../../shared/stateDiagram/protocol';

export interface StateDiagramPage {
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly nonce: string;
  readonly lang: string;
  readonly title: string;
  readonly strings: StateDiagramStrings;
}

/**
 * The Figure 5 page: the same policy as the preview's (nothing by default; our script by nonce;
 * our stylesheet, plus inline styles for Mermaid's SVG). It has no export, so no img-src.
 */
export function stateDiagramHtml(page: StateDiagramPage): string {
  const csp = webviewCsp(page.nonce, page.cspSource);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
<meta id="tcpflow-state-diagram-data" data-strings="${escapeHtml(JSON.stringify(page.strings))}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<main class="state-diagram" aria-live="polite">
<p class="caption"></p>
<div class="drawing" role="img" aria-label="${escapeHtml(page.title)}"></div>
<ul class="legend"></ul>
</main>
<script nonce="${page.nonce}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}
