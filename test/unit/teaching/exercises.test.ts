import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { readScriptHeader } from '../../../src/core/scriptHeader';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const EXERCISES = path.join(ROOT, 'exercises');
const SOLUTIONS = path.join(EXERCISES, 'solutions');

/** Warnings a solution may keep: where the story is a receiver refusing a segment. */
const SOLUTION_WARNINGS: Readonly<Record<string, readonly string[]>> = {
  '04-refuse-the-connection.tcpflow': ['5:unacceptable-segment'],
};

function exercises(): string[] {
  return fs.readdirSync(EXERCISES).filter((f) => f.endsWith('.tcpflow')).sort();
}

function expectLines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => /^expect\s/.test(line)).map((line) => line.replace(/\s*#.*$/, '').trim());
}

describe('exercises', () => {
  it('are there, each with its solution', () => {
    assert.ok(exercises().length >= 6, `${exercises().length} exercises`);
    for (const name of exercises()) {
      assert.ok(fs.existsSync(path.join(SOLUTIONS, name)), `a solution for ${name}`);
    }
  });

  for (const name of exercises()) {
    describe(name, () => {
      const task = fs.readFileSync(path.join(EXERCISES, name), 'utf8');
      const solution = fs.readFileSync(path.join(SOLUTIONS, name), 'utf8');

      it('states its task in English and in Korean', () => {
        const header = readScriptHeader(task);
        assert.match(header.title ?? '', /^Exercise: /);
        assert.match(header.paragraphs.en[0] ?? '', /^Task: /);
        assert.match(header.paragraphs.ko[0] ?? '', /^과제: /);
      });

      it('left as it is, has errors that point at the work to do', () => {
        const errors = analyze(task).diagnostics.filter((d) => d.severity === 'error');
        assert.ok(errors.length > 0, 'an unsolved exercise has errors');
        assert.ok(
          errors.some((d) => d.code === 'expect-mismatch'),
          'at least one expect that does not hold yet',
        );
      });

      it('is solved by its solution: no error, only the warnings the story is about', () => {
        const diagnostics = analyze(solution).diagnostics;
        const found = (severity: string): string[] => diagnostics.filter((d) => d.severity === severity).map((d) => `${d.range.start.line + 1}:${d.code}`);
        assert.deepStrictEqual(found('error'), []);
        assert.deepStrictEqual(found('warning'), SOLUTION_WARNINGS[name] ?? []);
      });

      it('has a solution that meets every expect line of the task, in order', () => {
        const wanted = expectLines(task);
        const met = expectLines(solution);
        assert.ok(wanted.length >= 1);
        let at = 0;
        for (const line of wanted) {
          at = met.indexOf(line, at);
          assert.ok(at >= 0, `the solution keeps "${line}"`);
          at++;
        }
      });
    });
  }
});
