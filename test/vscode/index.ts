import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/**
 * The in-host test entry: VS Code loads this module inside the extension host and awaits `run()`.
 * Both runners use it — @vscode/test-electron (`npm run test:vscode`, VS Code desktop) and
 * code-server's extension host (`npm run test:e2e`, test/e2e/inHost.e2e.test.ts). It runs every
 * `*.test.js` under suite/, in name order. TCPFLOW_VSCODE_GREP narrows the run to matching titles.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  const grep = process.env.TCPFLOW_VSCODE_GREP;
  if (grep) {
    mocha.grep(grep);
  }
  const suiteDir = path.join(__dirname, 'suite');
  const files = fs
    .readdirSync(suiteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  if (files.length === 0) {
    throw new Error(`no *.test.js under ${suiteDir}: compile the tests first (npm run compile-tests)`);
  }
  for (const file of files) {
    mocha.addFile(path.join(suiteDir, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) {
    throw new Error(`${failures} in-host test${failures === 1 ? '' : 's'} failed`);
  }
}
