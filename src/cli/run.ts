import { analyze } from '../core/analyze';
import { languageOf, parseArguments } from './args';
import { collectScripts, readScript, readSingleScript } from './files';
import { CliFailure, cliMessage } from './messages';
import { formatJson, formatText, hasErrors, type CheckedScript } from './report';
import { printTimeline } from './svg';

/** Where the command line writes, and what it reads from its environment. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly version: string;
}

/**
 * Runs one command and returns its exit status: 0 no errors, 1 errors found,
 * 2 usage or I/O error. On status 2 stdout gets nothing and stderr one line:
 * every file is read before anything is printed.
 */
export function run(argv: readonly string[], io: CliIo): number {
  const lang = languageOf(argv, io.env);
  try {
    const invocation = parseArguments(argv);
    switch (invocation.command) {
      case 'help':
        io.stdout(cliMessage('cli.usage', lang) + '\n');
        return 0;
      case 'version':
        io.stdout(io.version + '\n');
        return 0;
      case 'check': {
        // Each file is read once and analyzed once.
        const checked: CheckedScript[] = collectScripts(invocation.paths).map((file) => ({
          path: file.displayPath,
          analysis: analyze(readScript(file), { lang }),
        }));
        io.stdout(invocation.format === 'json' ? formatJson(checked, lang) : formatText(checked, lang));
        return hasErrors(checked) ? 1 : 0;
      }
      case 'mermaid': {
        const analysis = analyze(readSingleScript(invocation.path), { lang });
        const text = analysis.diagram.text;
        io.stdout(text.endsWith('\n') ? text : text + '\n');
        return hasErrors([{ path: invocation.path, analysis }]) ? 1 : 0;
      }
      case 'svg':
        return printTimeline(invocation.path, lang, io.stdout);
    }
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(error.text(lang) + '\n');
    } else {
      // A bug, not the user's doing: still one line, never a stack trace.
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(new CliFailure('cli.internal', { reason }).text(lang) + '\n');
    }
    return 2;
  }
}
