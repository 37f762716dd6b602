import * as assert from 'assert';
import { assertOneErrorLine, HANDSHAKE, useScratch, tcpflow } from './support';
import { elements, parseXml } from './xmlParse';

const GOOD = HANDSHAKE + 'expect A ESTABLISHED, B ESTABLISHED\n';
// Line 3 fails its expect; line 4 has an unknown flag.
const BAD = 'B: listen\nA -> B: SYN\nexpect A ESTABLISHED\nA -> B: SNY\n';

describe('tcpflow check for autograders: JUnit and TAP', function () {
  const scratch = useScratch();

  beforeEach(function () {
    scratch.write('good.tcpflow', GOOD);
    scratch.write('bad.tcpflow', BAD);
  });

  describe('--format junit', function () {
    it('is XML a real parser reads: a testsuite per file, a testcase per expect line and one for the replay', function () {
      const run = tcpflow(['check', '--format', 'junit', 'good.tcpflow', 'bad.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      assert.ok(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites'), run.stdout);
      const xml = parseXml(run.stdout);
      assert.strictEqual(xml.documentElement.nodeName, 'testsuites');
      const suites = elements(xml, 'testsuite');
      assert.deepStrictEqual(
        suites.map((s) => [s.getAttribute('name'), s.getAttribute('tests'), s.getAttribute('failures')]),
        [
          ['good.tcpflow', '2', '0'],
          ['bad.tcpflow', '2', '2'],
        ],
      );
      assert.deepStrictEqual(
        elements(suites[0]!, 'testcase').map((c) => c.getAttribute('name')),
        ['line 8: expect A ESTABLISHED, B ESTABLISHED', 'replays without errors'],
      );
      const [expectCase, replayCase] = elements(suites[1]!, 'testcase');
      assert.strictEqual(expectCase!.getAttribute('name'), 'line 3: expect A ESTABLISHED');
      assert.strictEqual(expectCase!.getAttribute('line'), '3');
      const failure = elements(expectCase!, 'failure')[0]!;
      assert.strictEqual(failure.getAttribute('type'), 'expect-mismatch');
      assert.match(failure.getAttribute('message')!, /A is SYN-SENT here, not ESTABLISHED/);
      assert.match(failure.textContent!, /^bad\.tcpflow:3:10: .+ \[expect-mismatch\]$/);
      const replayFailure = elements(replayCase!, 'failure')[0]!;
      // The SYN,ACK B owes and never sends is why A is not ESTABLISHED: it is the first error now.
      assert.match(replayFailure.getAttribute('message')!, /^3 errors, the first at line 2: B never sends the reply it owes/);
    });

    it('an unreadable file is a testsuite with an error, and the others are still reported (exit 2)', function () {
      const run = tcpflow(['check', '--format', 'junit', 'good.tcpflow', 'missing.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 2);
      assertOneErrorLine(run, "cannot read 'missing.tcpflow'");
      const suites = elements(parseXml(run.stdout), 'testsuite');
      assert.strictEqual(suites.length, 2);
      const error = elements(suites[1]!, 'error')[0]!;
      assert.strictEqual(error.getAttribute('message'), "cannot read 'missing.tcpflow': no such file or folder");
      assert.strictEqual(suites[1]!.getAttribute('errors'), '1');
    });

    it('stays well-formed whatever the file names and messages hold', function () {
      scratch.write('q&<"\'>.tcpflow', 'note "\u0001 ]]> & <x>"\nB: listen\nexpect B LISTEN, A CLOSED\nA -> B: SNY "\ud83d"\n');
      const run = tcpflow(['check', '--format', 'junit', 'q&<"\'>.tcpflow'], { cwd: scratch.dir });
      const suites = elements(parseXml(run.stdout), 'testsuite');
      assert.strictEqual(suites[0]!.getAttribute('name'), 'q&<"\'>.tcpflow');
    });
  });

  describe('--format tap', function () {
    it('is TAP version 14: the version line, a plan, a subtest per file and YAML diagnostics', function () {
      const run = tcpflow(['check', '--format', 'tap', 'good.tcpflow', 'bad.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      const lines = run.stdout.split('\n');
      assert.deepStrictEqual(lines.slice(0, 6), [
        'TAP version 14',
        '1..2',
        '# Subtest: good.tcpflow',
        '    1..2',
        '    ok 1 - line 8: expect A ESTABLISHED, B ESTABLISHED',
        '    ok 2 - replays without errors',
      ]);
      assert.strictEqual(lines[6], 'ok 1 - good.tcpflow');
      assert.deepStrictEqual(lines.slice(7, 19), [
        '# Subtest: bad.tcpflow',
        '    1..2',
        '    not ok 1 - line 3: expect A ESTABLISHED',
        '      ---',
        '      message: "A is SYN-SENT here, not ESTABLISHED."',
        '      severity: "fail"',
        '      code: "expect-mismatch"',
        '      at:',
        '        file: "bad.tcpflow"',
        '        line: 3',
        '        column: 10',
        '      ...',
      ]);
      assert.strictEqual(lines.at(-2), 'not ok 2 - bad.tcpflow');
      assert.strictEqual(lines.at(-1), '');
      // Every line is a version, plan, test point, subtest comment, or inside a YAML block.
      let inYaml = false;
      for (const line of lines.slice(0, -1)) {
        if (/^\s*---$/.test(line)) {
          inYaml = true;
        } else if (/^\s*\.\.\.$/.test(line)) {
          inYaml = false;
        } else if (!inYaml) {
          assert.match(line, /^(TAP version 14|( {4})*1\.\.\d+|( {4})*(not )?ok \d+ - .+|# Subtest: .+)$/, line);
        }
      }
    });

    it('escapes # in descriptions and reports an unreadable file as not ok with its error', function () {
      scratch.write('a#1.tcpflow', GOOD);
      const run = tcpflow(['check', '--format', 'tap', 'a#1.tcpflow', 'missing.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 2);
      assert.ok(run.stdout.includes('ok 1 - a\\#1.tcpflow\n'), run.stdout);
      assert.ok(run.stdout.includes('not ok 2 - missing.tcpflow\n  ---\n  message: "cannot read \'missing.tcpflow\': no such file or folder"\n'), run.stdout);
    });
  });
});
