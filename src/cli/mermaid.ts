import { analyze } from '../core/analyze';
import type { Command } from './command';
import { readSingleScript } from './files';
import { CliFailure } from './messages';

/** `tcpflow mermaid FILE`: the Mermaid text of the script's sequence diagram. */
export const mermaid: Command = {
  name: 'mermaid',
  usage: 'usage.mermaid',
  options: {},
  run({ lang, operands, stdout }) {
    if (operands.length !== 1) {
      throw new CliFailure('cli.oneFile', { command: 'mermaid' }, { usage: true });
    }
    const analysis = analyze(readSingleScript(operands[0]!, 'mermaid'), { lang });
    const text = analysis.diagram.text;
    stdout(text.endsWith('\n') ? text : text + '\n');
    return analysis.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
