import { format, type Catalog, type Lang, type MessageArgs } from '../core/messages/lang';
import { IMPORT_MESSAGES, type ImportMessageId } from './catalogs/import';
import { REPORT_MESSAGES, type ReportMessageId } from './catalogs/reports';
import { SYSTEM_ERROR_MESSAGES, systemErrorId, type SystemErrorMessageId } from './catalogs/systemErrors';
import { USAGE_MESSAGES, type UsageMessageId } from './catalogs/usage';

/** What the command line says when it cannot go on, or cannot read or write something. */
const en = {
  'cli.seeHelp': "{message} (see 'tcpflow --help')",
  'cli.noCommand': 'no command given',
  'cli.unknownCommand': "unknown command '{command}'",
  'cli.unknownOption': "unknown option '{option}'",
  'cli.missingValue': "option '{option}' needs a value",
  'cli.optionNotFor': "option '{option}' does not apply to '{command}'",
  'cli.badFormat': "unknown format '{value}' for '{command}': use {formats}",
  'cli.badLang': "unknown language '{value}': use en or ko",
  'cli.noPaths': "'{command}' needs at least one file or folder",
  'cli.oneFile': "'{command}' takes exactly one file",
  'cli.gradeArguments': "'grade' needs the exercise and at least one submission: tcpflow grade EXERCISE PATH...",
  'cli.isFolder': "'{path}' is a folder; '{command}' takes one file",
  'cli.noScripts': "no .tcpflow scripts in folder '{path}'",
  'cli.unreadable': "cannot read '{path}': {reason}",
  'cli.notRegular': "cannot read '{path}': it is {kind}, not a regular file",
  'cli.tooLarge': "cannot read '{path}': it is {size}, and tcpflow reads scripts of up to {limit}",
  'cli.tooLargeStream': "cannot read '{path}': it holds more than {limit}, the most tcpflow reads as one script",
  'cli.binary': "'{path}' is a binary file, not a .tcpflow script",
  'cli.utf16': "'{path}' is {encoding} text; save it as UTF-8",
  'cli.notUtf8': "'{path}' is not UTF-8 text (byte 0x{byte} on line {line}); save it as UTF-8",
  'cli.writeFailed': 'cannot write the output: {reason}',
  'cli.internal': 'internal error: {reason}',
  'cli.import.oneCapture': "'import' takes exactly one capture file",
  'cli.import.badConnection': "'--connection' takes a connection's number (1, 2, ...), not '{value}'",
  'cli.import.notCapture': "cannot import '{path}': {reason}",
  'cli.import.noSuchConnection': 'there is no connection {number}: the capture holds {count} (numbered from 1)',
  'cli.import.pick': "'{path}' holds {count} TCP connections: pick one with --connection N, or write them all with -o DIR",
  'cli.import.cannotWrite': "cannot write the stories to '{path}': {reason}",
  'cli.kind.fifo': 'a named pipe (FIFO)',
  'cli.kind.device': 'a device',
  'cli.kind.socket': 'a socket',
  'cli.kind.other': 'a special file',
} as const;

export type ErrorMessageId = keyof typeof en;

export const ERROR_MESSAGES: Catalog<ErrorMessageId> = {
  en,
  ko: {
    'cli.seeHelp': "{message} ('tcpflow --help'를 참고하세요)",
    'cli.noCommand': '명령이 없습니다',
    'cli.unknownCommand': "알 수 없는 명령 '{command}'",
    'cli.unknownOption': "알 수 없는 옵션 '{option}'",
    'cli.missingValue': "'{option}' 옵션에 값이 필요합니다",
    'cli.optionNotFor': "'{option}' 옵션은 '{command}'에 쓸 수 없습니다",
    'cli.badFormat': "'{command}'에 알 수 없는 형식 '{value}': {formats} 중에서 고르세요",
    'cli.badLang': "알 수 없는 언어 '{value}': en이나 ko를 쓰세요",
    'cli.noPaths': "'{command}'에는 파일이나 폴더가 하나 이상 필요합니다",
    'cli.oneFile': "'{command}'에는 파일을 정확히 하나 주어야 합니다",
    'cli.gradeArguments': "'grade'에는 과제 파일과 제출물이 하나 이상 필요합니다: tcpflow grade 과제 경로...",
    'cli.isFolder': "'{path}'{:은} 폴더입니다. '{command}'에는 파일 하나를 주세요",
    'cli.noScripts': "'{path}' 폴더에 .tcpflow 스크립트가 없습니다",
    'cli.unreadable': "'{path}'{:을} 읽을 수 없습니다: {reason}",
    'cli.notRegular': "'{path}'{:을} 읽을 수 없습니다: 일반 파일이 아니라 {kind}입니다",
    'cli.tooLarge': "'{path}'{:을} 읽을 수 없습니다: 크기가 {size}인데, tcpflow는 {limit}까지의 스크립트만 읽습니다",
    'cli.tooLargeStream': "'{path}'{:을} 읽을 수 없습니다: {limit}보다 많아서 스크립트 하나로 읽을 수 있는 크기를 넘습니다",
    'cli.binary': "'{path}'{:은} 바이너리 파일이라 .tcpflow 스크립트가 아닙니다",
    'cli.utf16': "'{path}'{:은} {encoding} 텍스트입니다. UTF-8로 저장하세요",
    'cli.notUtf8': "'{path}'{:은} UTF-8 텍스트가 아닙니다({line}번째 줄의 바이트 0x{byte}). UTF-8로 저장하세요",
    'cli.writeFailed': '출력을 쓸 수 없습니다: {reason}',
    'cli.internal': '내부 오류: {reason}',
    'cli.import.oneCapture': "'import'에는 캡처 파일을 정확히 하나 주어야 합니다",
    'cli.import.badConnection': "'--connection'에는 연결 번호(1, 2, ...)를 주어야 합니다. '{value}'{:은} 번호가 아닙니다",
    'cli.import.notCapture': "'{path}'{:을} 가져올 수 없습니다: {reason}",
    'cli.import.noSuchConnection': '{number}번 연결은 없습니다. 캡처에는 연결이 {count}개 있습니다(1부터 셉니다)',
    'cli.import.pick': "'{path}'에는 TCP 연결이 {count}개 있습니다. --connection N으로 하나를 고르거나 -o 폴더로 모두 쓰세요",
    'cli.import.cannotWrite': "'{path}'에 이야기를 쓸 수 없습니다: {reason}",
    'cli.kind.fifo': '이름 있는 파이프(FIFO)',
    'cli.kind.device': '장치',
    'cli.kind.socket': '소켓',
    'cli.kind.other': '특수 파일',
  },
};

/** Every string the command line prints itself; the engine's diagnostics come from core's catalogs. */
export type CliMessageId = ErrorMessageId | UsageMessageId | ReportMessageId | SystemErrorMessageId | ImportMessageId;

const CATALOGS = [ERROR_MESSAGES, USAGE_MESSAGES, REPORT_MESSAGES, SYSTEM_ERROR_MESSAGES, IMPORT_MESSAGES];

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
  readonly options: FailureOptions;

  constructor(
    readonly id: ErrorMessageId,
    readonly args: MessageArgs = {},
    options: FailureOptions | boolean = {},
  ) {
    // `true` alone is short for a usage error.
    this.options = typeof options === 'boolean' ? { usage: options } : options;
  }

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
