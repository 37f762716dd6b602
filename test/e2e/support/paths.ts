import * as fs from 'fs';
import * as path from 'path';

/** Where the end-to-end harness finds the project, code-server, chromium and its fixtures. */

/** The repository root (this file runs from out/test/e2e/support/). */
export const repoRoot = findRepoRoot(__dirname);

/** The cache scripts/setup-e2e.js installs code-server into. */
export const cacheRoot = process.env.TCPFLOW_E2E_CACHE ? path.resolve(process.env.TCPFLOW_E2E_CACHE) : path.join(repoRoot, '.e2e-cache');

export const codeServerBin = path.join(cacheRoot, 'code-server', 'node_modules', '.bin', 'code-server');

/** Debian's chromium: the only browser on the machine, nothing is downloaded. */
export const chromiumPath = '/usr/bin/chromium';

/** The VSIX `npm run package` builds. */
export const vsixPath = path.join(repoRoot, 'dist', 'tcpflow.vsix');

/** The bundles the VSIX is built from; a VSIX older than these is stale. */
export const bundlePaths = ['extension.js', 'analysisEngine.js', 'webview/preview.js', 'webview/stateDiagram.js', 'markdown/preview.js', 'markdown/draw.js'].map((bundle) => path.join(repoRoot, 'dist', bundle));

/** Scripts copied into each workbench's workspace folder. */
export const fixturesDir = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace');

/** Screenshots, traces and logs of failed tests (git-ignored). */
export const resultsDir = path.join(repoRoot, 'test-results');

/** The compiled in-host mocha loader (test/vscode/index.ts), the one @vscode/test-electron runs too. */
export const inHostTestsModule = path.join(repoRoot, 'out', 'test', 'vscode', 'index.js');

/** The outermost folder with the tcpflow package.json: out/ holds a copy of it too. */
function findRepoRoot(start: string): string {
  let found: string | undefined;
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'tcpflow') {
      found = dir;
    }
    if (path.dirname(dir) === dir) {
      if (found === undefined) {
        throw new Error(`no tcpflow package.json above ${start}`);
      }
      return found;
    }
  }
}
