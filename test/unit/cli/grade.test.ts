import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { gradeSubmission, rubricOf } from '../../../src/cli/grade/rubric';
import { assertFailure, assertOneErrorLine, root, useScratch, tcpflow } from './support';
import { elements, parseXml } from './xmlParse';

const EXERCISES = path.join(root, 'exercises');
const exerciseNames = fs.readdirSync(EXERCISES).filter((f) => f.endsWith('.tcpflow'));
const solutionOf = (name: string): string => fs.readFileSync(path.join(EXERCISES, 'solutions', name), 'utf8');

interface JsonCheck {
  name: string;
  passed: boolean;
  message: string;
  line?: number;
}
interface JsonSubmission {
  path: string;
  score: number;
  points: number;
  error?: string;
  checks: JsonCheck[];
}
interface JsonGrade {
  version: number;
  exercise: string;
  points: number;
  submissions: JsonSubmission[];
}

describe('tcpflow grade', function () {
  const scratch = useScratch();

  function gradeJson(exercise: string, ...submissions: string[]): { status: number | null; grade: JsonGrade; stderr: string } {
    const run = tcpflow(['grade', exercise, ...submissions, '--format', 'json'], { cwd: scratch.dir });
    return { status: run.status, grade: JSON.parse(run.stdout) as JsonGrade, stderr: run.stderr };
  }

  it('gives every exercise\'s solution full marks, and exits 0', function () {
    assert.ok(exerciseNames.length >= 6);
    for (const name of exerciseNames) {
      const run = tcpflow(['grade', path.join(EXERCISES, name), path.join(EXERCISES, 'solutions', name), '--format', 'json']);
      assert.strictEqual(run.status, 0, `${name}: ${run.stdout}${run.stderr}`);
      const grade = JSON.parse(run.stdout) as JsonGrade;
      const expects = fs.readFileSync(path.join(EXERCISES, name), 'utf8').split('\n').filter((l) => /^\s*expect\b/.test(l)).length;
      assert.strictEqual(grade.points, expects + 1, name);
      assert.strictEqual(grade.submissions[0]!.score, grade.points, name);
    }
  });

  it('follows the JSON shape of the contract', function () {
    scratch.write('ex.tcpflow', fs.readFileSync(path.join(EXERCISES, '01-complete-the-handshake.tcpflow')));
    scratch.write('alice.tcpflow', solutionOf('01-complete-the-handshake.tcpflow'));
    const { status, grade } = gradeJson('ex.tcpflow', 'alice.tcpflow');
    assert.strictEqual(status, 0);
    assert.deepStrictEqual(Object.keys(grade), ['version', 'exercise', 'points', 'submissions']);
    assert.strictEqual(grade.version, 1);
    assert.strictEqual(grade.exercise, 'ex.tcpflow');
    assert.strictEqual(grade.points, 2);
    assert.deepStrictEqual(grade.submissions, [
      {
        path: 'alice.tcpflow',
        score: 2,
        points: 2,
        checks: [
          { name: 'line 16: expect client ESTABLISHED, server ESTABLISHED', passed: true, message: 'holds at line 11', line: 11 },
          { name: 'replays without errors', passed: true, message: 'no errors' },
        ],
      },
    ]);
  });

  describe('the rubric', function () {
    const EXERCISE = '02-finish-the-close.tcpflow';
    let solution: string;

    beforeEach(function () {
      scratch.write('ex.tcpflow', fs.readFileSync(path.join(EXERCISES, EXERCISE)));
      solution = solutionOf(EXERCISE);
    });

    it('gives part marks to a half-done submission: the expects that hold, and no replay point', function () {
      const half = solution.replace('client -> server: ACK seq=102 ack=402\n', '').replace('client: timeout\n', '');
      scratch.write('half.tcpflow', half);
      const { status, grade } = gradeJson('ex.tcpflow', 'half.tcpflow');
      assert.strictEqual(status, 1);
      const [submission] = grade.submissions;
      assert.strictEqual(submission!.points, 5);
      assert.strictEqual(submission!.score, 2);
      assert.deepStrictEqual(
        submission!.checks.map((c) => [c.name, c.passed]),
        [
          ['line 20: expect client FIN-WAIT-2, server CLOSE-WAIT', true],
          ['line 25: expect client TIME-WAIT, server LAST-ACK', true],
          ['line 28: expect client TIME-WAIT, server CLOSED', false],
          ['line 30: expect client CLOSED, server CLOSED', false],
          ['replays without errors', false],
        ],
      );
      assert.match(submission!.checks[2]!.message, /^kept at line \d+ but does not hold: server is LAST-ACK here, not CLOSED/);
    });

    it('gives no expect points to a submission that deleted the expect lines, however clean its replay', function () {
      const deleted = solution.split('\n').filter((l) => !l.startsWith('expect')).join('\n');
      scratch.write('deleted.tcpflow', deleted);
      const check = tcpflow(['check', 'deleted.tcpflow'], { cwd: scratch.dir });
      assert.strictEqual(check.status, 0, 'it passes check: that is why grade exists');
      const { status, grade } = gradeJson('ex.tcpflow', 'deleted.tcpflow');
      assert.strictEqual(status, 1);
      const [submission] = grade.submissions;
      assert.strictEqual(submission!.score, 1);
      assert.ok(submission!.score < submission!.points);
      for (const c of submission!.checks.slice(0, 4)) {
        assert.strictEqual(c.passed, false);
        assert.match(c.message, /^missing/);
      }
    });

    it('loses the point of an edited expect, even when the edit holds', function () {
      // The student "fixes" the expect to what their broken script does.
      const edited = solution.replace('client: timeout\n', '').replace('expect client CLOSED, server CLOSED', 'expect client TIME-WAIT, server CLOSED');
      scratch.write('edited.tcpflow', edited);
      const { grade } = gradeJson('ex.tcpflow', 'edited.tcpflow');
      const checks = grade.submissions[0]!.checks;
      assert.strictEqual(checks[3]!.passed, false);
      assert.match(checks[3]!.message, /^missing/);
      assert.strictEqual(grade.submissions[0]!.score, 4);
    });

    it('matches an expect whatever its spacing, case, state spelling and host order', function () {
      const respelt = solution
        .replace('expect client FIN-WAIT-2, server CLOSE-WAIT', '  EXPECT   server close_wait ,client FINWAIT-2   # my note')
        .replace('expect client TIME-WAIT, server LAST-ACK', 'expect client time_wait, server LAST_ACK');
      scratch.write('respelt.tcpflow', respelt);
      const { status, grade } = gradeJson('ex.tcpflow', 'respelt.tcpflow');
      assert.strictEqual(status, 0, JSON.stringify(grade));
      assert.strictEqual(grade.submissions[0]!.score, 5);
    });

    it('needs the expects in the exercise\'s order relative to one another; extra expects of the student\'s own do not matter', function () {
      const lines = solution.split('\n');
      const moved = lines.filter((l) => l !== 'expect client FIN-WAIT-2, server CLOSE-WAIT');
      moved.push('expect client FIN-WAIT-2, server CLOSE-WAIT');
      scratch.write('moved.tcpflow', moved.join('\n'));
      scratch.write('extra.tcpflow', solution.replace('server: listen\n', 'server: listen\nexpect server LISTEN\nexpect client CLOSED\n'));
      const { grade } = gradeJson('ex.tcpflow', 'moved.tcpflow', 'extra.tcpflow');
      const [moved_, extra] = grade.submissions;
      assert.strictEqual(moved_!.checks[0]!.passed, false);
      assert.match(moved_!.checks[0]!.message, /^out of order: the expect at line \d+/);
      assert.strictEqual(extra!.score, 5);
    });

    it('counts each of two identical expects once, in order', function () {
      const name = '03-fix-the-numbers.tcpflow';
      scratch.write('ex3.tcpflow', fs.readFileSync(path.join(EXERCISES, name)));
      const answer = solutionOf(name);
      const oneLeft = answer.replace(/expect client ESTABLISHED, server ESTABLISHED\n(?![\s\S]*expect)/, '');
      scratch.write('one.tcpflow', oneLeft);
      scratch.write('both.tcpflow', answer);
      const { grade } = gradeJson('ex3.tcpflow', 'both.tcpflow', 'one.tcpflow');
      assert.deepStrictEqual(
        grade.submissions.map((s) => s.score),
        [3, 2],
      );
    });
  });

  describe('matching in order', function () {
    const grade = (exercise: string, submission: string) => gradeSubmission(rubricOf(analyze(exercise), 'en'), analyze(submission), 'en');
    const HEADER = 'host A\nhost B\nA: listen\n';

    it('keeps the most expect lines in order, not just the first that match (a longest common subsequence)', function () {
      const exercise = HEADER + 'expect A LISTEN\nexpect B CLOSED\nexpect A LISTEN, B CLOSED\n';
      const rotated = HEADER + 'expect B CLOSED\nexpect B CLOSED, A LISTEN\nexpect A LISTEN\n';
      const result = grade(exercise, rotated);
      assert.deepStrictEqual(
        result.checks.map((c) => [c.name, c.passed, c.message]),
        [
          ['line 4: expect A LISTEN', false, 'out of order: the expect at line 6 is not where the exercise puts it among the other expect lines'],
          ['line 5: expect B CLOSED', true, 'holds at line 4'],
          ['line 6: expect A LISTEN, B CLOSED', true, 'holds at line 5'],
          ['replays without errors', true, 'no errors'],
        ],
      );
      assert.strictEqual(result.score, 3);
    });

    it('prefers the copy of an expect that holds when a student wrote it twice', function () {
      const exercise = HEADER + 'expect A LISTEN\n';
      const twice = 'host A\nhost B\nexpect A LISTEN\nA: listen\nexpect A LISTEN\n';
      const result = grade(exercise, twice);
      assert.strictEqual(result.checks[0]!.passed, true);
      assert.strictEqual(result.checks[0]!.message, 'holds at line 5');
    });

    it('an exercise without expect lines is graded on the replay alone', function () {
      const result = grade(HEADER, HEADER);
      assert.deepStrictEqual([result.score, result.points], [1, 1]);
    });
  });

  describe('paths, formats and failures', function () {
    beforeEach(function () {
      scratch.write('ex.tcpflow', fs.readFileSync(path.join(EXERCISES, '01-complete-the-handshake.tcpflow')));
      scratch.write('subs/bob.tcpflow', fs.readFileSync(path.join(EXERCISES, '01-complete-the-handshake.tcpflow')));
      scratch.write('subs/alice.tcpflow', solutionOf('01-complete-the-handshake.tcpflow'));
      scratch.write('subs/late/carol.tcpflow', solutionOf('01-complete-the-handshake.tcpflow'));
    });

    it('expands a folder to its .tcpflow files, sorted; text is one line per submission, then a summary', function () {
      const run = tcpflow(['grade', 'ex.tcpflow', 'subs'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      assert.strictEqual(run.stderr, '');
      const s = (p: string): string => path.join('subs', p);
      assert.strictEqual(
        run.stdout,
        [
          `${s('alice.tcpflow')}: 2/2`,
          `${s('bob.tcpflow')}: 0/2 (failed: line 16: expect client ESTABLISHED, server ESTABLISHED; replays without errors)`,
          `${s(path.join('late', 'carol.tcpflow'))}: 2/2`,
          '3 submissions: 2 with full marks, average 1.3/2',
          '',
        ].join('\n'),
      );
    });

    it('scores an unreadable submission 0, reports it on stderr and in the JSON, grades the others, exits 2', function () {
      scratch.write('subs/dave.tcpflow', Buffer.from([0xff, 0xfe, 0x41, 0x00]));
      const run = tcpflow(['grade', 'ex.tcpflow', 'subs', 'missing.tcpflow', '--format', 'json'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 2);
      assert.strictEqual(run.stderr.split('\n').filter(Boolean).length, 2, run.stderr);
      const grade = JSON.parse(run.stdout) as JsonGrade;
      assert.strictEqual(grade.submissions.length, 5);
      const dave = grade.submissions.find((s) => s.path.endsWith('dave.tcpflow'))!;
      assert.strictEqual(dave.score, 0);
      assert.match(dave.error!, /is UTF-16LE text; save it as UTF-8/);
      assert.ok(dave.checks.every((c) => !c.passed && c.message.startsWith('not graded: ')));
      assert.strictEqual(grade.submissions.find((s) => s.path === 'missing.tcpflow')!.score, 0);
      assert.strictEqual(grade.submissions.find((s) => s.path.endsWith('alice.tcpflow'))!.score, 2);
    });

    it('writes CSV: a header with one column per check, one row per submission', function () {
      const run = tcpflow(['grade', 'ex.tcpflow', 'subs', '--format', 'csv'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      const rows = run.stdout.trimEnd().split('\r\n');
      assert.deepStrictEqual(rows[0], 'path,score,points,"line 16: expect client ESTABLISHED, server ESTABLISHED",replays without errors,error');
      assert.deepStrictEqual(rows.slice(1), [`${path.join('subs', 'alice.tcpflow')},2,2,1,1,`, `${path.join('subs', 'bob.tcpflow')},0,2,0,0,`, `${path.join('subs', 'late', 'carol.tcpflow')},2,2,1,1,`]);
    });

    it('writes JUnit XML that a real XML parser reads: a testsuite per submission, a testcase per check', function () {
      scratch.write('subs/a&<"weird">.tcpflow', 'B: listen\nA -> B: SNY "\u0001"\n');
      const run = tcpflow(['grade', 'ex.tcpflow', 'subs', '--format', 'junit'], { cwd: scratch.dir });
      assert.strictEqual(run.status, 1);
      const xml = parseXml(run.stdout);
      const suites = elements(xml, 'testsuite');
      assert.deepStrictEqual(
        suites.map((s) => s.getAttribute('name')),
        ['a&<"weird">.tcpflow', 'alice.tcpflow', 'bob.tcpflow', path.join('late', 'carol.tcpflow')].map((p) => path.join('subs', p)),
      );
      for (const suite of suites) {
        assert.strictEqual(elements(suite, 'testcase').length, 2);
        assert.strictEqual(Number(suite.getAttribute('failures')), elements(suite, 'failure').length);
      }
      const bob = suites[2]!;
      const [expectCase] = elements(bob, 'testcase');
      assert.strictEqual(expectCase!.getAttribute('name'), 'line 16: expect client ESTABLISHED, server ESTABLISHED');
      assert.match(elements(expectCase!, 'failure')[0]!.getAttribute('message')!, /does not hold: client is CLOSED here, not ESTABLISHED/);
      assert.strictEqual(xml.documentElement.getAttribute('tests'), '8');
    });

    it('reads the exercise or a submission from standard input for -', function () {
      const run = tcpflow(['grade', '-', 'subs/alice.tcpflow'], { cwd: scratch.dir, input: fs.readFileSync(path.join(scratch.dir, 'ex.tcpflow')) });
      assert.strictEqual(run.status, 0, run.stderr);
      assert.strictEqual(run.stdout, `${path.join('subs', 'alice.tcpflow')}: 2/2\n1 submission: 1 with full marks, average 2/2\n`);
      const piped = tcpflow(['grade', 'ex.tcpflow', '-'], { cwd: scratch.dir, input: solutionOf('01-complete-the-handshake.tcpflow') });
      assert.strictEqual(piped.stdout.split('\n')[0], '<stdin>: 2/2');
    });

    it('stops with exit 2 when the exercise cannot be read, or arguments are missing', function () {
      assertFailure(tcpflow(['grade', 'nope.tcpflow', 'subs'], { cwd: scratch.dir }), "cannot read 'nope.tcpflow': no such file or folder");
      assertFailure(tcpflow(['grade', 'subs', 'subs'], { cwd: scratch.dir }), "'subs' is a folder; 'grade' takes one file");
      assertFailure(tcpflow(['grade', 'ex.tcpflow'], { cwd: scratch.dir }), "'grade' needs the exercise and at least one submission");
      assertFailure(tcpflow(['grade', 'ex.tcpflow', 'subs', '--format', 'tap'], { cwd: scratch.dir }), "unknown format 'tap' for 'grade': use text, json, csv, junit");
    });

    it('speaks Korean', function () {
      const run = tcpflow(['grade', 'ex.tcpflow', 'subs', '--lang', 'ko'], { cwd: scratch.dir });
      assert.ok(run.stdout.includes('(틀림: 16번째 줄: expect client ESTABLISHED, server ESTABLISHED; 오류 없이 재생됨)'), run.stdout);
      assert.ok(run.stdout.endsWith('제출물 3개: 만점 2개, 평균 1.3/2\n'), run.stdout);
      assertOneErrorLine(tcpflow(['grade', 'nope.tcpflow', 'subs', '--lang', 'ko'], { cwd: scratch.dir }), "'nope.tcpflow'를 읽을 수 없습니다");
    });
  });
});
