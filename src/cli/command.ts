import type { Lang } from '../core/messages/lang';
import { CliFailure } from './messages';
import type { UsageMessageId } from './catalogs/usage';

/** `flag`: present or not; `value`: takes the next argument (or `--name=value`). */
export type OptionKind = 'flag' | 'value';

/** What a command is given: its operands and options, in the language of the run, and where to write. */
export interface CommandContext {
  readonly lang: Lang;
  /** The arguments after the command's name that are not options. */
  readonly operands: readonly string[];
  /** The options given, by name (`--format`); a flag's value is ''. */
  readonly options: ReadonlyMap<string, string>;
  readonly stdout: (text: string) => void;
  /** Writes one line (without its newline) to stderr. */
  readonly stderrLine: (line: string) => void;
}

/**
 * One `tcpflow <name>` command. The table in commands.ts lists them; a new
 * command is a file exporting one of these, and a line in that table.
 */
export interface Command {
  readonly name: string;
  /** Its lines in `tcpflow --help`. */
  readonly usage: UsageMessageId;
  /** The options it takes besides the global ones (--lang, --help, --version). */
  readonly options: Readonly<Record<string, OptionKind>>;
  /** Runs it and returns the exit status; throws CliFailure to end with status 2. */
  run(context: CommandContext): number;
}

/** The `--format` of a command: one of `formats`, the first by default. */
export function formatOption<F extends string>(context: CommandContext, command: string, formats: readonly F[]): F {
  const value = context.options.get('--format');
  if (value === undefined) {
    return formats[0]!;
  }
  if (!(formats as readonly string[]).includes(value)) {
    throw new CliFailure('cli.badFormat', { value, command, formats: formats.join(', ') }, { usage: true });
  }
  return value as F;
}
