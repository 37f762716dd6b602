import * as path from 'path';
import type { BuildOptions, Metafile } from 'esbuild';
import type { Check, Suite } from './suite';

/**
 * The extension host's bundle as the VSIX ships it (minified), built in memory with esbuild.js's
 * own options: what every window loads at activation. Target ≤ 150 KB. The engine is a bundle
 * of its own (loaded at the first analysis, and the one a worker thread can run), weighed apart.
 */
const TARGET_BYTES = 150 * 1024;
const REPO = path.join(__dirname, '..', '..');
const WEIGHED = ['dist/extension.js', 'dist/analysisEngine.js', 'dist/cli.js'];

export const bundleSuite: Suite = {
  name: 'bundle: the minified extension host and engine bundles',
  async run() {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(REPO, 'esbuild.js')) as { builds: BuildOptions[]; common: BuildOptions };
    const table: string[][] = [['bundle', 'KB', 'largest inputs (KB)']];
    const sizes = new Map<string, number>();
    for (const build of config.builds.filter((b) => WEIGHED.includes(b.outfile!))) {
      const result = await esbuild.build({ ...config.common, ...build, absWorkingDir: REPO, minify: true, sourcemap: false, write: false, metafile: true });
      const bytes = result.outputFiles.find((f) => f.path.endsWith('.js'))!.contents.length;
      sizes.set(build.outfile!, bytes);
      table.push([build.outfile!, (bytes / 1024).toFixed(1), largestInputs(result.metafile)]);
    }
    const host = sizes.get('dist/extension.js')!;
    const checks: Check[] = [{ name: 'extension host bundle', pass: host <= TARGET_BYTES, detail: `${(host / 1024).toFixed(1)} KB (target ≤ ${TARGET_BYTES / 1024} KB)` }];
    return { table, notes: ['built in memory with esbuild.js\'s options and --production\'s minify; folders of src/ summed'], checks };
  },
};

function largestInputs(metafile: Metafile): string {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint !== undefined)!;
  const byFolder = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const folder = file.split('/').slice(0, 3).join('/');
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytesInOutput);
  }
  return [...byFolder]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([folder, bytes]) => `${folder.replace(/^src\//, '')} ${(bytes / 1024).toFixed(1)}`)
    .join(', ');
}
