import * as assert from 'assert';
import { inHostTestsModule, runInHost } from './support';

// The language-feature suites of test/vscode/suite/ (the ones @vscode/test-electron runs in VS Code
// desktop) run here inside code-server's extension host, so CI runs them without a desktop VS Code.

describe('in-host suites (test/vscode) in code-server', () => {
  it('pass inside the extension host', async function () {
    this.timeout(10 * 60_000);
    const result = await runInHost({
      testsModule: inHostTestsModule,
      timeoutMs: 9 * 60_000,
      onLog: (line) => console.log(`      ${line.replace(/\n/g, '\n      ')}`),
    });
    const report = result.output.join('\n');
    // `run()` resolving while mocha ran nothing would be a pass that tested nothing.
    assert.match(report, /\d+ passing/, 'the in-host mocha report never came');
    assert.strictEqual(result.exitCode, 0, 'the in-host suite failed (its report is above)');
  });
});
