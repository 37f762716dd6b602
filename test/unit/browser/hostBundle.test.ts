import * as assert from 'assert';
import type { BuildOptions } from 'esbuild';
import * as esbuild from 'esbuild';
import * as path from 'path';

// The desktop extension host loads dist/extension.js at activation and the engine
// (dist/analysisEngine.js) only when it first reads a script (src/extension/engine.ts). Editor
// features that need the engine, such as completion's verdicts on segments, take it from there:
// an import of the parser or the replay from the host's own code would pull the engine in twice.

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

describe('the desktop extension host bundle', function () {
  this.timeout(60_000);

  it('leaves the parser and the replay to the engine bundle', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const script = require(path.join(ROOT, 'esbuild.js')) as { builds: readonly BuildOptions[]; common: BuildOptions };
    const options = script.builds.find((b) => b.outfile === 'dist/extension.js');
    assert.ok(options, 'esbuild.js builds dist/extension.js');
    const result = await esbuild.build({ ...script.common, ...options, absWorkingDir: ROOT, write: false, metafile: true, minify: false, sourcemap: false, logLevel: 'silent' });
    // What the bundle holds: the inputs with code in the output (a module only reached by an unused import is dropped).
    const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([name]) => name));
    assert.ok(inputs.includes('src/core/completion.ts'), 'completion is in the host bundle');
    assert.deepStrictEqual(
      inputs.filter((i) => i.startsWith('src/core/replay/') || i === 'src/core/syntax/parser.ts' || i === 'src/core/trialSend.ts' || i === 'src/core/analyze.ts'),
      [],
    );
  });
});
