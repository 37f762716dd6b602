import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { root, runCommand, type Run } from './support';

/**
 * The npm package as a teacher gets it: `npm pack` builds the command line
 * and ships only what runs; installed from the tarball into an empty prefix,
 * with no registry and nothing else installed, `tcpflow` works.
 */
describe('the npm package', function () {
  this.timeout(180000);
  let work: string;
  let tarball: string;
  let installed: string;

  const npm = (args: string[], cwd: string): Run => {
    const run = runCommand('npm', args, { cwd, env: { npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false' }, timeoutMs: 170000 });
    assert.strictEqual(run.status, 0, `npm ${args.join(' ')}: ${run.stderr}`);
    return run;
  };

  before(function () {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-package-'));
    const packed = npm(['pack', '--json', '--pack-destination', work], root);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    tarball = path.join(work, info!.filename);
    const prefix = path.join(work, 'prefix');
    npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], work);
    installed = path.join(prefix, 'bin', 'tcpflow');
  });

  after(function () {
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('holds the command line bundle, its launcher and the documents, nothing else', function () {
    const listing = runCommand('tar', ['-tzf', tarball]);
    const files = listing.stdout.split('\n').filter(Boolean).sort();
    assert.deepStrictEqual(files, ['package/CHANGELOG.md', 'package/LICENSE', 'package/README.md', 'package/bin/tcpflow.js', 'package/dist/cli.js', 'package/package.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: object; bin: Record<string, string> };
    assert.strictEqual(manifest.dependencies, undefined, 'the bundle needs nothing installed beside it');
    assert.deepStrictEqual(manifest.bin, { tcpflow: './bin/tcpflow.js' });
  });

  describe('installed from the tarball, run from an unrelated folder', function () {
    let cwd: string;

    before(function () {
      cwd = path.join(work, 'class');
      fs.mkdirSync(path.join(cwd, 'submissions'), { recursive: true });
      fs.copyFileSync(path.join(root, 'exercises', '01-complete-the-handshake.tcpflow'), path.join(cwd, 'exercise.tcpflow'));
      fs.copyFileSync(path.join(root, 'exercises', 'solutions', '01-complete-the-handshake.tcpflow'), path.join(cwd, 'submissions', 'alice.tcpflow'));
      fs.copyFileSync(path.join(root, 'exercises', '01-complete-the-handshake.tcpflow'), path.join(cwd, 'submissions', 'bob.tcpflow'));
    });

    const tcpflow = (args: string[]): Run => runCommand(installed, args, { cwd, env: { NODE_PATH: '' }, timeoutMs: 30000 });

    it('tcpflow --version', function () {
      const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
      assert.deepStrictEqual(tcpflow(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
    });

    it('tcpflow check', function () {
      const clean = tcpflow(['check', 'submissions/alice.tcpflow']);
      assert.deepStrictEqual(clean, { status: 0, stdout: '1 file, 0 errors, 0 warnings\n', stderr: '' });
      const errors = tcpflow(['check', '--format', 'json', 'submissions']);
      assert.strictEqual(errors.status, 1, errors.stderr);
      assert.strictEqual(JSON.parse(errors.stdout).files.length, 2);
    });

    it('tcpflow grade', function () {
      const run = tcpflow(['grade', 'exercise.tcpflow', 'submissions', '--format', 'json']);
      assert.strictEqual(run.status, 1, run.stderr);
      const grade = JSON.parse(run.stdout) as { submissions: { path: string; score: number; points: number }[] };
      assert.deepStrictEqual(
        grade.submissions.map((s) => [path.basename(s.path), s.score, s.points]),
        [
          ['alice.tcpflow', 2, 2],
          ['bob.tcpflow', 0, 2],
        ],
      );
    });
  });
});
