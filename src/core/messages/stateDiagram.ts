import { format, type Catalog, type Lang, type MessageArgs } from './lang';

/**
 * The words of the Figure 5 view. In English the arrows read as RFC 9293's
 * figure writes them (rcv SYN / snd SYN,ACK); state names, control bits and
 * user calls (OPEN, CLOSE, ABORT) stay as the RFC spells them in Korean too.
 * Arguments: {host} {line} {flags}.
 */
const en = {
  'stateDiagram.title': 'RFC 9293 Figure 5: TCP connection state diagram',
  'stateDiagram.tabTitle': 'TCP State Diagram',
  'stateDiagram.legend.host': '{host}: states it has been in',
  'stateDiagram.legend.both': 'both hosts have been here',
  'stateDiagram.legend.current': 'thick border: where each host is after line {line}',
  'stateDiagram.legend.start': 'thick border: where each host starts',
  'stateDiagram.legend.taken': '✓ host: an arrow the host takes in the story; underlined once taken',
  'stateDiagram.legend.atCursor': 'highlighted: the arrow taken at line {line}',
  'stateDiagram.legend.phase.closed': 'no connection',
  'stateDiagram.legend.phase.opening': 'opening',
  'stateDiagram.legend.phase.synchronized': 'synchronized',
  'stateDiagram.legend.phase.closing': 'closing',
  'stateDiagram.noScript': 'Open a .tcpflow file to see its hosts’ path through Figure 5.',
  // The figure's events, and what an arrow sends.
  'stateDiagram.event.passive OPEN': 'passive OPEN',
  'stateDiagram.event.active OPEN': 'active OPEN',
  'stateDiagram.event.SEND': 'SEND',
  'stateDiagram.event.CLOSE': 'CLOSE',
  'stateDiagram.event.rcv SYN': 'rcv SYN',
  'stateDiagram.event.rcv SYN,ACK': 'rcv SYN,ACK',
  'stateDiagram.event.rcv ACK of SYN': 'rcv ACK of SYN',
  'stateDiagram.event.rcv FIN': 'rcv FIN',
  'stateDiagram.event.rcv ACK of FIN': 'rcv ACK of FIN',
  'stateDiagram.event.rcv FIN, ACK of FIN': 'rcv FIN, ACK of FIN',
  'stateDiagram.event.rcv RST': 'rcv RST',
  'stateDiagram.event.Timeout=2MSL': 'Timeout=2MSL',
  'stateDiagram.send': 'snd {flags}',
  // Steps a script can take that Figure 5 does not draw.
  'stateDiagram.edge.abort': 'ABORT',
  'stateDiagram.edge.abortRst': 'ABORT / snd RST',
  'stateDiagram.edge.refused': 'rcv RST (refused)',
  'stateDiagram.edge.reset': 'rcv RST (reset)',
  'stateDiagram.edge.rstToListen': 'rcv RST',
  'stateDiagram.edge.synToListen': 'rcv SYN in window',
  'stateDiagram.edge.timeWaitRestart': 'rcv FIN / snd ACK',
  'stateDiagram.edge.userTimeout': 'user timeout',
  'stateDiagram.edge.reboot': 'reboot',
  'stateDiagram.edge.other': 'other',
} as const;

export type StateDiagramMessageId = keyof typeof en;

export const STATE_DIAGRAM_MESSAGES: Catalog<StateDiagramMessageId> = {
  en,
  ko: {
    'stateDiagram.title': 'RFC 9293 그림 5: TCP 연결 상태도',
    'stateDiagram.tabTitle': 'TCP 상태도',
    'stateDiagram.legend.host': '{host}: 거쳐 간 상태',
    'stateDiagram.legend.both': '두 호스트가 모두 거쳐 간 상태',
    'stateDiagram.legend.current': '굵은 테두리: {line}행 뒤 각 호스트의 상태',
    'stateDiagram.legend.start': '굵은 테두리: 각 호스트가 시작하는 상태',
    'stateDiagram.legend.taken': '✓ 호스트: 이 스크립트에서 그 호스트가 지나가는 화살표, 지나간 뒤에는 밑줄',
    'stateDiagram.legend.atCursor': '강조: {line}행에서 지나가는 화살표',
    'stateDiagram.legend.phase.closed': '연결 없음',
    'stateDiagram.legend.phase.opening': '연결 설정 중',
    'stateDiagram.legend.phase.synchronized': '동기화됨',
    'stateDiagram.legend.phase.closing': '연결 종료 중',
    'stateDiagram.noScript': '.tcpflow 파일을 열면 호스트들이 그림 5에서 지나간 길을 볼 수 있습니다.',
    'stateDiagram.event.passive OPEN': '수동 OPEN',
    'stateDiagram.event.active OPEN': '능동 OPEN',
    'stateDiagram.event.SEND': 'SEND',
    'stateDiagram.event.CLOSE': 'CLOSE',
    'stateDiagram.event.rcv SYN': 'SYN 수신',
    'stateDiagram.event.rcv SYN,ACK': 'SYN,ACK 수신',
    'stateDiagram.event.rcv ACK of SYN': 'SYN의 ACK 수신',
    'stateDiagram.event.rcv FIN': 'FIN 수신',
    'stateDiagram.event.rcv ACK of FIN': 'FIN의 ACK 수신',
    'stateDiagram.event.rcv FIN, ACK of FIN': 'FIN과 FIN의 ACK 수신',
    'stateDiagram.event.rcv RST': 'RST 수신',
    'stateDiagram.event.Timeout=2MSL': '2MSL 타임아웃',
    'stateDiagram.send': '{flags} 전송',
    'stateDiagram.edge.abort': 'ABORT',
    'stateDiagram.edge.abortRst': 'ABORT / RST 전송',
    'stateDiagram.edge.refused': 'RST 수신 (연결 거부)',
    'stateDiagram.edge.reset': 'RST 수신 (연결 리셋)',
    'stateDiagram.edge.rstToListen': 'RST 수신',
    'stateDiagram.edge.synToListen': '윈도 안의 SYN 수신',
    'stateDiagram.edge.timeWaitRestart': 'FIN 수신 / ACK 전송',
    'stateDiagram.edge.userTimeout': '사용자 타임아웃',
    'stateDiagram.edge.reboot': '재부팅',
    'stateDiagram.edge.other': '기타',
  },
};

export function stateDiagramText(id: StateDiagramMessageId, lang: Lang, args?: MessageArgs): string {
  return format(STATE_DIAGRAM_MESSAGES[lang][id], args);
}
