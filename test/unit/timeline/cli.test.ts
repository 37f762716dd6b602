import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JSDOM } from 'jsdom';
import { ROOT } from './support';

/** `tcpflow svg`, run from the built command line (`npm run build` makes dist/cli.js) as a user would. */
function tcpflow(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.LANG;
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tcpflow.js'), ...args], { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('tcpflow svg', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-svg-'));
    fs.writeFileSync(path.join(dir, 'ok.tcpflow'), 'B: listen\nA -> B: SYN seq=100\nB -> A: SYN,ACK seq=300 ack=101\nA -> B: ACK\n');
    fs.writeFileSync(path.join(dir, 'bad.tcpflow'), 'B: listen\nA -> B: SYN seq=100\nA -> B: FIN\n');
    fs.mkdirSync(path.join(dir, 'folder'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the standalone SVG and exits 0 for a clean script', () => {
    const run = tcpflow(['svg', 'ok.tcpflow'], dir);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stderr, '');
    const document = new JSDOM(run.stdout, { contentType: 'image/svg+xml' }).window.document;
    assert.strictEqual(document.documentElement.nodeName, 'svg');
    assert.strictEqual(document.querySelectorAll('g.segment').length, 3);
    assert.match(run.stdout, /prefers-color-scheme: dark/);
  });

  it('exits 1 when the script has errors, the SVG showing the step in error', () => {
    const run = tcpflow(['svg', 'bad.tcpflow'], dir);
    assert.strictEqual(run.status, 1);
    assert.match(run.stdout, /class="step error" data-line="3"/);
  });

  it('writes the words it draws in the language asked for', () => {
    const run = tcpflow(['svg', '--lang', 'ko', path.join(ROOT, 'examples', '17-lost-syn.tcpflow')], dir);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.match(run.stdout, /유실/);
  });

  for (const [args, says] of [
    [['svg'], "'svg' takes exactly one file"],
    [['svg', 'ok.tcpflow', 'bad.tcpflow'], "'svg' takes exactly one file"],
    [['svg', 'folder'], "'folder' is a folder; 'svg' takes one file"],
    [['svg', 'missing.tcpflow'], "cannot read 'missing.tcpflow'"],
    [['svg', '--format', 'json', 'ok.tcpflow'], "option '--format' does not apply to 'svg'"],
  ] as const) {
    it(`exits 2 with one line on stderr and nothing on stdout: ${args.join(' ')}`, () => {
      const run = tcpflow([...args], dir);
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.stdout, '');
      assert.match(run.stderr, /^tcpflow: [^\n]+\n$/);
      assert.ok(run.stderr.includes(says), run.stderr);
    });
  }

  it('is listed in the usage', () => {
    assert.match(tcpflow(['--help'], dir).stdout, /svg FILE/);
  });
});
