import { analyze } from '../core/analyze';
import { checksOf, type CheckedFile } from './checks';
import { formatOption, type Command } from './command';
import { loadScripts } from './files';
import { formatJunit } from './junit';
import { CliFailure, cliMessage } from './messages';
import { formatJson, formatText, hasErrors, type CheckedScript } from './report';
import { formatTap } from './tap';

const FORMATS = ['text', 'json', 'junit', 'tap'] as const;

/** `tcpflow check PATH...`: replay each script and report every diagnostic. */
export const check: Command = {
  name: 'check',
  usage: 'usage.check',
  options: { '--format': 'value' },
  run(context) {
    const { lang, operands } = context;
    const format = formatOption(context, 'check', FORMATS);
    if (operands.length === 0) {
      throw new CliFailure('cli.noPaths', { command: 'check' }, { usage: true });
    }
    let unreadable = false;
    // Each file is read once and analyzed once; one that cannot be read is told on stderr and the others go on.
    const scripts: CheckedScript[] = loadScripts(operands).map((loaded) => {
      if (loaded.failure !== undefined) {
        unreadable = true;
        context.stderrLine(loaded.failure.text(lang));
        return { path: loaded.path, error: loaded.failure.message(lang) };
      }
      return { path: loaded.path, analysis: analyze(loaded.text, { lang }) };
    });
    switch (format) {
      case 'text':
        context.stdout(formatText(scripts, lang));
        break;
      case 'json':
        context.stdout(formatJson(scripts, lang));
        break;
      case 'junit':
        context.stdout(formatJunit(scripts.map((s) => checkedFile(s, lang)), 'tcpflow check', cliMessage('check.readsFile', lang)));
        break;
      case 'tap':
        context.stdout(formatTap(scripts.map((s) => checkedFile(s, lang))));
        break;
    }
    return unreadable ? 2 : hasErrors(scripts) ? 1 : 0;
  },
};

function checkedFile(script: CheckedScript, lang: Parameters<typeof checksOf>[1]): CheckedFile {
  return script.analysis === undefined ? { path: script.path, checks: [], error: script.error } : { path: script.path, checks: checksOf(script.analysis, lang) };
}
