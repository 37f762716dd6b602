/**
 * The extension in a web worker extension host (vscode.dev, github.dev, a browser-only
 * code-server): the same activation as on the desktop. What it reads (lessons, exercises) goes
 * through vscode.workspace.fs and the extension's URI, and nothing here imports a Node module;
 * test/unit/browser/ builds this bundle and checks.
 */
export { activate, deactivate } from './extension';
