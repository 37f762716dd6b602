import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { codeServerBin } from './paths';
import { spawnGroup, type GroupProcess } from './processGroup';
import { within } from './wait';

/**
 * code-server (VS Code 1.100.3 in the browser) started for one test file: bound to a port the
 * kernel picks on 127.0.0.1, no auth, no telemetry, no extension gallery, and its config, user
 * data and XDG folders in a temporary folder so it never reads or writes the user's own.
 */

export interface CodeServerOptions {
  /** The folder the workbench opens. */
  readonly workspace: string;
  /** Where code-server looks for installed extensions. */
  readonly extensionsDir: string;
  /** User settings on top of {@link quietSettings}. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** VS Code's display language (`--locale`); English when left out. */
  readonly locale?: string;
  /** Runs on the fresh user-data folder before the server starts (e.g. to install a language pack into it). */
  readonly prepareUserData?: (userDataDir: string) => Promise<void>;
}

export interface CodeServer {
  /** `http://127.0.0.1:PORT/`. */
  readonly url: string;
  readonly port: number;
  readonly workspace: string;
  /** code-server's output so far (for failure reports). */
  log(): string;
  /** Stops the server and everything it started, and removes its temporary folder. */
  stop(): Promise<void>;
}

/** Settings that keep the workbench still and offline: no welcome page, tips, telemetry or updates. */
export const quietSettings: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'editor.accessibilitySupport': 'off',
  'editor.minimap.enabled': false,
  'files.hotExit': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
};

const execFileAsync = promisify(execFile);

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-e2e-cs-'));
  const userDataDir = path.join(runDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...quietSettings, ...options.settings }, null, 2),
  );
  try {
    await options.prepareUserData?.(userDataDir);
  } catch (error) {
    fs.rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
  const args = [
    ...isolatingArgs(runDir, userDataDir),
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--extensions-dir', options.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--locale', options.locale ?? 'en',
    options.workspace,
  ];
  const server = spawnGroup(codeServerBin, args, isolatedEnv(runDir), runDir);
  let port: number;
  try {
    port = await listeningPort(server);
  } catch (error) {
    await server.stop();
    fs.rmSync(runDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    workspace: options.workspace,
    log: () => server.output(),
    async stop() {
      await server.stop();
      fs.rmSync(runDir, { recursive: true, force: true });
    },
  };
}

/**
 * Installs a VSIX the way a user would (`code-server --install-extension`), into `extensionsDir`.
 * The install records itself in `userDataDir` (a language pack lists itself in languagepacks.json
 * there, which is how the server finds it); a throwaway folder when left out.
 */
export async function installExtension(vsix: string, extensionsDir: string, userDataDir?: string): Promise<void> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-e2e-install-'));
  try {
    const args = [...isolatingArgs(runDir, userDataDir ?? path.join(runDir, 'user-data')), '--extensions-dir', extensionsDir, '--install-extension', vsix];
    const { stdout, stderr } = await execFileAsync(codeServerBin, args, { env: isolatedEnv(runDir), timeout: 60_000 });
    if (!/was successfully installed/.test(stdout + stderr)) {
      throw new Error(`code-server did not install ${vsix}:\n${stdout}${stderr}`);
    }
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

/** `--config` and `--user-data-dir` in `runDir`: code-server otherwise writes ~/.config/code-server/config.yaml. */
function isolatingArgs(runDir: string, userDataDir: string): string[] {
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  return ['--config', config, '--user-data-dir', userDataDir];
}

/** Our environment, minus anything that would make code-server talk to another VS Code, plus an offline gallery. */
function isolatedEnv(runDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE') {
      env[key] = value;
    }
  }
  const xdg = path.join(runDir, 'xdg');
  return {
    ...env,
    // An empty gallery: no request for the marketplace ever leaves the machine.
    EXTENSIONS_GALLERY: '{}',
    // code-server keeps logs and a heartbeat under XDG folders whatever --user-data-dir says.
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
  };
}

/** Reads the port from code-server's "HTTP server listening on http://127.0.0.1:PORT/" line. */
async function listeningPort(server: GroupProcess): Promise<number> {
  const pattern = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//;
  const found = new Promise<number>((resolve, reject) => {
    const check = (): void => {
      const match = pattern.exec(server.output());
      if (match) {
        resolve(Number(match[1]));
      }
    };
    server.onOutput(check);
    check();
    void server.exited.then((code) => reject(new Error(`code-server exited (${code}) before listening`)));
  });
  try {
    return await within(found, 'code-server to listen on 127.0.0.1', 30_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}; its output:\n${server.output()}`);
  }
}

/** A path on the server as the workbench addresses it (for payload entries such as extensionDevelopmentPath). */
export function remoteUri(server: CodeServer, absolutePath: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${absolutePath}`;
}
