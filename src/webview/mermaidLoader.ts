import type { Mermaid } from 'mermaid';
import { PREVIEW_MARKS } from '../shared/preview/protocol';

/**
 * Mermaid is built once, as its own ES module split by diagram type
 * (dist/webview/mermaid/), and shared by every tcpflow page: the preview and
 * the state-diagram view load the same files, and a page loads only the
 * chunks of the diagram types it draws. The module sits beside the page's
 * own bundle, so its address is found from the script that is running now;
 * the webview's resource origin serves it, and its dynamic imports inherit
 * the page script's nonce.
 */
const MODULE_PATH = 'mermaid/mermaid.js';

/** Read while this bundle's top level runs: `document.currentScript` is null afterwards. */
const bundleUrl = (document.currentScript as HTMLScriptElement | null)?.src ?? document.baseURI;

let loading: Promise<Mermaid> | undefined;

/** Starts loading Mermaid (once per page) and resolves to it; call early so it loads while the page sets up. */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= (import(new URL(MODULE_PATH, bundleUrl).href) as Promise<{ default: Mermaid }>).then((module) => module.default);
  return loading;
}

/**
 * Loads Mermaid and the chunk of one diagram type ahead of the first render
 * (parsing a bare header is what makes Mermaid fetch it). Never rejects: a
 * failure shows at the render, with its message.
 */
export async function preloadMermaid(diagramType: string): Promise<void> {
  try {
    const mermaid = await loadMermaid();
    await mermaid.parse(`${diagramType}\n`, { suppressErrors: true });
    // For anyone profiling the page's opening (the benchmarks read it).
    performance.mark(PREVIEW_MARKS.mermaidReady);
  } catch {
    // The render that needs it reports the error.
  }
}
