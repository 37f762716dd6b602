// Builds the bundles: the extension host (node, and browser for a web worker host), the CLI (node),
// the two webviews, the preview and the Figure 5 view (browser), Mermaid once, as an ES module both
// webviews import at run time, split at its own dynamic imports so a page parses only the diagram
// types it draws, and the Markdown preview's script (which carries its own Mermaid, as VS Code's
// Markdown preview loads a classic script). Everything is local: nothing loads from a network.
const path = require('path');
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--cli`: the command line's bundle only, as `npm pack` needs (the package holds nothing else).
const cliOnly = process.argv.includes('--cli');

/**
 * In the browser bundle, src/extension/engine.ts (which loads dist/analysisEngine.js from beside
 * the extension's file) is replaced by engineInBundle.ts, which carries the engine inside, and
 * src/extension/startWorker.ts (a worker thread) by startWorkerInBundle.ts: a web worker
 * extension host has neither a file system to load from nor worker_threads.
 * @type {import('esbuild').Plugin}
 */
const engineInBundle = {
  name: 'engine-in-bundle',
  setup(build) {
    const extension = path.join(__dirname, 'src', 'extension');
    const replaced = { [path.join(extension, 'engine')]: 'engineInBundle.ts', [path.join(extension, 'startWorker')]: 'startWorkerInBundle.ts' };
    build.onResolve({ filter: /(^|\/)(engine|startWorker)$/ }, (args) => {
      const inBundle = replaced[path.resolve(args.resolveDir, args.path)];
      return inBundle === undefined ? undefined : { path: path.join(extension, inBundle) };
    });
  },
};

/**
 * In the desktop extension host's bundle, src/core/messages (the catalogs a MessageRef names, and
 * localize) is replaced by src/extension/engineMessages.ts, which asks the engine bundle for a
 * message's text: the catalogs ship once, in the engine, not again in what every window loads.
 * @type {import('esbuild').Plugin}
 */
const messagesFromEngine = {
  name: 'messages-from-engine',
  setup(build) {
    const catalogs = path.join(__dirname, 'src', 'core', 'messages');
    build.onResolve({ filter: /(^|\/)messages(\/index)?$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      return target === catalogs || target === path.join(catalogs, 'index') ? { path: path.join(__dirname, 'src', 'extension', 'engineMessages.ts') } : undefined;
    });
  },
};

/**
 * Writes dist/webview/mermaid/preload.json: the files of the shared Mermaid module a page drawing a
 * sequence diagram needs, the module and every chunk it imports, then the sequence diagram's chunk
 * and its own. The preview's HTML lists them as modulepreload links, so they load at once, beside
 * the page's script, instead of one wave of imports after another.
 * @type {import('esbuild').Plugin}
 */
const mermaidPreloadList = {
  name: 'mermaid-preload-list',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0 || result.metafile === undefined || build.initialOptions.write === false) {
        return;
      }
      const outputs = result.metafile.outputs;
      const files = [];
      const add = (file) => {
        if (files.includes(file) || outputs[file] === undefined) {
          return;
        }
        files.push(file);
        for (const imported of outputs[file].imports) {
          if (imported.kind === 'import-statement' && !imported.external) {
            add(imported.path);
          }
        }
      };
      const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'src/webview/mermaidModule.ts');
      const sequence = Object.keys(outputs).find((file) => /\/sequenceDiagram-[^/]*\.mjs$/.test(outputs[file].entryPoint ?? ''));
      if (entry === undefined || sequence === undefined) {
        throw new Error('mermaid-preload-list: the Mermaid module or its sequence diagram chunk is not in the build');
      }
      add(entry);
      add(sequence);
      const root = build.initialOptions.absWorkingDir ?? process.cwd();
      const dir = path.resolve(root, build.initialOptions.outdir);
      const list = { sequenceDiagram: files.map((file) => path.relative(dir, path.resolve(root, file))) };
      fs.writeFileSync(path.join(dir, 'preload.json'), JSON.stringify(list, null, 1) + '\n');
    });
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    plugins: [messagesFromEngine],
  },
  {
    // The engine, which the extension host loads when it first analyses a script (see src/extension/analysisEngine.ts).
    entryPoints: ['src/extension/analysisEngine.ts'],
    outfile: 'dist/analysisEngine.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    // The analysis worker, a thread the extension host starts for long scripts; it runs the engine bundle beside it.
    entryPoints: ['src/extension/analysisWorker.ts'],
    outfile: 'dist/analysisWorker.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    // The same extension for a web worker extension host (package.json's `browser`): no Node built-ins.
    entryPoints: ['src/extension/browserExtension.ts'],
    outfile: 'dist/browser/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    plugins: [engineInBundle],
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
  },
  {
    entryPoints: ['src/webview/preview.ts'],
    outfile: 'dist/webview/preview.js',
    platform: 'browser',
    format: 'iife',
  },
  {
    entryPoints: ['src/webview/stateDiagram.ts'],
    outfile: 'dist/webview/stateDiagram.js',
    platform: 'browser',
    format: 'iife',
  },
  {
    entryPoints: { mermaid: 'src/webview/mermaidModule.ts' },
    outdir: 'dist/webview/mermaid',
    platform: 'browser',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    // Third-party code read by no one: always minified, no source map, in every build.
    minify: true,
    sourcemap: false,
    metafile: true,
    plugins: [mermaidPreloadList],
  },
  {
    // Run in every page of VS Code's own Markdown preview (markdown.previewScripts): it loads the
    // drawing script below only for a page with a ```tcpflow block to draw.
    entryPoints: ['src/markdownPreview/loader.ts'],
    outfile: 'dist/markdown/preview.js',
    platform: 'browser',
    format: 'iife',
  },
  {
    // Draws the blocks, with Mermaid inside (the preview gives its scripts no module loader).
    entryPoints: ['src/markdownPreview/markdownPreview.ts'],
    outfile: 'dist/markdown/draw.js',
    platform: 'browser',
    format: 'iife',
  },
];

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  target: 'es2022',
  sourcemap: !production,
  minify: production,
  // Korean as UTF-8 (3 bytes a syllable) rather than \uXXXX escapes (6).
  charset: 'utf8',
  logLevel: 'warning',
};

async function main() {
  const selected = cliOnly ? builds.filter((b) => b.outfile === 'dist/cli.js') : builds;
  // Chunks of an older Mermaid must not linger beside the new ones.
  if (!watch && !cliOnly) {
    fs.rmSync('dist/webview/mermaid', { recursive: true, force: true });
  }
  const contexts = await Promise.all(selected.map((b) => esbuild.context({ ...common, ...b })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

// `npm run bench` reads the same options to build the shipped bundles in memory and weigh them, and
// the browser bundle's unit test to build that one.
module.exports = { builds, common };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
