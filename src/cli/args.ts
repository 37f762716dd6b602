import { langFromLocale, LANGS, type Lang } from '../core/messages/lang';
import { CliFailure } from './messages';

export type OutputFormat = 'text' | 'json';

export type Invocation =
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'check'; readonly format: OutputFormat; readonly paths: readonly string[] }
  | { readonly command: 'mermaid'; readonly path: string }
  | { readonly command: 'svg'; readonly path: string };

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
 * Reads `tcpflow <command> [options] [paths]`. Options may come anywhere;
 * `--` ends them. Throws CliFailure for anything it cannot make sense of.
 */
export function parseArguments(argv: readonly string[]): Invocation {
  const positional: string[] = [];
  let format: OutputFormat | undefined;
  let help = false;
  let version = false;
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
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const valueOf = (): string => {
      if (equals > 0 && name !== arg) {
        return arg.slice(equals + 1);
      }
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new CliFailure('cli.missingValue', { option: name }, true);
      }
      i++;
      return next;
    };
    switch (name) {
      case '--help':
      case '-h':
        help = true;
        break;
      case '--version':
      case '-v':
      case '-V':
        version = true;
        break;
      case '--format': {
        const value = valueOf();
        if (value !== 'text' && value !== 'json') {
          throw new CliFailure('cli.badFormat', { value }, true);
        }
        format = value;
        break;
      }
      case '--lang': {
        const value = valueOf();
        if (!(LANGS as readonly string[]).includes(value)) {
          throw new CliFailure('cli.badLang', { value }, true);
        }
        break;
      }
      default:
        throw new CliFailure('cli.unknownOption', { option: name }, true);
    }
  }
  if (help) {
    return { command: 'help' };
  }
  if (version) {
    return { command: 'version' };
  }
  const [command, ...paths] = positional;
  switch (command) {
    case undefined:
      throw new CliFailure('cli.noCommand', {}, true);
    case 'check':
      if (paths.length === 0) {
        throw new CliFailure('cli.noPaths', {}, true);
      }
      return { command: 'check', format: format ?? 'text', paths };
    case 'mermaid':
      if (format !== undefined) {
        throw new CliFailure('cli.formatOnlyForCheck', {}, true);
      }
      if (paths.length !== 1) {
        throw new CliFailure('cli.oneFile', {}, true);
      }
      return { command: 'mermaid', path: paths[0]! };
    case 'svg':
      if (format !== undefined) {
        throw new CliFailure('cli.formatOnlyForCheck', {}, true);
      }
      if (paths.length !== 1) {
        throw new CliFailure('cli.svgOneFile', {}, true);
      }
      return { command: 'svg', path: paths[0]! };
    default:
      throw new CliFailure('cli.unknownCommand', { command }, true);
  }
}
