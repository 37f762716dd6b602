import * as path from 'path';
import { runTests } from '@vscode/test-electron';

/**
 * `npm run test:vscode`: the in-host suite in VS Code desktop through @vscode/test-electron.
 * It downloads a VS Code build unless VSCODE_EXECUTABLE_PATH names one already installed; where
 * neither is possible (no internet), `npm run test:e2e` runs the same suite in code-server.
 */
async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(__dirname, 'index'),
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
      version: process.env.VSCODE_EXECUTABLE_PATH ? undefined : '1.100.3',
      launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    console.error(`in-host tests failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
