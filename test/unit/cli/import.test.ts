import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';

/** Runs the built command line (`npm run build` makes dist/cli.js) as a user would. */
const root = path.resolve(__dirname, '../../../..');
const bin = path.join(root, 'bin', 'tcpflow.js');
const captures = path.join(root, 'test', 'fixtures', 'captures');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function tcpflow(args: string[], options: { cwd?: string; lang?: string } = {}): Run {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'LANG' && key !== 'LC_ALL' && key !== 'LC_MESSAGES') {
      env[key] = value;
    }
  }
  if (options.lang) {
    env.LANG = options.lang;
  }
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? captures, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function assertFailure(run: Run, mentions: string): void {
  assert.strictEqual(run.status, 2, run.stderr);
  assert.strictEqual(run.stdout, '');
  assert.match(run.stderr, /^tcpflow: [^\n]+\n$/);
  assert.ok(run.stderr.includes(mentions), run.stderr);
}

describe('tcpflow import', function () {
  let dir: string;

  before(function () {
    if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
      throw new Error('dist/cli.js is missing: run `npm run build` first');
    }
  });

  beforeEach(function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tcpflow-import-'));
  });

  afterEach(function () {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the story of a capture with one connection, which checks clean', function () {
    const run = tcpflow(['import', 'ipv6-lo.pcapng']);
    assert.strictEqual(run.status, 0, run.stderr);
    assert.strictEqual(run.stderr, '');
    assert.match(run.stdout, /^host client "\[::1\]:\d+"$/m);
    assert.deepStrictEqual(analyze(run.stdout).diagnostics.filter((d) => d.severity !== 'hint'), []);
  });

  it('lists several connections and exits 2 saying how to pick; --connection N picks one', function () {
    const list = tcpflow(['import', 'ipv4-three.pcap']);
    assert.strictEqual(list.status, 2);
    assert.strictEqual(list.stdout, '');
    const lines = list.stderr.trimEnd().split('\n');
    assert.match(lines[0]!, /^tcpflow: 'ipv4-three\.pcap' holds 3 TCP connections: pick one with --connection N, or write them all with -o DIR$/);
    assert.deepStrictEqual(
      lines.slice(1).map((l) => l.replace(/:\d{4,5} /, ':PORT ')),
      ['  1  127.0.0.1:PORT → 127.0.0.1:18085  10 packets  SYN … ACK', '  2  127.0.0.1:PORT → 127.0.0.1:18085  10 packets  SYN … ACK', '  3  127.0.0.1:PORT → 127.0.0.1:18085  10 packets  SYN … ACK'],
    );
    const second = tcpflow(['import', '--connection', '2', 'ipv4-three.pcap']);
    assert.strictEqual(second.status, 0, second.stderr);
    assert.match(second.stdout, /connection 2 of 3/);
  });

  it('-o DIR writes one story per connection, named from the endpoints', function () {
    const out = path.join(dir, 'stories');
    const run = tcpflow(['import', 'ipv4-three.pcap', '-o', out]);
    assert.strictEqual(run.status, 0, run.stderr);
    const files = fs.readdirSync(out).sort();
    assert.strictEqual(files.length, 3);
    for (const file of files) {
      assert.match(file, /^127\.0\.0\.1_\d+-127\.0\.0\.1_18085\.tcpflow$/);
      assert.ok(run.stdout.includes(path.join(out, file)));
    }
    const checked = tcpflow(['check', out]);
    // Only the TIME-WAIT hints, and the summary line that counts them.
    assert.strictEqual(checked.status, 0);
    assert.deepStrictEqual(checked.stdout.split('\n').filter((l) => !/: hint: /.test(l) && l !== ''), ['3 files, 0 errors, 0 warnings, 3 hints']);
  });

  it('speaks Korean', function () {
    const run = tcpflow(['import', 'ipv4-three.pcap'], { lang: 'ko_KR.UTF-8' });
    assert.match(run.stderr, /TCP 연결이 3개 있습니다/);
    assert.match(run.stderr, /패킷 10개/);
    assert.match(tcpflow(['import', 'ipv4-lo.pcap', '--lang', 'ko']).stdout, /^# pcap 캡처에서 가져온 이야기/m);
  });

  describe('errors: exit 2, one line, no stack trace', function () {
    it('a file that is not a capture', function () {
      fs.writeFileSync(path.join(dir, 'x.pcap'), 'title "not a capture"\n');
      assertFailure(tcpflow(['import', 'x.pcap'], { cwd: dir }), "cannot import 'x.pcap': not a pcap or pcapng capture");
    });

    it('an empty file, a missing file, a folder', function () {
      fs.writeFileSync(path.join(dir, 'empty.pcap'), '');
      assertFailure(tcpflow(['import', 'empty.pcap'], { cwd: dir }), 'the file is empty');
      assertFailure(tcpflow(['import', 'nope.pcap'], { cwd: dir }), "cannot read 'nope.pcap': no such file or folder");
      assertFailure(tcpflow(['import', '.'], { cwd: dir }), "'.' is a folder");
    });

    it('a connection that is not there, a number that is no number, no capture, two captures', function () {
      assertFailure(tcpflow(['import', 'ipv4-lo.pcap', '--connection', '4']), 'there is no connection 4: the capture holds 1');
      assertFailure(tcpflow(['import', 'ipv4-lo.pcap', '--connection', 'x']), "not 'x'");
      assertFailure(tcpflow(['import']), "'import' takes exactly one capture file");
      assertFailure(tcpflow(['import', 'ipv4-lo.pcap', 'ipv6-lo.pcapng']), "'import' takes exactly one capture file");
      assertFailure(tcpflow(['import', 'ipv4-lo.pcap', '--frob']), "unknown option '--frob'");
    });

    it('a folder it cannot write to', function () {
      const blocker = path.join(dir, 'file');
      fs.writeFileSync(blocker, '');
      assertFailure(tcpflow(['import', 'ipv4-lo.pcap', '-o', path.join(blocker, 'sub')]), 'cannot write the stories');
    });
  });
});
