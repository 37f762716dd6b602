import { format, type Catalog, type Lang, type MessageArgs } from '../core/messages/lang';

/** What the command line itself says: its usage and its usage and I/O errors. */
const en = {
  'cli.usage': [
    'Usage: tcpflow <command> [options]',
    '',
    'Commands:',
    '  check [--format text|json] PATH...  Replay each script against RFC 9293 and report every step',
    '                                      a real TCP would not take. A folder means every *.tcpflow',
    '                                      file under it.',
    '  mermaid FILE                        Print the Mermaid sequence diagram of a script.',
    '  svg FILE                            Print the timeline of a script (the time-sequence diagram',
    '                                      RFC 9293 draws) as a standalone SVG.',
    '',
    'Options:',
    '  --format text|json  Output of check: one FILE:LINE:COL: SEVERITY: MESSAGE [CODE] per line,',
    '                      or JSON (default: text)',
    '  --lang en|ko        Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)',
    '  --help              Show this help',
    '  --version           Show the version',
    '',
    'Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.',
  ].join('\n'),
  'cli.seeHelp': "{message} (see 'tcpflow --help')",
  'cli.noCommand': 'no command given',
  'cli.unknownCommand': "unknown command '{command}'",
  'cli.unknownOption': "unknown option '{option}'",
  'cli.missingValue': "option '{option}' needs a value",
  'cli.badFormat': "unknown format '{value}': use text or json",
  'cli.badLang': "unknown language '{value}': use en or ko",
  'cli.formatOnlyForCheck': "option '--format' applies to 'check' only",
  'cli.noPaths': "'check' needs at least one file or folder",
  'cli.oneFile': "'mermaid' takes exactly one file",
  'cli.svgOneFile': "'svg' takes exactly one file",
  'cli.svgIsFolder': "'{path}' is a folder; 'svg' takes one file",
  'cli.notFound': "cannot read '{path}': no such file or folder",
  'cli.unreadable': "cannot read '{path}': {reason}",
  'cli.permissionDenied': "cannot read '{path}': permission denied",
  'cli.isFolder': "'{path}' is a folder; 'mermaid' takes one file",
  'cli.noScripts': "no .tcpflow scripts in folder '{path}'",
  'cli.binary': "'{path}' is a binary file, not a .tcpflow script",
  'cli.notUtf8': "'{path}' is not UTF-8 text",
  'cli.internal': 'internal error: {reason}',
} as const;

export type CliMessageId = keyof typeof en;

export const CLI_MESSAGES: Catalog<CliMessageId> = {
  en,
  ko: {
    'cli.usage': [
      '사용법: tcpflow <명령> [옵션]',
      '',
      '명령:',
      '  check [--format text|json] 경로...  각 스크립트를 RFC 9293에 따라 재생하고, 실제 TCP라면 하지 않을',
      '                                      단계를 모두 알려 줍니다. 폴더를 주면 그 아래의 모든 *.tcpflow',
      '                                      파일을 검사합니다.',
      '  mermaid 파일                        스크립트의 Mermaid 시퀀스 다이어그램을 출력합니다.',
      '  svg 파일                            스크립트의 타임라인(RFC 9293이 그리는 시간-순서 다이어그램)을',
      '                                      독립 SVG로 출력합니다.',
      '',
      '옵션:',
      '  --format text|json  check의 출력 형식: 한 줄에 하나씩 FILE:LINE:COL: SEVERITY: MESSAGE [CODE]',
      '                      또는 JSON (기본값: text)',
      '  --lang en|ko        메시지 언어 (기본값: LC_ALL, LC_MESSAGES, LANG에서 결정)',
      '  --help              이 도움말을 보여 줍니다',
      '  --version           버전을 보여 줍니다',
      '',
      '종료 코드: 0 오류 없음, 1 오류 발견, 2 사용법 또는 입출력 오류.',
    ].join('\n'),
    'cli.seeHelp': "{message} ('tcpflow --help'를 참고하세요)",
    'cli.noCommand': '명령이 없습니다',
    'cli.unknownCommand': "알 수 없는 명령 '{command}'",
    'cli.unknownOption': "알 수 없는 옵션 '{option}'",
    'cli.missingValue': "'{option}' 옵션에 값이 필요합니다",
    'cli.badFormat': "알 수 없는 형식 '{value}': text나 json을 쓰세요",
    'cli.badLang': "알 수 없는 언어 '{value}': en이나 ko를 쓰세요",
    'cli.formatOnlyForCheck': "'--format' 옵션은 'check'에만 쓸 수 있습니다",
    'cli.noPaths': "'check'에는 파일이나 폴더가 하나 이상 필요합니다",
    'cli.oneFile': "'mermaid'에는 파일을 정확히 하나 주어야 합니다",
    'cli.svgOneFile': "'svg'에는 파일을 정확히 하나 주어야 합니다",
    'cli.svgIsFolder': "'{path}'{:은} 폴더입니다. 'svg'에는 파일 하나를 주세요",
    'cli.notFound': "'{path}'{:을} 읽을 수 없습니다: 그런 파일이나 폴더가 없습니다",
    'cli.unreadable': "'{path}'{:을} 읽을 수 없습니다: {reason}",
    'cli.permissionDenied': "'{path}'{:을} 읽을 수 없습니다: 권한이 없습니다",
    'cli.isFolder': "'{path}'{:은} 폴더입니다. 'mermaid'에는 파일 하나를 주세요",
    'cli.noScripts': "'{path}' 폴더에 .tcpflow 스크립트가 없습니다",
    'cli.binary': "'{path}'{:은} 바이너리 파일이라 .tcpflow 스크립트가 아닙니다",
    'cli.notUtf8': "'{path}'{:은} UTF-8 텍스트가 아닙니다",
    'cli.internal': '내부 오류: {reason}',
  },
};

export function cliMessage(id: CliMessageId, lang: Lang, args: MessageArgs = {}): string {
  return format(CLI_MESSAGES[lang][id], args);
}

/**
 * A failure that ends the run with exit status 2 and one line on stderr.
 * `usage` adds a pointer to --help.
 */
export class CliFailure {
  constructor(
    readonly id: CliMessageId,
    readonly args: MessageArgs = {},
    readonly usage = false,
  ) {}

  text(lang: Lang): string {
    const message = cliMessage(this.id, lang, this.args);
    return `tcpflow: ${this.usage ? cliMessage('cli.seeHelp', lang, { message }) : message}`;
  }
}
