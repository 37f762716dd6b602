import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { installExtension } from './codeServer';
import { repoRoot } from './paths';

const execFileAsync = promisify(execFile);

/**
 * A display language for the workbench, offline. Microsoft's language packs come from the
 * Marketplace, which these machines cannot reach, so a fixture pack in test/e2e/fixtures declares
 * the language (translating none of VS Code's own strings). That is all VS Code needs to run in
 * that language and to hand extensions their `package.nls.<language>.json` and l10n bundle.
 */
export interface LanguagePack {
  /** The language it makes available, e.g. `ko`. */
  readonly languageId: string;
  /** Installs the pack into `extensionsDir` for a server that will use `userDataDir`. */
  install(extensionsDir: string, userDataDir: string): Promise<void>;
  /** Deletes the packaged VSIX. */
  remove(): void;
}

interface PackManifest {
  readonly publisher: string;
  readonly name: string;
  readonly version: string;
  readonly contributes: { readonly localizations: readonly { readonly languageId: string; readonly localizedLanguageName: string }[] };
}

/** Packages the fixture language pack in `test/e2e/fixtures/<folder>` into a VSIX in a temporary folder. */
export async function packageLanguagePack(folder: string): Promise<LanguagePack> {
  const source = path.join(repoRoot, 'test', 'e2e', 'fixtures', folder);
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')) as PackManifest;
  const localization = manifest.contributes.localizations[0]!;
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-e2e-langpack-'));
  const vsix = path.join(outDir, `${manifest.name}.vsix`);
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  try {
    await execFileAsync(process.execPath, [vsce, 'package', '--skip-license', '--allow-missing-repository', '--out', vsix], { cwd: source, timeout: 60_000 });
  } catch (error) {
    fs.rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const id = `${manifest.publisher}.${manifest.name}`;
  return {
    languageId: localization.languageId,
    async install(extensionsDir: string, userDataDir: string): Promise<void> {
      await installExtension(vsix, extensionsDir, userDataDir);
      // Installing from the command line does not list the pack where the server looks for
      // language packs at startup (the workbench's own installer does): list it as that would.
      const translations = path.join(extensionsDir, `${id}-${manifest.version}`, 'translations', 'main.i18n.json');
      if (!fs.existsSync(translations)) {
        throw new Error(`the language pack was not installed where expected: ${translations} is missing`);
      }
      const entry = {
        hash: `${id}-${manifest.version}`,
        label: localization.localizedLanguageName,
        extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
        translations: { vscode: translations },
      };
      fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [localization.languageId]: entry }, null, 2));
    },
    remove(): void {
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
}
