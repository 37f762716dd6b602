import { format, type Catalog, type Lang, type MessageArgs } from './lang';

/**
 * The editor's own words outside hovers: the names of a connection's phases
 * (outline, folding) and the details beside completion items.
 * Arguments: {host} {state} {from} {to} {flags} {line} {value}.
 */
const en = {
  'phase.handshake': 'Connection setup',
  'phase.data': 'Data transfer',
  'phase.close': 'Connection close',
  'phase.detail': 'lines {first}–{last}',
  'symbol.header': 'Header',
  'symbol.moreEvents': '{count} more events',

  'completion.owed': '{host} owes this now',
  'completion.allowed': '{host} may send this in {state}',
  'completion.otherFlag': 'control bit',
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

    'completion.owed': '{host} 쪽이 지금 보내야 할 응답',
    'completion.allowed': '{state}인 {host} 쪽이 보낼 수 있음',
    'completion.otherFlag': '제어 비트',
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
  },
};

export function editorText(id: EditorMessageId, lang: Lang, args: MessageArgs = {}): string {
  return format(EDITOR_MESSAGES[lang][id], args);
}
