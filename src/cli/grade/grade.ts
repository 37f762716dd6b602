import { analyze } from '../../core/analyze';
import { formatOption, type Command } from '../command';
import { readSingleScript, loadScripts } from '../files';
import { formatJunit } from '../junit';
import { CliFailure, cliMessage } from '../messages';
import { formatGradeCsv, formatGradeJson, formatGradeText, type GradedSubmission } from './gradeReport';
import { gradeSubmission, notGraded, rubricOf } from './rubric';

const FORMATS = ['text', 'json', 'csv', 'junit'] as const;

/**
 * `tcpflow grade EXERCISE PATH...`: scores each submission against the
 * exercise's rubric. Exit 0 when every submission has full marks, 1 when
 * one has not, 2 for usage or I/O problems (an exercise that cannot be read
 * stops the run; a submission that cannot be read scores 0 and the others
 * are still graded).
 */
export const grade: Command = {
  name: 'grade',
  usage: 'usage.grade',
  options: { '--format': 'value' },
  run(context) {
    const { lang, operands } = context;
    const format = formatOption(context, 'grade', FORMATS);
    if (operands.length < 2) {
      throw new CliFailure('cli.gradeArguments', {}, { usage: true });
    }
    const [exercisePath, ...paths] = operands as [string, ...string[]];
    const rubric = rubricOf(analyze(readSingleScript(exercisePath, 'grade'), { lang }), lang);
    let unreadable = false;
    const submissions: GradedSubmission[] = loadScripts(paths).map((loaded) => {
      if (loaded.failure !== undefined) {
        unreadable = true;
        context.stderrLine(loaded.failure.text(lang));
        const error = loaded.failure.message(lang);
        return { path: loaded.path, grade: notGraded(rubric, error, lang), error };
      }
      return { path: loaded.path, grade: gradeSubmission(rubric, analyze(loaded.text, { lang }), lang) };
    });
    switch (format) {
      case 'text':
        context.stdout(formatGradeText(submissions, rubric.points, lang));
        break;
      case 'json':
        context.stdout(formatGradeJson(exercisePath, submissions, rubric.points));
        break;
      case 'csv':
        context.stdout(formatGradeCsv([...rubric.lines.map((l) => l.name), cliMessage('check.replays', lang)], submissions));
        break;
      case 'junit':
        context.stdout(
          formatJunit(
            submissions.map((s) => ({ path: s.path, checks: s.grade.checks, error: s.error })),
            'tcpflow grade',
            cliMessage('check.readsFile', lang),
          ),
        );
        break;
    }
    return unreadable ? 2 : submissions.every((s) => s.grade.score === s.grade.points) ? 0 : 1;
  },
};
