import * as assert from 'assert';
import type { BuildOptions, Metafile } from 'esbuild';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

// The extension's browser bundle runs in a web worker extension host (vscode.dev, github.dev, a
// browser-only code-server), where no Node module or global exists. Built here in memory with the
// options `npm run build` uses, it must import nothing but `vscode`, take no file from Node, and
// use no Node global.

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const BROWSER_BUNDLE = 'dist/browser/extension.js';

interface BuildScript {
  readonly builds: readonly BuildOptions[];
  readonly common: BuildOptions;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Node's globals as code uses them; a word in a message ("the process") does not match. */
const NODE_GLOBALS = /\b(?:Buffer\.(?:from|alloc|concat|isBuffer|byteLength)|process\.(?:env|platform|argv|cwd|nextTick|versions|exit|hrtime|memoryUsage)|__dirname|__filename|setImmediate\(|require\.resolve)/g;

function browserBuild(): { readonly options: BuildOptions; readonly common: BuildOptions } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const script = require(path.join(ROOT, 'esbuild.js')) as BuildScript;
  const options = script.builds.find((b) => b.outfile === BROWSER_BUNDLE);
  assert.ok(options, `esbuild.js builds ${BROWSER_BUNDLE}`);
  return { options, common: script.common };
}

describe('the browser bundle (web worker extension host)', function () {
  this.timeout(60_000);
  let metafile: Metafile;
  let code: string;

  before(async () => {
    const { options, common } = browserBuild();
    const result = await esbuild.build({ ...common, ...options, absWorkingDir: ROOT, write: false, metafile: true, minify: false, sourcemap: false, logLevel: 'silent' });
    metafile = result.metafile;
    code = result.outputFiles.find((f) => f.path.endsWith('extension.js'))!.text;
  });

  it('is what the manifest gives a browser host, built for a web worker', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { browser?: string; main?: string };
    assert.strictEqual(manifest.browser, `./${BROWSER_BUNDLE}`);
    const { options } = browserBuild();
    assert.strictEqual(options.platform, 'browser');
    assert.strictEqual(options.format, 'cjs');
    assert.deepStrictEqual(options.external, ['vscode']);
  });

  it('imports nothing but vscode', () => {
    const external = new Set<string>();
    for (const input of Object.values(metafile.inputs)) {
      for (const imported of input.imports) {
        if (imported.external === true) {
          external.add(imported.path);
        }
      }
    }
    assert.deepStrictEqual([...external], ['vscode']);
  });

  it('takes no file from Node, and no Node built-in through a shim', () => {
    const inputs = Object.keys(metafile.inputs);
    // No file beside the bundle can be loaded in a web worker: the engine is inside it.
    assert.ok(inputs.includes('src/extension/analysisEngine.ts') && inputs.includes('src/core/replay/replay.ts'), 'the engine is in the bundle');
    const fromNode = inputs.filter((input) => NODE_BUILTINS.has(input) || /(^|\/)node_modules\/(@types\/node|node-|buffer|process|path-browserify|crypto-browserify)\b/.test(input) || input.includes(':'));
    assert.deepStrictEqual(fromNode, []);
  });

  it('uses no Node global', () => {
    assert.deepStrictEqual([...new Set(code.match(NODE_GLOBALS) ?? [])], []);
  });

  it('fails the build when a Node built-in is imported', async () => {
    const { options, common } = browserBuild();
    await assert.rejects(
      esbuild.build({
        ...common,
        ...options,
        entryPoints: undefined,
        stdin: { contents: "import { readFileSync } from 'fs'; export const text = readFileSync('x', 'utf8');", resolveDir: ROOT, loader: 'ts' },
        outfile: undefined,
        write: false,
        logLevel: 'silent',
      }),
      /fs/,
    );
  });
});
