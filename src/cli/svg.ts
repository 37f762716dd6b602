import { analyze } from '../core/analyze';
import { notesOf, renderTimeline } from '../core/timeline';
import type { Command } from './command';
import { readSingleScript } from './files';
import { CliFailure } from './messages';

/**
 * `tcpflow svg FILE`: the timeline as a standalone SVG on stdout. Errors in
 * the script are drawn (the step marked, their count at the top) and make the
 * exit status 1; the file is read before anything is printed.
 */
export const svg: Command = {
  name: 'svg',
  usage: 'usage.svg',
  options: {},
  run({ lang, operands, stdout }) {
    if (operands.length !== 1) {
      throw new CliFailure('cli.oneFile', { command: 'svg' }, { usage: true });
    }
    const analysis = analyze(readSingleScript(operands[0]!, 'svg'), { lang });
    const drawing = renderTimeline({ ...analysis, notes: notesOf(analysis) }, { showSeq: true, lang, mode: 'standalone' });
    stdout(drawing.svg.endsWith('\n') ? drawing.svg : drawing.svg + '\n');
    return analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
