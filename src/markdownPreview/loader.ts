/**
 * What VS Code's Markdown preview runs in every Markdown page (`markdown.previewScripts`): a few
 * hundred bytes that load the drawing script (markdownPreview.ts, with Mermaid in it, about 2 MB)
 * only once the page has a ```tcpflow sequence diagram to draw. A README with no such block costs
 * nothing more. The preview allows scripts by nonce alone, so the drawing script goes in with this
 * script's own nonce, from beside this script.
 */

/** This script, as package.json contributes it, and the drawing script beside it (see esbuild.js). */
const LOADER_PATH = '/dist/markdown/preview.js';
const DRAWING_SCRIPT = 'draw.js';
/** What the extension's markdown-it plugin writes for a block Mermaid draws (a timeline block comes drawn). */
const SEQUENCE_BLOCK = '.tcpflow-block[data-tcpflow-view="sequence"]';

const loaderScript = ownScript();
let requested = false;

/** This script's element: known as the current script while it first runs, else found by its address. */
function ownScript(): HTMLScriptElement | undefined {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) {
    return current;
  }
  return [...document.scripts].find((script) => new URL(script.src || 'about:blank').pathname.endsWith(LOADER_PATH));
}

function loadWhenNeeded(): void {
  if (requested || loaderScript === undefined || document.querySelector(SEQUENCE_BLOCK) === null) {
    return;
  }
  requested = true;
  watcher.disconnect();
  const script = document.createElement('script');
  script.nonce = loaderScript.nonce;
  script.src = new URL(DRAWING_SCRIPT, loaderScript.src).href;
  document.head.append(script);
}

// The preview puts its content in and replaces it on every edit, at times of its own: a block that
// arrives later, however it arrives, loads the drawing script then.
const watcher = new MutationObserver(loadWhenNeeded);
watcher.observe(document.documentElement, { childList: true, subtree: true });
window.addEventListener('vscode.markdown.updateContent', loadWhenNeeded);
loadWhenNeeded();

export {};
