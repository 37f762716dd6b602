import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { assertFailure, assertOneErrorLine, bin, HANDSHAKE, runCommand, useScratch, tcpflow, WITH_ERROR } from './support';

/** Each run is killed after 10 s: reading a FIFO or /dev/zero must end at once, and a regression must fail rather than hang. */
const GUARD = { timeoutMs: 10000 };

describe('tcpflow reads only what it can read, and always ends', function () {
  const scratch = useScratch();

  describe('regular files only', function () {
    it('a FIFO is not read (it would wait for a writer forever): exit 2, "not a regular file"', function () {
      execFileSync('mkfifo', [path.join(scratch.dir, 'fifo.tcpflow')]);
      const check = tcpflow(['check', 'fifo.tcpflow'], { cwd: scratch.dir, ...GUARD });
      assert.strictEqual(check.status, 2);
      assertOneErrorLine(check, "cannot read 'fifo.tcpflow': it is a named pipe (FIFO), not a regular file");
      assertFailure(tcpflow(['mermaid', 'fifo.tcpflow'], { cwd: scratch.dir, ...GUARD }), 'not a regular file');
    });

    it('a FIFO named like a script inside a folder is reported, and the folder\'s other scripts are checked', function () {
      scratch.write('subs/a.tcpflow', HANDSHAKE);
      execFileSync('mkfifo', [path.join(scratch.dir, 'subs', 'b.tcpflow')]);
      const run = tcpflow(['check', '--format', 'json', 'subs'], { cwd: scratch.dir, ...GUARD });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, 'not a regular file');
      const files = JSON.parse(run.stdout).files;
      assert.deepStrictEqual(
        files.map((f: { path: string }) => f.path),
        [path.join('subs', 'a.tcpflow'), path.join('subs', 'b.tcpflow')],
      );
      assert.deepStrictEqual(files[0].diagnostics, []);
    });

    it('/dev/zero (a device that never ends) is refused at once', function () {
      const run = tcpflow(['check', '/dev/zero'], GUARD);
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, "cannot read '/dev/zero': it is a device, not a regular file");
      assertFailure(tcpflow(['mermaid', '/dev/zero'], GUARD), 'it is a device');
    });

    it('a socket is refused', async function () {
      const socketPath = path.join(scratch.dir, 'sock.tcpflow');
      const server = net.createServer().listen(socketPath);
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        const run = runCommand(process.execPath, [bin, 'check', 'sock.tcpflow'], { cwd: scratch.dir, ...GUARD });
        assert.strictEqual(run.status, 2);
        assertOneErrorLine(run, "cannot read 'sock.tcpflow': it is a socket, not a regular file");
      } finally {
        server.close();
      }
    });

    it('a file over the size cap is refused with its size and the cap', function () {
      const big = path.join(scratch.dir, 'big.tcpflow');
      const fd = fs.openSync(big, 'w');
      fs.ftruncateSync(fd, 20_000_000);
      fs.closeSync(fd);
      const run = tcpflow(['check', 'big.tcpflow'], { cwd: scratch.dir, ...GUARD });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, "cannot read 'big.tcpflow': it is 20.0 MB, and tcpflow reads scripts of up to 16.0 MB");
    });
  });

  describe('standard input', function () {
    it('`-` reads standard input, reported as <stdin>', function () {
      const run = tcpflow(['check', '-'], { input: WITH_ERROR, ...GUARD });
      assert.strictEqual(run.status, 1, run.stderr);
      assert.ok(run.stdout.includes("<stdin>:2:9: error: Unknown flag 'SNY'"), run.stdout);
      const diagram = tcpflow(['mermaid', '-'], { input: HANDSHAKE, ...GUARD });
      assert.strictEqual(diagram.status, 0, diagram.stderr);
      assert.match(diagram.stdout, /^sequenceDiagram\n/);
    });

    it('endless standard input (/dev/zero) stops at the cap', function () {
      const run = runCommand('sh', ['-c', `"${process.execPath}" "${bin}" check - < /dev/zero`], { timeoutMs: 30000 });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, "cannot read '<stdin>': it holds more than 16.0 MB");
    });
  });

  describe('encodings and line ends', function () {
    it('UTF-16 and UTF-32 are named, with how to fix them', function () {
      scratch.write('le.tcpflow', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HANDSHAKE, 'utf16le')]));
      scratch.write('be.tcpflow', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(HANDSHAKE, 'utf16le').swap16()]));
      scratch.write('nobom.tcpflow', Buffer.from(HANDSHAKE, 'utf16le'));
      scratch.write('u32.tcpflow', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
      for (const [file, encoding] of [
        ['le.tcpflow', 'UTF-16LE'],
        ['be.tcpflow', 'UTF-16BE'],
        ['nobom.tcpflow', 'UTF-16LE'],
        ['u32.tcpflow', 'UTF-32LE'],
      ] as const) {
        const run = tcpflow(['check', file], { cwd: scratch.dir });
        assert.strictEqual(run.status, 2);
        assertOneErrorLine(run, `'${file}' is ${encoding} text; save it as UTF-8`);
      }
      assertOneErrorLine(tcpflow(['check', 'le.tcpflow', '--lang', 'ko'], { cwd: scratch.dir }), "'le.tcpflow'는 UTF-16LE 텍스트입니다. UTF-8로 저장하세요");
    });

    it('CR, LF and CRLF all end a line, as in VS Code', function () {
      scratch.write('cr.tcpflow', WITH_ERROR.replace(/\n/g, '\r'));
      scratch.write('mixed.tcpflow', 'B: listen\r\n# note\rA -> B: SNY\n');
      const run = tcpflow(['check', 'cr.tcpflow', 'mixed.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1, run.stderr);
      assert.ok(run.stdout.includes("cr.tcpflow:2:9: error: Unknown flag 'SNY'"), run.stdout);
      assert.ok(run.stdout.includes("mixed.tcpflow:3:9: error: Unknown flag 'SNY'"), run.stdout);
    });
  });

  describe('system errors in words', function () {
    it('a symbolic link loop says so, in English and Korean, without the raw ELOOP', function () {
      fs.symlinkSync('loop.tcpflow', path.join(scratch.dir, 'loop.tcpflow'));
      const run = tcpflow(['check', 'loop.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, "cannot read 'loop.tcpflow': too many levels of symbolic links");
      assert.ok(!run.stderr.includes('ELOOP'), run.stderr);
      const korean = tcpflow(['check', 'loop.tcpflow', '--lang', 'ko'], { cwd: scratch.dir });
      assertOneErrorLine(korean, '심볼릭 링크가 너무 많이 이어집니다');
    });

    it('a file without permission to read', function () {
      if (process.getuid?.() === 0) {
        this.skip(); // why: root reads a file whatever its mode (CI runs as root); when: it runs for every other user, as on a developer's own machine
      }
      scratch.write('secret.tcpflow', HANDSHAKE);
      fs.chmodSync(path.join(scratch.dir, 'secret.tcpflow'), 0o000);
      assertOneErrorLine(tcpflow(['check', 'secret.tcpflow'], { cwd: scratch.dir }), "cannot read 'secret.tcpflow': permission denied");
    });
  });

  describe('one bad file among many', function () {
    it('one non-UTF-8 file among 2,000 is reported and the 1,999 others are checked; exit 2 at the end', function () {
      this.timeout(60000);
      for (let i = 0; i < 2000; i++) {
        const name = `pile/s${String(i).padStart(4, '0')}.tcpflow`;
        scratch.write(name, i === 1234 ? Buffer.from([0x6e, 0x6f, 0x74, 0x65, 0x20, 0x22, 0xe9, 0x22, 0x0a]) : i % 100 === 0 ? WITH_ERROR : HANDSHAKE);
      }
      const run = tcpflow(['check', '--format', 'json', 'pile'], { cwd: scratch.dir, timeoutMs: 60000 });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, `'${path.join('pile', 's1234.tcpflow')}' is not UTF-8 text`);
      const files = JSON.parse(run.stdout).files as { path: string; error?: string; diagnostics?: { severity: string }[] }[];
      assert.strictEqual(files.length, 2000);
      const bad = files.filter((f) => f.error !== undefined);
      assert.deepStrictEqual(bad, [{ path: path.join('pile', 's1234.tcpflow'), error: `'${path.join('pile', 's1234.tcpflow')}' is not UTF-8 text (byte 0xE9 on line 1); save it as UTF-8` }]);
      assert.strictEqual(files.filter((f) => f.diagnostics?.some((d) => d.severity === 'error')).length, 20);
    });

    it('in text, the unreadable file is on stderr and the others\' diagnostics on stdout', function () {
      scratch.write('a.tcpflow', WITH_ERROR);
      fs.symlinkSync('b.tcpflow', path.join(scratch.dir, 'b.tcpflow'));
      const run = tcpflow(['check', 'a.tcpflow', 'b.tcpflow', 'missing.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.stderr.split('\n').filter(Boolean).length, 2, run.stderr);
      assert.ok(run.stdout.includes('a.tcpflow:2:9: error:'), run.stdout);
      assert.ok(run.stdout.endsWith('3 files, 2 unreadable, 1 error, 1 warning\n'), run.stdout);
    });
  });

  describe('writing the output', function () {
    it('a write error (a full disk: /dev/full) ends with one line on stderr and exit 2', function () {
      scratch.write('e.tcpflow', WITH_ERROR);
      const full = fs.openSync('/dev/full', 'w');
      try {
        const run = tcpflow(['check', 'e.tcpflow'], { cwd: scratch.dir, stdout: full, ...GUARD });
        assert.strictEqual(run.status, 2);
        assertOneErrorLine(run, 'cannot write the output: no space left on the device');
      } finally {
        fs.closeSync(full);
      }
    });

    it('a reader that stops early (`| head`) ends the run quietly', function () {
      for (let i = 0; i < 300; i++) {
        scratch.write(`pile/s${String(i).padStart(3, '0')}.tcpflow`, WITH_ERROR.repeat(20));
      }
      const run = runCommand('sh', ['-c', `"${process.execPath}" "${bin}" check pile | head -n 2; exit 0`], { cwd: scratch.dir, ...GUARD });
      assert.strictEqual(run.stderr, '');
      assert.strictEqual(run.stdout.split('\n').length, 3, run.stdout);
    });
  });
});
