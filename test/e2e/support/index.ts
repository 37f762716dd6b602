/**
 * The end-to-end harness: the real VS Code (code-server 4.100.3 = VS Code 1.100.3) driven by
 * Debian's headless chromium through playwright-core, offline. Specs live in
 * test/e2e/*.e2e.test.ts and run with `npm run test:e2e` (the root hooks in hooks.ts install the
 * VSIX once per run, or skip/fail the run when chromium or code-server is missing).
 *
 * A spec, in short:
 *
 *     import * as assert from 'assert';
 *     import { openFile, useWorkbench, waitForProblemCounts, waitForSquiggles } from './support';
 *
 *     describe('my feature', () => {
 *       const vscode = useWorkbench({ fixtures: ['broken.tcpflow'] });
 *       it('underlines the wrong line', async () => {
 *         await openFile(vscode.page, 'broken.tcpflow');
 *         await waitForSquiggles(vscode.page, [6]);
 *         await waitForProblemCounts(vscode.page, { errors: 1 });
 *       });
 *     });
 *
 * Workbench (workbench.ts)
 *   useWorkbench(options)        one workbench per `describe`: opened in `before`, closed in `after`
 *                                (also on failure); `.page` is the playwright Page, `.workbench` the
 *                                Workbench. A failing test leaves test-results/<title>.png,
 *                                .trace.zip (`npx playwright-core show-trace`) and .log.
 *   options: fixtures (files of test/e2e/fixtures/workspace to copy; all by default), files
 *     ({ 'a/b.tcpflow': text }), settings ({ 'tcpflow.language': 'ko' }), extensionsDir, payload,
 *     beforeLoad(page).
 *   Workbench.open(options) / close(); workbench.file(name) → absolute path in the workspace;
 *   workbench.blockedRequests → URLs the page tried beyond 127.0.0.1 (all aborted).
 *
 * Editor (editor.ts) — each waits for the visible result before returning
 *   openFile(page, name)                 quick open (Ctrl+P) → editor shows the file
 *   runCommand(page, title)              F1 → the command with exactly this palette title
 *   runPickerCommand(page, title)        the same for a command that opens its own quick pick; returns its input
 *   closeAllEditors(page)                also answers "Don't Save"
 *   typeText(page, text)                 types into the focused editor; '\n' → Escape, Enter
 *   goToLine(page, line, column?)        Ctrl+G
 *   editorLines(page)                    the active editor's rendered lines (U+00A0 → space)
 *   lineTokens(page, line)               the spans Monaco drew on a line: { text, className (mtkN) }
 *   squiggleLines(page, severity?)       1-based lines carrying squiggles ('error' by default)
 *   waitForSquiggles(page, lines, sev?)  until exactly these lines carry them ([] = none)
 *   problemCounts(page)                  { errors, warnings, infos, label } from #status.problems
 *   waitForProblemCounts(page, counts)   until the status bar shows them
 *   problemsPanelRows(page)              opens the Problems panel; its rows' labels and texts
 *   waitForProblemRow(page, accept, what)
 *   languageMode(page), cursorPosition(page)   from the status bar
 *   webviewFrame(page)                   FrameLocator of the active webview's document (the preview)
 *
 * Waiting (wait.ts)
 *   eventually(probe, accept, what, timeoutMs?)   polls a condition; the error names what it last saw
 *   within(promise, what, timeoutMs)
 *
 * In-host suites (inHost.ts)
 *   runInHost({ testsModule, timeoutMs, onLog?, settings? }) → { exitCode, output }: the mocha
 *   suite of test/vscode/ inside code-server's extension host (the payload extensionTestsPath trick).
 *
 * Lower level: startCodeServer/installExtension/remoteUri (codeServer.ts), launchOfflineBrowser
 * (browser.ts), spawnGroup (processGroup.ts), paths (paths.ts).
 */
export * from './codeServer';
export * from './browser';
export * from './editor';
export * from './inHost';
export * from './paths';
export * from './previewMeasures';
export * from './wait';
export * from './workbench';
