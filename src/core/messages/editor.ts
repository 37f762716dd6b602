import { format, type Catalog, type Lang, type MessageArgs } from './lang';

/**
 * The editor's own words outside hovers: the names of a connection's phases
 * (outline, folding), the details beside completion items, and the count of problems not listed.
 * Arguments: {host} {state} {from} {to} {flags} {line} {value}.
 */
const en = {
  'phase.handshake': 'Connection setup',
  'phase.data': 'Data transfer',
  'phase.close': 'Connection close',
  'phase.detail': 'lines {first}–{last}',
  'symbol.header': 'Header',
  'symbol.moreEvents': '{count} more events',
  'diagnostics.notShown': '{count} more problems are not listed: VS Code lists at most {limit} per file. Fixing the ones listed brings the rest into view.',

  'completion.owed': '{host} owes this now',
  'completion.allowed': '{host} may send this in {state}',
  'completion.otherFlag': 'control bit',
  'completion.refused': '{host} may not send this in {state}',
  'completion.action.allowed': 'allowed in {state}',
  'completion.state.current': '{host} is {state} here',
  'completion.state.other': 'state (RFC 9293 §3.3.2)',
  'completion.host': 'host',
  'completion.inFlight': '{from} → {to}: {flags} (line {line})',
  'completion.field.seq': 'sequence number (SEG.SEQ)',
  'completion.field.ack': 'acknowledgment number (SEG.ACK)',
  'completion.field.len': 'payload octets',
  'completion.field.win': 'window (SEG.WND)',
  'completion.field.wscale': 'window scale option of a SYN (RFC 7323)',
  'completion.value.sndNxt': "{host}'s SND.NXT",
  'completion.value.rcvNxt': "{host}'s RCV.NXT",
  'completion.keyword': 'keyword',

  'snippet.handshake.name': '3-way handshake',
  'snippet.handshake.description': 'Open a connection: listen, SYN, SYN,ACK, ACK (RFC 9293 Figure 6).',
  'snippet.close.name': '4-way close',
  'snippet.close.description': 'Close an established connection: FIN, ACK, FIN, ACK, then 2MSL in TIME-WAIT (RFC 9293 Figure 12).',
  'snippet.simultaneousOpen.name': 'Simultaneous open',
  'snippet.simultaneousOpen.description': 'Both hosts open at once; each SYN crosses the other in the network (RFC 9293 Figure 7).',
  'snippet.simultaneousClose.name': 'Simultaneous close',
  'snippet.simultaneousClose.description': 'Both hosts close at once; each FIN crosses the other in the network (RFC 9293 Figure 13).',
  'snippet.abort.name': 'Abort with RST',
  'snippet.abort.description': 'Abort an established connection: the host sends a RST and its peer returns to CLOSED (RFC 9293 §3.10.5).',
  'snippet.exercise.name': 'Exercise',
  'snippet.exercise.description': "An exercise: a title, two hosts, a task, and after each event the expect line a student's answer must satisfy.",
} as const;

export type EditorMessageId = keyof typeof en;

export const EDITOR_MESSAGES: Catalog<EditorMessageId> = {
  en,
  ko: {
    'phase.handshake': '연결 설정',
    'phase.data': '데이터 전송',
    'phase.close': '연결 종료',
    'phase.detail': '{first}–{last}번째 줄',
    'symbol.header': '머리말',
    'symbol.moreEvents': '이벤트 {count}개 더',
    'diagnostics.notShown': '문제가 {count}개 더 있지만 목록에 없습니다. VS Code는 파일 하나에 {limit}개까지만 보여 줍니다. 보이는 문제를 고치면 나머지가 나타납니다.',

    'completion.owed': '{host} 쪽이 지금 보내야 할 응답',
    'completion.allowed': '{state}인 {host} 쪽이 보낼 수 있음',
    'completion.otherFlag': '제어 비트',
    'completion.refused': '{state}인 {host:은} 보낼 수 없음',
    'completion.action.allowed': '{state}에서 할 수 있음',
    'completion.state.current': '여기서 {host}의 상태는 {state}',
    'completion.state.other': '상태 (RFC 9293 §3.3.2)',
    'completion.host': '호스트',
    'completion.inFlight': '{from} → {to}: {flags} ({line}번째 줄)',
    'completion.field.seq': '순서 번호 (SEG.SEQ)',
    'completion.field.ack': '확인응답 번호 (SEG.ACK)',
    'completion.field.len': '데이터 옥텟 수',
    'completion.field.win': '윈도 (SEG.WND)',
    'completion.field.wscale': 'SYN의 윈도 스케일 옵션 (RFC 7323)',
    'completion.value.sndNxt': '{host}의 SND.NXT',
    'completion.value.rcvNxt': '{host}의 RCV.NXT',
    'completion.keyword': '키워드',

    'snippet.handshake.name': '3-way 핸드셰이크',
    'snippet.handshake.description': '연결 열기: listen, SYN, SYN,ACK, ACK (RFC 9293 그림 6).',
    'snippet.close.name': '4-way 핸드셰이크로 닫기',
    'snippet.close.description': '설정된 연결 닫기: FIN, ACK, FIN, ACK, 그리고 TIME-WAIT에서 2MSL (RFC 9293 그림 12).',
    'snippet.simultaneousOpen.name': '동시 열기',
    'snippet.simultaneousOpen.description': '두 호스트가 동시에 엽니다. 각 SYN이 네트워크에서 서로 엇갈립니다 (RFC 9293 그림 7).',
    'snippet.simultaneousClose.name': '동시 닫기',
    'snippet.simultaneousClose.description': '두 호스트가 동시에 닫습니다. 각 FIN이 네트워크에서 서로 엇갈립니다 (RFC 9293 그림 13).',
    'snippet.abort.name': 'RST로 중단',
    'snippet.abort.description': '설정된 연결 중단: 한 호스트가 RST를 보내고 상대는 CLOSED로 돌아갑니다 (RFC 9293 §3.10.5).',
    'snippet.exercise.name': '연습 문제',
    'snippet.exercise.description': '연습 문제: 제목, 두 호스트, 과제, 그리고 각 이벤트 뒤에 학생의 답이 만족해야 할 expect 줄.',
  },
};

export function editorText(id: EditorMessageId, lang: Lang, args: MessageArgs = {}): string {
  return format(EDITOR_MESSAGES[lang][id], args);
}
