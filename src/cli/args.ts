import { langFromLocale, LANGS, type Lang } from '../core/messages/lang';
import type { OptionKind } from './command';
import { CliFailure } from './messages';

/** Options every command takes, and their short spellings. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionKind>> = { '--help': 'flag', '--version': 'flag', '--lang': 'value' };
const ALIASES: Readonly<Record<string, string>> = { '-h': '--help', '-v': '--version', '-V': '--version' };

export interface CommandLine {
  /** The arguments that are not options: the command's name first. */
  readonly positional: readonly string[];
  /** Options by name, in the order given; a flag's value is ''. The last of a repeated option wins. */
  readonly options: ReadonlyMap<string, string>;
}

/** The language of messages: `--lang` if given, else the POSIX locale variables in their order of precedence. */
export function languageOf(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      break;
    }
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) {
      return value as Lang;
    }
  }
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined);
}

/**
 * Splits `tcpflow <command> [options] [operands]` into options and positional
 * arguments. Options may come anywhere; `--` ends them; `-` alone is an operand
 * (standard input). `known` holds every option of every command, so an option's
 * value is taken whatever command it belongs to; the command then judges
 * whether it applies. Throws CliFailure for an option nobody knows.
 */
export function parseCommandLine(argv: readonly string[], known: Readonly<Record<string, OptionKind>>): CommandLine {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const written = equals > 0 ? arg.slice(0, equals) : arg;
    const name = ALIASES[written] ?? written;
    const kind = Object.prototype.hasOwnProperty.call(known, name) ? known[name] : undefined;
    if (kind === undefined) {
      throw new CliFailure('cli.unknownOption', { option: written }, { usage: true });
    }
    if (kind === 'flag') {
      options.set(name, '');
      continue;
    }
    let value: string | undefined;
    if (equals > 0) {
      value = arg.slice(equals + 1);
    } else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new CliFailure('cli.missingValue', { option: written }, { usage: true });
      }
      i++;
    }
    options.set(name, value);
  }
  const lang = options.get('--lang');
  if (lang !== undefined && !(LANGS as readonly string[]).includes(lang)) {
    throw new CliFailure('cli.badLang', { value: lang }, { usage: true });
  }
  return { positional, options };
}
