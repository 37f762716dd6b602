import type { PreviewUpdate } from '../shared/preview/protocol';
import { parseHostMessage, parsePreviewState } from '../shared/preview/protocolChecks';
import { parsePreviewStrings } from '../shared/preview/stringTable';
import { HostChannel } from './hostChannel';
import { preloadMermaid } from './mermaidLoader';
import { PreviewApp } from './previewApp';

/**
 * The preview webview's entry point. The host puts the localized strings,
 * the panel's state and, often, the first drawing's update in data attributes
 * of a <meta> element (data, never script), which are read once here.
 */
function start(): void {
  const data = document.getElementById('tcpflow-preview-data');
  const strings = parsePreviewStrings(JSON.parse(data?.getAttribute('data-strings') ?? 'null'));
  const pageState = parsePreviewState(JSON.parse(data?.getAttribute('data-state') ?? 'null'));
  if (strings === undefined || pageState === undefined) {
    // Without the string table there is no language to choose: say it in both.
    document.body.textContent = 'TCP Flow: the preview page is missing its settings. / 미리 보기 페이지에 설정이 없습니다.';
    return;
  }
  // A page reloaded after being hidden keeps its HTML but not its script: the state it saved last is newer.
  const channel = new HostChannel();
  const state = channel.savedState() ?? pageState;
  if (state.style === 'sequence') {
    // Mermaid, and its sequence-diagram chunk, are most of what the page loads: they start now, while
    // the page sets up and the host answers. The timeline needs neither, so then they wait.
    void preloadMermaid('sequenceDiagram');
  }
  new PreviewApp(channel, strings, state, firstUpdate(data, channel.savedState() === undefined ? state.uri : undefined));
}

/**
 * The update the HTML carries, on the page's first load only: a page shown again after being
 * hidden, or restored after a reload, gets the same HTML as when it was made, and its update
 * may be old by now; the page then asks the host, as it always may.
 */
function firstUpdate(data: HTMLElement | null, firstLoadOf: string | undefined): PreviewUpdate | undefined {
  const json = data?.getAttribute('data-update');
  if (firstLoadOf === undefined || json === null || json === undefined) {
    return undefined;
  }
  const message = parseHostMessage(JSON.parse(json));
  return message?.type === 'update' && message.uri === firstLoadOf ? message : undefined;
}

start();
