/**
 * The entry of the shared Mermaid module (dist/webview/mermaid/mermaid.js),
 * built as an ES module split at Mermaid's own dynamic imports, one chunk per
 * diagram type. The pages import it at run time (mermaidLoader.ts).
 */
export { default } from 'mermaid';
