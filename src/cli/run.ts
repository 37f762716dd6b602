import { GLOBAL_OPTIONS, languageOf, parseCommandLine } from './args';
import type { Command, OptionKind } from './command';
import { COMMANDS } from './commands';
import { CliFailure, cliMessage } from './messages';

/** Where the command line writes, and what it reads from its environment. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly version: string;
}

/**
 * Runs one command and returns its exit status: 0 no errors, 1 errors found
 * (or, for `grade`, not full marks), 2 usage or I/O error. A usage error, or
 * an I/O error that stops the command, prints one line on stderr and nothing
 * on stdout; a file that cannot be read among others is reported on stderr
 * and in the output, the others go on, and the status is 2 at the end.
 */
export function run(argv: readonly string[], io: CliIo, commands: readonly Command[] = COMMANDS): number {
  const lang = languageOf(argv, io.env);
  try {
    const known: Record<string, OptionKind> = { ...GLOBAL_OPTIONS };
    for (const command of commands) {
      Object.assign(known, command.options);
    }
    const { positional, options } = parseCommandLine(argv, known);
    if (options.has('--help')) {
      io.stdout(usage(commands, lang) + '\n');
      return 0;
    }
    if (options.has('--version')) {
      io.stdout(io.version + '\n');
      return 0;
    }
    const [name, ...operands] = positional;
    if (name === undefined) {
      throw new CliFailure('cli.noCommand', {}, { usage: true });
    }
    const command = commands.find((c) => c.name === name);
    if (command === undefined) {
      throw new CliFailure('cli.unknownCommand', { command: name }, { usage: true });
    }
    for (const option of options.keys()) {
      if (!Object.prototype.hasOwnProperty.call(GLOBAL_OPTIONS, option) && !Object.prototype.hasOwnProperty.call(command.options, option)) {
        throw new CliFailure('cli.optionNotFor', { option, command: name }, { usage: true });
      }
    }
    return command.run({ lang, operands, options, stdout: io.stdout, stderrLine: (line) => io.stderr(line + '\n') });
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

function usage(commands: readonly Command[], lang: Parameters<typeof cliMessage>[1]): string {
  return [cliMessage('usage.header', lang), ...commands.map((c) => cliMessage(c.usage, lang)), '', cliMessage('usage.options', lang)].join('\n');
}
