import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DIAGNOSTIC_CODES } from '../../../src/core/diagnostics';
import { assertFailure, assertOneErrorLine, HANDSHAKE, root, useScratch, tcpflow, TEXT_LINE, WITH_ERROR, WITH_WARNING } from './support';

describe('tcpflow command line', function () {
  const scratch = useScratch();

  const write = (relative: string, content: string | Buffer): string => scratch.write(relative, content);

  describe('check: exit status and text format', function () {
    it('exits 0 and prints only the summary for a script without diagnostics', function () {
      write('ok.tcpflow', HANDSHAKE);
      const run = tcpflow(['check', 'ok.tcpflow'], { cwd: scratch.dir });
      assert.deepStrictEqual(run, { status: 0, stdout: '1 file, 0 errors, 0 warnings\n', stderr: '' });
    });

    it('exits 0 when there are warnings but no errors', function () {
      write('w.tcpflow', WITH_WARNING);
      const run = tcpflow(['check', 'w.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 0);
      assert.match(run.stdout, /^w\.tcpflow:2:\d+: warning: .+ \[in-flight-at-end\]\n1 file, 0 errors, 1 warning\n$/);
    });

    it('exits 1 and prints FILE:LINE:COL: SEVERITY: MESSAGE [CODE] for an error', function () {
      write('e.tcpflow', WITH_ERROR);
      const run = tcpflow(['check', 'e.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      assert.strictEqual(run.stderr, '');
      const lines = run.stdout.trimEnd().split('\n');
      assert.strictEqual(lines.pop(), '1 file, 1 error, 1 warning');
      for (const line of lines) {
        assert.match(line, TEXT_LINE);
      }
      assert.ok(lines.includes("e.tcpflow:2:9: error: Unknown flag 'SNY'. Did you mean 'SYN'? [unknown-flag]"), run.stdout);
    });

    it('reads CRLF files and skips a BOM without shifting columns', function () {
      write('crlf.tcpflow', WITH_ERROR.replace(/\n/g, '\r\n'));
      write('bom.tcpflow', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WITH_ERROR)]));
      const run = tcpflow(['check', 'crlf.tcpflow', 'bom.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      assert.ok(run.stdout.includes('crlf.tcpflow:2:9: error: '), run.stdout);
      assert.ok(run.stdout.includes('bom.tcpflow:2:9: error: '), run.stdout);
      assert.ok(!run.stdout.includes('bom.tcpflow:1:'), run.stdout);
    });
  });

  describe('check --format json', function () {
    it("documents every diagnostic code with its severity in the README's table", function () {
      const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
      const rows = new Map([...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|hint) \|/gm)].map((m) => [m[1]!, m[2]!]));
      const codes = Object.entries(DIAGNOSTIC_CODES).map(([code, entry]) => [code, entry.severity]);
      assert.deepStrictEqual([...rows.entries()], codes);
    });

    it('follows the contract exactly', function () {
      write('e.tcpflow', WITH_ERROR);
      const run = tcpflow(['check', '--format', 'json', 'e.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      const output = JSON.parse(run.stdout);
      assert.deepStrictEqual(Object.keys(output), ['version', 'files']);
      assert.strictEqual(output.version, 1);
      assert.strictEqual(output.files.length, 1);
      const file = output.files[0];
      assert.deepStrictEqual(Object.keys(file), ['path', 'hosts', 'diagnostics', 'steps']);
      assert.strictEqual(file.path, 'e.tcpflow');
      // B listens first, but A opens: A is on the left, as RFC 9293's figures draw TCP A.
      assert.deepStrictEqual(file.hosts, ['A', 'B']);
      for (const d of file.diagnostics) {
        assert.deepStrictEqual(Object.keys(d), ['severity', 'code', 'line', 'column', 'endLine', 'endColumn', 'message', 'rfc']);
        assert.match(d.rfc, /^RFC 9293 §/);
      }
      const flag = file.diagnostics.find((d: { code: string }) => d.code === 'unknown-flag');
      assert.deepStrictEqual(flag, {
        severity: 'error',
        code: 'unknown-flag',
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 12,
        message: "Unknown flag 'SNY'. Did you mean 'SYN'?",
        rfc: 'RFC 9293 §3.1',
      });
      // One step per event line, 1-based, with both hosts' states.
      assert.deepStrictEqual(
        file.steps.map((s: { line: number }) => s.line),
        [1, 2],
      );
      assert.deepStrictEqual(file.steps[0], { line: 1, states: { B: 'LISTEN', A: 'CLOSED' } });
      for (const step of file.steps) {
        assert.deepStrictEqual(Object.keys(step), ['line', 'states']);
        assert.deepStrictEqual(Object.keys(step.states), ['A', 'B']);
      }
    });

    it('--format=json works too, and a clean script has empty diagnostics and exit 0', function () {
      write('ok.tcpflow', HANDSHAKE);
      const run = tcpflow(['check', '--format=json', 'ok.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 0);
      const file = JSON.parse(run.stdout).files[0];
      assert.deepStrictEqual(file.hosts, ['A', 'B']);
      assert.deepStrictEqual(file.diagnostics, []);
      assert.deepStrictEqual(file.steps.map((s: { line: number }) => s.line), [4, 5, 6, 7]);
      assert.deepStrictEqual(file.steps[3].states, { A: 'ESTABLISHED', B: 'ESTABLISHED' });
    });
  });

  describe('folders', function () {
    it('finds every *.tcpflow under a folder, recursively and sorted, shown as folder + path inside', function () {
      write('subs/b.tcpflow', HANDSHAKE);
      write('subs/a.tcpflow', HANDSHAKE);
      write('subs/deeper/c.tcpflow', HANDSHAKE);
      write('subs/notes.txt', 'not a script');
      write('subs/deeper/d.TCPFLOW', HANDSHAKE);
      const run = tcpflow(['check', '--format', 'json', 'subs'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 0, run.stderr);
      const paths = JSON.parse(run.stdout).files.map((f: { path: string }) => f.path);
      assert.deepStrictEqual(paths, ['a.tcpflow', 'b.tcpflow', 'deeper/c.tcpflow', 'deeper/d.TCPFLOW'].map((p) => path.join('subs', p)));
    });

    it('checks a pile of 200 submissions, each once', function () {
      for (let i = 0; i < 200; i++) {
        write(`pile/student${String(i).padStart(3, '0')}.tcpflow`, i % 10 === 0 ? WITH_ERROR : HANDSHAKE);
      }
      const run = tcpflow(['check', '--format', 'json', 'pile/'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      const files = JSON.parse(run.stdout).files as { path: string; diagnostics: { severity: string }[] }[];
      assert.strictEqual(files.length, 200);
      assert.strictEqual(new Set(files.map((f) => f.path)).size, 200);
      assert.strictEqual(files[0]!.path, 'pile/student000.tcpflow');
      assert.strictEqual(files.filter((f) => f.diagnostics.some((d) => d.severity === 'error')).length, 20);
    });

    it('a folder without scripts is an I/O error', function () {
      write('empty/readme.txt', 'nothing here');
      const run = tcpflow(['check', 'empty'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, "no .tcpflow scripts in folder 'empty'");
    });
  });

  describe('I/O and usage errors exit 2 with one line on stderr', function () {
    it('a missing file, even beside good ones: the good ones are still checked', function () {
      write('ok.tcpflow', HANDSHAKE);
      const run = tcpflow(['check', 'ok.tcpflow', 'missing.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, "cannot read 'missing.tcpflow': no such file or folder");
      assert.strictEqual(run.stdout, '2 files, 1 unreadable, 0 errors, 0 warnings\n');
    });

    it('a binary file', function () {
      write('bin.tcpflow', Buffer.from([0x41, 0x00, 0x42]));
      assertOneErrorLine(tcpflow(['check', 'bin.tcpflow'], { cwd: scratch.dir }), "'bin.tcpflow' is a binary file");
    });

    it('a file that is not UTF-8, saying where', function () {
      write('latin1.tcpflow', Buffer.from([0x6e, 0x6f, 0x74, 0x65, 0x0a, 0x22, 0xe9, 0x22, 0x0a]));
      const run = tcpflow(['check', 'latin1.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, "'latin1.tcpflow' is not UTF-8 text (byte 0xE9 on line 2); save it as UTF-8");
    });

    it('an unknown option, command, format or language', function () {
      assertFailure(tcpflow(['check', '--frob', 'x.tcpflow'], { cwd: scratch.dir }), "unknown option '--frob' (see 'tcpflow --help')");
      assertFailure(tcpflow(['lint', 'x.tcpflow'], { cwd: scratch.dir }), "unknown command 'lint'");
      assertFailure(tcpflow(['check', '--format', 'xml', 'x.tcpflow'], { cwd: scratch.dir }), "unknown format 'xml'");
      assertFailure(tcpflow(['check', '--lang', 'fr', 'x.tcpflow'], { cwd: scratch.dir }), "unknown language 'fr'");
      assertFailure(tcpflow(['check', '--format'], { cwd: scratch.dir }), "option '--format' needs a value");
    });

    it('no command, or check without paths', function () {
      assertFailure(tcpflow([], { cwd: scratch.dir }), 'no command given');
      assertFailure(tcpflow(['check'], { cwd: scratch.dir }), "'check' needs at least one file or folder");
    });
  });

  describe('mermaid', function () {
    it('prints the diagram of the script', function () {
      write('ok.tcpflow', HANDSHAKE);
      const run = tcpflow(['mermaid', 'ok.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 0, run.stderr);
      assert.match(run.stdout, /^sequenceDiagram\n/);
      assert.ok(run.stdout.endsWith('\n'));
      assert.strictEqual(run.stderr, '');
    });

    it('takes exactly one file, not a folder', function () {
      write('a.tcpflow', HANDSHAKE);
      assertFailure(tcpflow(['mermaid', 'a.tcpflow', 'a.tcpflow'], { cwd: scratch.dir }), "'mermaid' takes exactly one file");
      assertFailure(tcpflow(['mermaid', '.'], { cwd: scratch.dir }), "'.' is a folder");
      assertFailure(tcpflow(['mermaid', '--format', 'json', 'a.tcpflow'], { cwd: scratch.dir }), "option '--format' does not apply to 'mermaid'");
    });
  });

  describe('help, version and language', function () {
    it('--help prints the usage and exits 0', function () {
      const run = tcpflow(['--help']);
      assert.strictEqual(run.status, 0);
      assert.match(run.stdout, /^Usage: tcpflow <command> \[options\]/);
      assert.ok(run.stdout.includes('check [--format text|json|junit|tap] PATH...'));
      assert.ok(run.stdout.includes('grade EXERCISE PATH... [--format text|json|csv|junit]'));
      assert.ok(run.stdout.includes('mermaid FILE'));
    });

    it('--version prints the version of package.json', function () {
      const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
      assert.deepStrictEqual(tcpflow(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
    });

    it('--lang ko and LANG=ko_KR.UTF-8 give Korean messages; --lang en wins over LANG', function () {
      write('e.tcpflow', WITH_ERROR);
      const flag = tcpflow(['check', '--lang', 'ko', 'e.tcpflow'], { cwd: scratch.dir });
      assert.ok(flag.stdout.includes("e.tcpflow:2:9: error: 알 수 없는 플래그 'SNY'. 'SYN'을 뜻했나요? [unknown-flag]"), flag.stdout);
      const locale = tcpflow(['check', 'e.tcpflow'], { cwd: scratch.dir, env: { LANG: 'ko_KR.UTF-8' } });
      assert.strictEqual(locale.stdout, flag.stdout);
      const english = tcpflow(['check', '--lang=en', 'e.tcpflow'], { cwd: scratch.dir, env: { LANG: 'ko_KR.UTF-8' } });
      assert.ok(english.stdout.includes("Unknown flag 'SNY'"), english.stdout);
      const lcAll = tcpflow(['check', 'e.tcpflow'], { cwd: scratch.dir, env: { LANG: 'ko_KR.UTF-8', LC_ALL: 'en_US.UTF-8' } });
      assert.ok(lcAll.stdout.includes("Unknown flag 'SNY'"), lcAll.stdout);
    });

    it('usage, help and I/O errors are in Korean too', function () {
      assertOneErrorLine(tcpflow(['check', 'missing.tcpflow'], { cwd: scratch.dir, env: { LANG: 'ko_KR.UTF-8' } }), "'missing.tcpflow'를 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다");
      assertFailure(tcpflow(['--frob'], { env: { LANG: 'ko_KR.UTF-8' } }), "알 수 없는 옵션 '--frob'");
      assert.match(tcpflow(['--help', '--lang', 'ko']).stdout, /^사용법: tcpflow/);
    });
  });
});
