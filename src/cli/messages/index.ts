import { format, type Lang, type MessageArgs } from '../../core/messages/lang';
import { ERROR_MESSAGES, type ErrorMessageId } from './errors';
import { REPORT_MESSAGES, type ReportMessageId } from './reports';
import { SYSTEM_ERROR_MESSAGES, systemErrorId, type SystemErrorMessageId } from './systemErrors';
import { USAGE_MESSAGES, type UsageMessageId } from './usage';

/** Every string the command line prints itself; the engine's diagnostics come from core's catalogs. */
export type CliMessageId = ErrorMessageId | UsageMessageId | ReportMessageId | SystemErrorMessageId;

const CATALOGS = [ERROR_MESSAGES, USAGE_MESSAGES, REPORT_MESSAGES, SYSTEM_ERROR_MESSAGES];

const TEXTS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: Object.assign({}, ...CATALOGS.map((c) => c.en)),
  ko: Object.assign({}, ...CATALOGS.map((c) => c.ko)),
};

export function cliMessage(id: CliMessageId, lang: Lang, args: MessageArgs = {}): string {
  return format(TEXTS[lang][id]!, args);
}

/** `1 file` or `3 files`: the message family `count.NOUN.one|other`. */
export function countOf(noun: 'files' | 'unreadable' | 'errors' | 'warnings' | 'hints' | 'submissions', count: number, lang: Lang): string {
  return cliMessage(count === 1 ? `count.${noun}.one` : `count.${noun}.other`, lang, { count });
}

/** A system error (a Node.js error with a `code` such as ELOOP) in words. */
export function systemErrorText(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code !== 'string') {
    return message;
  }
  // Node's message is "CODE: words, syscall 'path'": keep the words for a code without its own.
  const reason = message.replace(/^[A-Z0-9_]+: /, '').replace(/, \w+ '.*'$/s, '');
  return cliMessage(systemErrorId(code), lang, { code, reason });
}

export interface FailureOptions {
  /** Add a pointer to --help: the command line itself was wrong. */
  readonly usage?: boolean;
  /** A system error whose words fill `{reason}`, in the language of the output. */
  readonly systemError?: unknown;
  /** Placeholders filled with other messages, in the language of the output. */
  readonly words?: Readonly<Record<string, CliMessageId>>;
}

/**
 * A failure that ends the run with exit status 2 and one line on stderr, or,
 * for one file among many, is reported and lets the others go on.
 */
export class CliFailure {
  constructor(
    readonly id: ErrorMessageId,
    readonly args: MessageArgs = {},
    readonly options: FailureOptions = {},
  ) {}

  get usage(): boolean {
    return this.options.usage === true;
  }

  /** The message alone, for a report's `error` field. */
  message(lang: Lang): string {
    const args: Record<string, string | number> = { ...this.args };
    for (const [name, id] of Object.entries(this.options.words ?? {})) {
      args[name] = cliMessage(id, lang);
    }
    if (this.options.systemError !== undefined) {
      args.reason = systemErrorText(this.options.systemError, lang);
    }
    return cliMessage(this.id, lang, args);
  }

  /** The stderr line, without its newline. */
  text(lang: Lang): string {
    const message = this.message(lang);
    return `tcpflow: ${this.usage ? cliMessage('cli.seeHelp', lang, { message }) : message}`;
  }
}
