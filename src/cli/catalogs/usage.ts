import type { Catalog } from '../../core/messages/lang';

/**
 * `tcpflow --help`, in parts: each command has its own entry (named by the
 * command's `usage`), so a new command adds its lines without touching the others'.
 */
const en = {
  'usage.header': 'Usage: tcpflow <command> [options]\n\nCommands:',
  'usage.check': [
    '  check [--format text|json|junit|tap] PATH...',
    '        Replay each script against RFC 9293 and report every step a real TCP would not take.',
    '        A folder means every *.tcpflow file under it; - reads standard input.',
  ].join('\n'),
  'usage.mermaid': ['  mermaid FILE', '        Print the Mermaid sequence diagram of a script.'].join('\n'),
  'usage.svg': [
    '  svg FILE',
    '        Print the timeline of a script (the time-sequence diagram RFC 9293 draws) as a',
    '        standalone SVG.',
  ].join('\n'),
  'usage.grade': [
    '  grade EXERCISE PATH... [--format text|json|csv|junit]',
    "        Score each submission against the exercise: a point for each of the exercise's",
    '        expect lines that the submission keeps, in order, and that holds, and a point for a',
    '        replay with no error.',
  ].join('\n'),
  'usage.import': [
    '  import CAPTURE [-o DIR | --connection N]',
    '        Turn a pcap or pcapng capture into one story per TCP connection: print it, write',
    '        each to DIR, or pick one.',
  ].join('\n'),
  'usage.options': [
    'Options:',
    '  --format FORMAT  Output format (default: text; text is one FILE:LINE:COL: SEVERITY: MESSAGE [CODE]',
    '                   per line, then a summary)',
    '  --lang en|ko     Language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)',
    '  --help           Show this help',
    '  --version        Show the version',
    '',
    'Exit status: 0 no errors (grade: every submission has full marks), 1 errors found (grade: not',
    'full marks), 2 usage or I/O error (an unreadable file is reported and the others still run).',
  ].join('\n'),
} as const;

export type UsageMessageId = keyof typeof en;

export const USAGE_MESSAGES: Catalog<UsageMessageId> = {
  en,
  ko: {
    'usage.header': '사용법: tcpflow <명령> [옵션]\n\n명령:',
    'usage.check': [
      '  check [--format text|json|junit|tap] 경로...',
      '        각 스크립트를 RFC 9293에 따라 재생하고, 실제 TCP라면 하지 않을 단계를 모두 알려 줍니다.',
      '        폴더를 주면 그 아래의 모든 *.tcpflow 파일을 검사하고, -는 표준 입력을 읽습니다.',
    ].join('\n'),
    'usage.mermaid': ['  mermaid 파일', '        스크립트의 Mermaid 시퀀스 다이어그램을 출력합니다.'].join('\n'),
    'usage.svg': [
      '  svg 파일',
      '        스크립트의 타임라인(RFC 9293이 그리는 시간-순서 다이어그램)을 독립 SVG로',
      '        출력합니다.',
    ].join('\n'),
    'usage.grade': [
      '  grade 과제 경로... [--format text|json|csv|junit]',
      '        각 제출물을 과제에 따라 채점합니다: 과제의 expect 줄마다, 제출물이 그 줄을 순서대로',
      '        간직하고 그 줄이 맞으면 1점, 오류 없이 재생되면 1점을 줍니다.',
    ].join('\n'),
    'usage.import': [
      '  import 캡처 [-o 폴더 | --connection N]',
      '        pcap이나 pcapng 캡처를 TCP 연결마다 하나의 이야기로 바꿉니다. 출력하거나, 폴더에',
      '        하나씩 쓰거나, 하나를 고릅니다.',
    ].join('\n'),
    'usage.options': [
      '옵션:',
      '  --format 형식    출력 형식 (기본값: text. text는 한 줄에 하나씩 FILE:LINE:COL: SEVERITY: MESSAGE [CODE],',
      '                   끝에 요약 한 줄)',
      '  --lang en|ko     메시지 언어 (기본값: LC_ALL, LC_MESSAGES, LANG에서 결정)',
      '  --help           이 도움말을 보여 줍니다',
      '  --version        버전을 보여 줍니다',
      '',
      '종료 코드: 0 오류 없음(grade: 모든 제출물이 만점), 1 오류 발견(grade: 만점이 아닌 제출물이 있음),',
      '2 사용법 또는 입출력 오류(읽을 수 없는 파일을 알리고 나머지는 계속 처리합니다).',
    ].join('\n'),
  },
};
