import type { HostMessage, PreviewState, WebviewMessage } from '../shared/preview/protocol';
import { parseHostMessage, parsePreviewState } from '../shared/preview/protocolChecks';

/** The API VS Code gives a webview's script, once. */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/**
 * The webview's side of the conversation with the extension host: typed
 * messages out, checked messages in, and the state VS Code keeps for the
 * panel across reloads of the window.
 */
export class HostChannel {
  private readonly api: VsCodeApi = acquireVsCodeApi();

  post(message: WebviewMessage): void {
    this.api.postMessage(message);
  }

  /** Calls `handler` for each well-formed message from the host; anything else is ignored. */
  listen(handler: (message: HostMessage) => void): void {
    window.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = parseHostMessage(event.data);
      if (message !== undefined) {
        handler(message);
      }
    });
  }

  savedState(): PreviewState | undefined {
    return parsePreviewState(this.api.getState());
  }

  saveState(state: PreviewState): void {
    this.api.setState(state);
  }
}
