import * as assert from 'assert';
import type { BuildOptions } from 'esbuild';
import * as esbuild from 'esbuild';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { localize } from '../../../src/core/messages';
import { ENGINE_MESSAGES } from '../../../src/core/messages/engine';
import { SYNTAX_MESSAGES } from '../../../src/core/messages/syntax';
import { localize as localizeInHost } from '../../../src/extension/engineMessages';

// The desktop extension host loads dist/extension.js at activation and the engine
// (dist/analysisEngine.js) only when it first reads a script (src/extension/engine.ts). Editor
// features ask their questions of an analysis (src/extension/answers/), and the answers are
// worked out in the engine, in the host or in the analysis worker: an import of the parser, the
// replay or an answer (hover, completion, formatting, the outline) from the host's own code would
// pull the engine in twice, and so would the message catalogs behind src/core/messages.

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
    assert.ok(inputs.includes('src/extension/analysisCache.ts'), 'the analysis cache is in the host bundle');
    const engineOnly = ['syntax/parser', 'trialSend', 'analyze', 'completion', 'hover', 'format', 'outline', 'phases'].map((file) => `src/core/${file}.ts`);
    assert.deepStrictEqual(
      inputs.filter((i) => i.startsWith('src/core/replay/') || i.startsWith('src/extension/answers/') || engineOnly.includes(i)),
      [],
    );
    // The catalogs a MessageRef names ship in the engine bundle; the host asks it for their text.
    assert.deepStrictEqual(
      inputs.filter((i) => ['engine', 'syntax', 'diagram', 'timeline', 'index'].some((catalog) => i === `src/core/messages/${catalog}.ts`)),
      [],
    );
    assert.ok(inputs.includes('src/extension/engineMessages.ts'), 'the host localizes through the engine');
  });

  it('shows the engine\'s and the parser\'s messages as the core words them, in both languages', () => {
    const { diagnostics } = analyze('host A\nhost B\nA -> B: SYN seq=100\nA: lisen\n');
    const from = (catalog: { en: object }): boolean => diagnostics.some((d) => Object.prototype.hasOwnProperty.call(catalog.en, d.message.id));
    assert.ok(from(ENGINE_MESSAGES) && from(SYNTAX_MESSAGES), 'a message of the engine and one of the parser');
    for (const lang of ['en', 'ko'] as const) {
      assert.deepStrictEqual(diagnostics.map((d) => localizeInHost(d.message, lang)), diagnostics.map((d) => localize(d.message, lang)));
    }
  });
});
