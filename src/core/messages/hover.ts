import { format, type Catalog, type Lang, type MessageArgs } from './lang';

/**
 * What the editor says when the pointer rests on a word of a script (Markdown).
 * State names, flags and RFC variables (SND.NXT, SEG.SEQ) stay as RFC 9293
 * spells them in both languages.
 * Arguments: {host} {peer} {state} {before} {after} {flags} {value} {line} {name} {from} {to}.
 */
const en = {
  // Hosts
  'hover.host.title': 'Host **{host}**',
  'hover.host.label': 'shown as “{label}”',
  'hover.host.stateHere': '{host} is **{state}** here.',
  'hover.host.changes': '{host}: **{before}** → **{after}** on this line.',
  'hover.host.stays': '{host} stays **{state}** on this line.',

  // States
  'hover.state.title': 'State **{state}**',
  'hover.state.rfc': 'RFC 9293 §3.3.2: *{state} {meaning}*',
  'hover.state.synchronized': 'A synchronized state: both sides know each other\'s sequence numbers, so every segment carries ACK.',
  'hover.state.notSynchronized': 'Not synchronized yet: the two sides do not both know each other\'s initial sequence numbers.',
  'hover.state.mayDo': 'From here the host may: {actions}.',
  'hover.state.maySend': 'It may send on its own: {sends}.',
  'hover.state.expectHolds': '✓ {host} is {state} here.',
  'hover.state.expectFails': '✗ {host} is **{actual}** here, not {state}.',

  // Flags (RFC 9293 §3.1, the control bits)
  'hover.flag.title': 'Control bit **{flag}** (RFC 9293 §3.1): {meaning}',
  'hover.flag.unknown': '**{flag}** is not a TCP control bit.',

  // Fields
  'hover.field.seq': '**seq** = SEG.SEQ, the sequence number of the segment\'s first octet (the ISN when SYN is set): **{value}**',
  'hover.field.ack': '**ack** = SEG.ACK, the next sequence number the sender expects to receive: **{value}**',
  'hover.field.ack.none': '**ack**: this segment carries no ACK flag, so it has no acknowledgment number.',
  'hover.field.len': '**len** = payload octets: **{value}**. SEG.LEN, which also counts SYN and FIN, is {segLen}.',
  'hover.field.win': '**win** = SEG.WND, the window the sender advertises: **{value}**',
  'hover.field.wscale': '**wscale** = the Window Scale option of a SYN (RFC 7323 §2): once both SYNs carry it, the sender\'s windows are its Window field shifted left by **{value}** bits, and `win=` gives the window after scaling.',
  'hover.field.computed': 'Left out of the script: the engine computed it.',
  'hover.field.sndNxt': '{host}\'s SND.NXT before this segment: {value}.',
  'hover.field.rcvNxt': '{host}\'s RCV.NXT before this segment: {value}.',
  'hover.field.notSent': 'This segment was not sent, so it has no values (see the problem on this line).',

  // Events
  'hover.event.segment': '**{from} → {to}**: {flags}',
  'hover.event.wire': 'On the wire: `{wire}`',
  'hover.event.impliedAck': 'The engine set ACK: every segment of a synchronized connection carries it (RFC 9293 §3.1).',
  'hover.event.dup': 'An old duplicate: it arrives at {to}, but {from} did not send it now, so {from}\'s state is untouched (RFC 9293 Figure 8).',
  'hover.event.lost': 'Lost: this segment never arrives.',
  'hover.event.inFlight': 'Stays in the network as **{name}** until `deliver {name}`.',
  'hover.event.inFlightOldest': 'Stays in the network until a `deliver`.',
  'hover.event.deliver': '**deliver**: the segment {from} sent on line {line} ({flags}) arrives at {to} now.',
  'hover.event.deliverNothing': '**deliver**: nothing was delivered.',
  'hover.event.action': '**{host}: {action}**: {meaning}',
  'hover.event.arrival': 'At {host}: {explanation}',
  'hover.event.transitions': 'State changes:',
  'hover.event.noTransition': 'No state changes on this line.',
  'hover.event.owes': '{host} now owes: {replies}',
  'hover.event.statesAfter': 'After this line: {states}',
  'hover.event.emits': '{host} sends {segment}.',

  // Actions
  'hover.action.listen': 'passive OPEN: wait for a connection request (CLOSED → LISTEN).',
  'hover.action.connect': 'active OPEN: send a SYN and wait for the answer (→ SYN-SENT).',
  'hover.action.close': 'CLOSE: no more data to send; a synchronized connection sends a FIN.',
  'hover.action.abort': 'ABORT: delete the connection at once; a synchronized connection sends a RST.',
  'hover.action.timeout': 'A timer expires: the 2MSL timer in TIME-WAIT, elsewhere the user timeout. The connection is deleted.',
  'hover.action.reboot': 'The host loses all connection state (RFC 9293 Figures 9 and 10).',
  'hover.action.unknown': '**{action}** is not an action. The actions are: listen, connect, close, abort, timeout, reboot.',

  // Keywords
  'hover.keyword.title': '**title**: the diagram\'s title.',
  'hover.keyword.host': '**host**: declares one of the connection\'s two ends, with an optional label.',
  'hover.keyword.start': '**start**: the story begins in the middle of a connection: both hosts are already in ESTABLISHED, each sending next from its `seq=` (a capture that began late, a lesson about closing).',
  'hover.keyword.dup': '**dup**: an old duplicate segment; it arrives, but its sender did not send it now (RFC 9293 Figure 8).',
  'hover.keyword.deliver': '**deliver**: a segment kept in the network with `~>` arrives now (the oldest, or the one named).',
  'hover.keyword.expect': '**expect**: states the hosts must be in here; a mismatch is an error.',
  'hover.keyword.note': '**note**: a note beside a host, or over both.',
  'hover.keyword.as': '**as**: names a segment kept in flight with `~>`, for a later `deliver`.',
  'hover.segmentName': 'Segment **{name}**, kept in the network until `deliver {name}`.',
} as const;

export type HoverMessageId = keyof typeof en;

export const HOVER_MESSAGES: Catalog<HoverMessageId> = {
  en,
  ko: {
    'hover.host.title': '호스트 **{host}**',
    'hover.host.label': '표시 이름 “{label}”',
    'hover.host.stateHere': '여기서 {host}의 상태는 **{state}**입니다.',
    'hover.host.changes': '{host}: 이 줄에서 **{before}** → **{after}**',
    'hover.host.stays': '{host}: 이 줄에서 **{state}** 상태를 유지합니다.',

    'hover.state.title': '상태 **{state}**',
    'hover.state.rfc': 'RFC 9293 §3.3.2: *{state}: {meaning}*',
    'hover.state.synchronized': '동기화된 상태: 양쪽이 서로의 순서 번호를 알고 있으므로 모든 세그먼트에 ACK가 실립니다.',
    'hover.state.notSynchronized': '아직 동기화되지 않은 상태: 두 호스트가 서로의 초기 순서 번호(ISN)를 모두 알지는 못합니다.',
    'hover.state.mayDo': '이 상태에서 할 수 있는 동작: {actions}',
    'hover.state.maySend': '스스로 보낼 수 있는 세그먼트: {sends}',
    'hover.state.expectHolds': '✓ 여기서 {host}의 상태는 {state}입니다.',
    'hover.state.expectFails': '✗ 여기서 {host}의 상태는 {state:가} 아니라 **{actual}**입니다.',

    'hover.flag.title': '제어 비트 **{flag}** (RFC 9293 §3.1): {meaning}',
    'hover.flag.unknown': '**{flag}**{:는} TCP 제어 비트가 아닙니다.',

    'hover.field.seq': '**seq** = SEG.SEQ, 세그먼트 첫 옥텟의 순서 번호 (SYN이면 ISN): **{value}**',
    'hover.field.ack': '**ack** = SEG.ACK, 보내는 쪽이 다음에 받기를 기대하는 순서 번호: **{value}**',
    'hover.field.ack.none': '**ack**: 이 세그먼트에는 ACK 플래그가 없으므로 확인응답 번호도 없습니다.',
    'hover.field.len': '**len** = 데이터(페이로드) 옥텟 수: **{value}**. SYN과 FIN까지 세는 SEG.LEN은 {segLen}입니다.',
    'hover.field.win': '**win** = SEG.WND, 보내는 쪽이 알리는 수신 윈도: **{value}**',
    'hover.field.wscale': '**wscale** = SYN의 Window Scale 옵션(RFC 7323 §2): 두 SYN이 모두 이 옵션을 실으면 보내는 쪽의 윈도는 Window 필드를 **{value}**비트 왼쪽으로 민 값이고, `win=`에는 스케일링을 적용한 윈도를 씁니다.',
    'hover.field.computed': '스크립트에 적지 않아 엔진이 계산한 값입니다.',
    'hover.field.sndNxt': '이 세그먼트를 보내기 전 {host}의 SND.NXT: {value}',
    'hover.field.rcvNxt': '이 세그먼트를 보내기 전 {host}의 RCV.NXT: {value}',
    'hover.field.notSent': '이 세그먼트는 보내지지 않았으므로 값이 없습니다 (이 줄의 문제를 보세요).',

    'hover.event.segment': '**{from} → {to}**: {flags}',
    'hover.event.wire': '실제로 전송되는 세그먼트: `{wire}`',
    'hover.event.impliedAck': '엔진이 ACK를 붙였습니다: 동기화된 연결의 모든 세그먼트에는 ACK가 실립니다 (RFC 9293 §3.1).',
    'hover.event.dup': '오래된 중복 세그먼트: {to}에 도착하지만 {from} 쪽이 지금 보낸 것이 아니므로 {from}의 상태는 그대로입니다 (RFC 9293 그림 8).',
    'hover.event.lost': '유실: 이 세그먼트는 도착하지 않습니다.',
    'hover.event.inFlight': '`deliver {name}` 전까지 **{name}**{:이라는} 이름으로 네트워크에 머뭅니다.',
    'hover.event.inFlightOldest': '`deliver` 전까지 네트워크에 머뭅니다.',
    'hover.event.deliver': '**deliver**: {from} 쪽이 {line}번째 줄에서 보낸 세그먼트({flags})가 지금 {to}에 도착합니다.',
    'hover.event.deliverNothing': '**deliver**: 도착한 세그먼트가 없습니다.',
    'hover.event.action': '**{host}: {action}**: {meaning}',
    'hover.event.arrival': '{host} 쪽: {explanation}',
    'hover.event.transitions': '상태 변화:',
    'hover.event.noTransition': '이 줄에서는 상태가 바뀌지 않습니다.',
    'hover.event.owes': '{host} 쪽이 이제 보내야 할 응답: {replies}',
    'hover.event.statesAfter': '이 줄 다음의 상태: {states}',
    'hover.event.emits': '{host} 쪽이 {segment:를} 보냅니다.',

    'hover.action.listen': '수동 열기(passive OPEN): 연결 요청을 기다립니다 (CLOSED → LISTEN).',
    'hover.action.connect': '능동 열기(active OPEN): SYN을 보내고 응답을 기다립니다 (→ SYN-SENT).',
    'hover.action.close': '닫기(CLOSE): 더 보낼 데이터가 없습니다. 동기화된 연결이면 FIN을 보냅니다.',
    'hover.action.abort': '중단(ABORT): 연결을 즉시 없앱니다. 동기화된 연결이면 RST를 보냅니다.',
    'hover.action.timeout': '타이머 만료: TIME-WAIT에서는 2MSL 타이머, 그 밖에서는 사용자 타임아웃입니다. 연결이 삭제됩니다.',
    'hover.action.reboot': '호스트가 모든 연결 상태를 잃습니다 (RFC 9293 그림 9, 10).',
    'hover.action.unknown': '**{action}**{:는} 동작이 아닙니다. 동작은 listen, connect, close, abort, timeout, reboot입니다.',

    'hover.keyword.title': '**title**: 다이어그램의 제목.',
    'hover.keyword.host': '**host**: 연결의 두 끝 중 하나를 선언합니다. 표시 이름을 붙일 수 있습니다.',
    'hover.keyword.start': '**start**: 연결의 중간에서 이야기를 시작합니다. 두 호스트는 이미 ESTABLISHED이고, 각자 `seq=`부터 이어서 보냅니다(늦게 시작한 캡처, 연결 종료 수업).',
    'hover.keyword.dup': '**dup**: 오래된 중복 세그먼트. 도착은 하지만 보낸 쪽이 지금 보낸 것이 아닙니다 (RFC 9293 그림 8).',
    'hover.keyword.deliver': '**deliver**: `~>`로 네트워크에 머물던 세그먼트(가장 오래된 것 또는 이름을 준 것)가 지금 도착합니다.',
    'hover.keyword.expect': '**expect**: 이 지점에서 호스트가 있어야 할 상태. 다르면 오류입니다.',
    'hover.keyword.note': '**note**: 호스트 옆이나 두 호스트 위에 붙이는 메모.',
    'hover.keyword.as': '**as**: `~>`로 네트워크에 머무는 세그먼트에 이름을 붙여 나중에 `deliver`로 부릅니다.',
    'hover.segmentName': '세그먼트 **{name}**: `deliver {name}` 전까지 네트워크에 머뭅니다.',
  },
};

export function hoverText(id: HoverMessageId, lang: Lang, args: MessageArgs = {}): string {
  return format(HOVER_MESSAGES[lang][id], args);
}
