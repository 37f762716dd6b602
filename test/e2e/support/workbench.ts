import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { launchOfflineBrowser, type OfflineBrowser } from './browser';
import { startCodeServer, type CodeServer } from './codeServer';
import { fixturesDir, resultsDir } from './paths';
import { installedExtensionsDir } from './session';

/**
 * One real workbench: code-server on a fresh workspace + headless chromium showing it. Opening
 * waits for the workbench to render; closing stops browser and server (as process groups) and
 * removes every temporary folder, also after a failure. Each test gets a trace chunk that is kept,
 * with a screenshot and the logs, only when the test fails.
 */

export interface WorkbenchOptions {
  /** Names of files in test/e2e/fixtures/workspace to copy into the workspace; all of them when left out. */
  readonly fixtures?: readonly string[];
  /** More workspace files: relative path → content. */
  readonly files?: Readonly<Record<string, string>>;
  /** User settings on top of the quiet defaults (e.g. `{ 'tcpflow.language': 'ko' }`). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Extensions folder; the run's installed VSIX when left out. */
  readonly extensionsDir?: string;
  /** VS Code's display language; English when left out. */
  readonly locale?: string;
  /** Runs on the server's fresh user-data folder before it starts. */
  readonly prepareUserData?: (userDataDir: string) => Promise<void>;
  /** Workbench URL payload entries (e.g. extensionDevelopmentPath), given the running server. */
  readonly payload?: (server: CodeServer) => readonly (readonly [string, string])[];
  /** Runs on the page before the workbench loads (e.g. `page.exposeFunction`). */
  readonly beforeLoad?: (page: Page) => Promise<void>;
  /** Name used for failure artifacts of opening. */
  readonly name?: string;
}

export class Workbench {
  private consoleLines: string[] = [];
  private tracing = false;

  private constructor(
    readonly server: CodeServer,
    readonly browser: OfflineBrowser,
    readonly page: Page,
    readonly workspace: string,
  ) {
    page.on('console', (message) => this.remember(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => this.remember(`[pageerror] ${error.message}`));
  }

  static async open(options: WorkbenchOptions = {}): Promise<Workbench> {
    const workspace = makeWorkspace(options);
    let server: CodeServer | undefined;
    let browser: OfflineBrowser | undefined;
    let workbench: Workbench | undefined;
    try {
      server = await startCodeServer({
        workspace,
        extensionsDir: options.extensionsDir ?? installedExtensionsDir(),
        settings: options.settings ?? {},
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.prepareUserData ? { prepareUserData: options.prepareUserData } : {}),
      });
      browser = await launchOfflineBrowser();
      const page = await browser.context.newPage();
      workbench = new Workbench(server, browser, page, workspace);
      await options.beforeLoad?.(page);
      await page.goto(workbenchUrl(server, workspace, options.payload?.(server) ?? []));
      await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: 60_000 });
      await browser.context.tracing.start({ screenshots: true, snapshots: true });
      workbench.tracing = true;
      return workbench;
    } catch (error) {
      if (workbench) {
        await workbench.saveArtifacts(`open ${options.name ?? 'workbench'}`);
      }
      await browser?.close().catch(() => undefined);
      await server?.stop().catch(() => undefined);
      fs.rmSync(workspace, { recursive: true, force: true });
      throw error;
    }
  }

  /** Absolute path of a workspace file. */
  file(relativePath: string): string {
    return path.join(this.workspace, relativePath);
  }

  /** Requests the page tried to make beyond 127.0.0.1 (all aborted). */
  get blockedRequests(): readonly string[] {
    return this.browser.blockedRequests;
  }

  async beginTest(title: string): Promise<void> {
    if (this.tracing) {
      await this.browser.context.tracing.startChunk({ title });
    }
  }

  /** Keeps the test's trace, a screenshot and the logs when it failed; drops the trace otherwise. */
  async endTest(title: string, failed: boolean): Promise<void> {
    if (failed) {
      await this.saveArtifacts(title);
    } else if (this.tracing) {
      await this.browser.context.tracing.stopChunk();
    }
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      await this.server.stop();
      fs.rmSync(this.workspace, { recursive: true, force: true });
    }
  }

  private async saveArtifacts(title: string): Promise<void> {
    fs.mkdirSync(resultsDir, { recursive: true });
    const base = path.join(resultsDir, slug(title));
    const saved: string[] = [];
    const attempt = async (what: string, save: () => Promise<unknown>): Promise<void> => {
      try {
        await save();
        saved.push(what);
      } catch (error) {
        console.error(`    could not save ${what}: ${(error as Error).message}`);
      }
    };
    await attempt(`${base}.png`, () => this.page.screenshot({ path: `${base}.png`, timeout: 10_000 }));
    if (this.tracing) {
      await attempt(`${base}.trace.zip`, () => this.browser.context.tracing.stopChunk({ path: `${base}.trace.zip` }));
    }
    const log = [
      `# ${title}`,
      '## browser console',
      ...this.consoleLines,
      '## requests blocked (not 127.0.0.1)',
      ...this.browser.blockedRequests,
      '## code-server',
      this.server.log(),
    ].join('\n');
    await attempt(`${base}.log`, async () => fs.writeFileSync(`${base}.log`, log));
    console.log(`    failure artifacts: ${saved.map((file) => path.relative(process.cwd(), file)).join(', ')}`);
  }

  private remember(line: string): void {
    this.consoleLines.push(line);
    if (this.consoleLines.length > 500) {
      this.consoleLines.splice(0, this.consoleLines.length - 500);
    }
  }
}

/**
 * Opens a workbench for the enclosing mocha `describe` and closes it after its last test; wires
 * each test's trace and failure artifacts. Read `page`/`workbench` inside tests, not at load time.
 */
export function useWorkbench(options: WorkbenchOptions = {}): { readonly page: Page; readonly workbench: Workbench } {
  let current: Workbench | undefined;
  before(async function () {
    this.timeout(120_000);
    current = await Workbench.open({ name: this.test?.parent?.fullTitle(), ...options });
  });
  beforeEach(async function () {
    await current?.beginTest(this.currentTest?.fullTitle() ?? 'test');
  });
  afterEach(async function () {
    this.timeout(60_000);
    await current?.endTest(this.currentTest?.fullTitle() ?? 'test', this.currentTest?.state === 'failed');
  });
  after(async function () {
    this.timeout(60_000);
    await current?.close();
    current = undefined;
  });
  const opened = (): Workbench => {
    if (!current) {
      throw new Error('the workbench is not open (read it inside a test, after the before hook)');
    }
    return current;
  };
  return {
    get page() {
      return opened().page;
    },
    get workbench() {
      return opened();
    },
  };
}

function makeWorkspace(options: WorkbenchOptions): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-e2e-ws-'));
  const fixtures = options.fixtures ?? fs.readdirSync(fixturesDir);
  for (const name of fixtures) {
    fs.copyFileSync(path.join(fixturesDir, name), path.join(workspace, name));
  }
  for (const [relativePath, content] of Object.entries(options.files ?? {})) {
    const target = path.join(workspace, relativePath);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return workspace;
}

function workbenchUrl(server: CodeServer, workspace: string, payload: readonly (readonly [string, string])[]): string {
  const query = new URLSearchParams({ folder: workspace });
  if (payload.length > 0) {
    query.set('payload', JSON.stringify(payload));
  }
  return `${server.url}?${query.toString()}`;
}

function slug(title: string): string {
  return title.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120) || 'test';
}
