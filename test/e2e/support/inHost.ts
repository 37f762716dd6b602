import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { format } from 'util';
import { remoteUri } from './codeServer';
import { repoRoot } from './paths';
import { within } from './wait';
import { Workbench } from './workbench';

/**
 * Runs a mocha suite inside code-server's extension host, as @vscode/test-electron does inside
 * VS Code desktop: the workbench URL's payload names the extension under development (this
 * repository) and the tests module (exporting `run(): Promise<void>`); the workbench reports the
 * suite's output through `window.codeAutomationLog` and its end through `window.codeAutomationExit`.
 */

export interface InHostResult {
  /** 0 when `run()` resolved, 1 when it rejected. */
  readonly exitCode: number;
  /** What the extension host logged, in order (mocha's report among it). */
  readonly output: readonly string[];
}

export interface InHostOptions {
  /** Absolute path of the compiled tests module. */
  readonly testsModule: string;
  /** Called with each line the extension host logs, as it comes. */
  readonly onLog?: (line: string) => void;
  /** How long the whole suite may take. */
  readonly timeoutMs: number;
  /** Settings for the workbench the suite runs in. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export async function runInHost(options: InHostOptions): Promise<InHostResult> {
  const output: string[] = [];
  let reportExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => {
    reportExit = resolve;
  });
  // An empty extensions folder: the extension under test is the development copy only.
  const extensionsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-e2e-inhost-ext-'));
  let workbench: Workbench | undefined;
  try {
    workbench = await Workbench.open({
      name: 'in-host suite',
      fixtures: [],
      extensionsDir,
      settings: options.settings ?? {},
      payload: (server) => [
        ['extensionDevelopmentPath', remoteUri(server, repoRoot)],
        ['extensionTestsPath', remoteUri(server, options.testsModule)],
      ],
      beforeLoad: async (page) => {
        await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
          // The extension host's console calls arrive as the call's arguments: format string first.
          const text = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
          const line = type === 'info' || type === 'log' ? text : `[${type}] ${text}`;
          output.push(line);
          options.onLog?.(line);
        });
        await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
      },
    });
    const exitCode = await within(exited, 'the in-host suite to finish (codeAutomationExit)', options.timeoutMs);
    return { exitCode, output };
  } catch (error) {
    if (workbench) {
      await workbench.endTest('in-host suite', true);
    }
    throw error;
  } finally {
    await workbench?.close();
    fs.rmSync(extensionsDir, { recursive: true, force: true });
  }
}
