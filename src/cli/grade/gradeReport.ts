import type { Lang } from '../../core/messages';
import { cliMessage, countOf } from '../messages';
import type { Grade } from './rubric';

/** A graded submission: its grade, and the reason when it could not be read (then every check failed). */
export interface GradedSubmission {
  readonly path: string;
  readonly grade: Grade;
  readonly error?: string;
}

/** One line per submission (its score, and what it missed), then a summary. */
export function formatGradeText(submissions: readonly GradedSubmission[], points: number, lang: Lang): string {
  const lines = submissions.map(({ path, grade, error }) => {
    const line = cliMessage('grade.line', lang, { path, score: grade.score, points: grade.points });
    if (error !== undefined) {
      return cliMessage('grade.unreadable', lang, { line, reason: error });
    }
    const failed = grade.checks.filter((c) => !c.passed).map((c) => c.name);
    return failed.length === 0 ? line : cliMessage('grade.failed', lang, { line, checks: failed.join('; ') });
  });
  const full = submissions.filter((s) => s.grade.score === s.grade.points).length;
  const total = submissions.reduce((sum, s) => sum + s.grade.score, 0);
  const average = submissions.length === 0 ? 0 : total / submissions.length;
  let summary = cliMessage('grade.summary', lang, {
    submissions: countOf('submissions', submissions.length, lang),
    full,
    average: Number.isInteger(average) ? String(average) : average.toFixed(1),
    points,
  });
  const unreadable = submissions.filter((s) => s.error !== undefined).length;
  if (unreadable > 0) {
    summary = cliMessage('grade.summaryUnreadable', lang, { summary, unreadable: countOf('unreadable', unreadable, lang) });
  }
  return [...lines, summary].join('\n') + '\n';
}

/** `{ version, exercise, points, submissions: [{ path, score, points, checks: [{ name, passed, message }] }] }`; an unreadable submission adds `error`. */
export function formatGradeJson(exercise: string, submissions: readonly GradedSubmission[], points: number): string {
  return (
    JSON.stringify(
      {
        version: 1,
        exercise,
        points,
        submissions: submissions.map(({ path, grade, error }) => ({
          path,
          score: grade.score,
          points: grade.points,
          ...(error === undefined ? {} : { error }),
          checks: grade.checks.map((c) => ({ name: c.name, passed: c.passed, message: c.message, ...(c.line === undefined ? {} : { line: c.line }) })),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

/** A spreadsheet: path, score, points, one 1/0 column per check, and the error of an unreadable submission (RFC 4180 quoting). */
export function formatGradeCsv(checkNames: readonly string[], submissions: readonly GradedSubmission[]): string {
  const rows = [['path', 'score', 'points', ...checkNames, 'error']];
  for (const { path, grade, error } of submissions) {
    rows.push([path, String(grade.score), String(grade.points), ...grade.checks.map((c) => (c.passed ? '1' : '0')), error ?? '']);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
