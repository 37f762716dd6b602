import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { installExtension } from './codeServer';
import { vsixPath } from './paths';

/**
 * The one extensions folder of a test run: the VSIX installed once (by the root hooks) the way a
 * user installs it, then shared by every workbench that tests the installed extension.
 */

let extensionsDir: string | undefined;

export async function installVsixForRun(): Promise<string> {
  extensionsDir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-e2e-extensions-'));
  await installExtension(vsixPath, extensionsDir);
  return extensionsDir;
}

/** The extensions folder holding the installed VSIX; throws when the root hooks did not run. */
export function installedExtensionsDir(): string {
  if (extensionsDir === undefined) {
    throw new Error('the VSIX is installed by the root hooks in out/test/e2e/support/hooks.js: run mocha with --config .mocharc.e2e.json');
  }
  return extensionsDir;
}

export function removeRunExtensions(): void {
  if (extensionsDir !== undefined) {
    fs.rmSync(extensionsDir, { recursive: true, force: true });
    extensionsDir = undefined;
  }
}
