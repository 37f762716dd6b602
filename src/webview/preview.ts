import { parsePreviewState } from '../shared/preview/protocolChecks';
import { parsePreviewStrings } from '../shared/preview/stringTable';
import { HostChannel } from './hostChannel';
import { preloadMermaid } from './mermaidLoader';
import { PreviewApp } from './previewApp';

/**
 * The preview webview's entry point. The host puts the localized strings and
 * the panel's state in data attributes of a <meta> element (data, never
 * script), which are read once here.
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
  new PreviewApp(channel, strings, state);
}

start();
