import { format, type Catalog, type Lang, type MessageArgs } from '../messages/lang';

/** What an imported story says about its capture, and why a file could not be read as one. */
const en = {
  'capture.notCapture': 'not a pcap or pcapng capture (its first octets are no capture magic number)',
  'capture.empty': 'the file is empty, not a pcap or pcapng capture',
  'capture.truncatedHeader': 'the {format} file header is cut short',
  'capture.badVersion': 'unsupported {format} version {version}',
  'capture.noTcp': 'the capture holds no TCP segments ({frames} frames read)',
  'story.header': 'Imported from a {format} capture: connection {number} of {count}, {packets} packets.',
  'story.times': "t= is the capture time in seconds since the connection's first packet.",
  'story.scaled': 'Both SYNs offered window scaling (RFC 7323): win= is the window after scaling.',
  'story.unscaled': 'win= is the Window field as carried: the SYNs did not both offer window scaling (RFC 7323).',
  'story.noSyn': 'The capture began after the connection opened: the story starts in ESTABLISHED with the first sequence numbers seen.',
  'story.scaleUnknown': 'No SYN was seen, so the window scale is unknown: win= is the Window field as carried.',
  'story.scaleInferred': 'No SYN was seen, so each window scale is the smallest that holds what the peer sent: {first} wscale={firstShift}, {second} wscale={secondShift}; win= is the window after scaling.',
  'story.synAckFirst': 'The capture missed the SYN, so the SYN,ACK below is kept as a comment and the story starts after it.',
  'story.vantage': 'Segments are in capture order and each arrives at once: where both ends sent before hearing from each other, states are as seen from the capture point.',
  'story.skipped': 'Frames in no story: {list}.',
  'story.payloadCut': '{count} segments were cut by the snap length; their len= comes from the IP header.',
  'story.truncated': 'The capture file ends in the middle of a record; the frames before it are read.',
  'skip.notIp': '{count} not IP',
  'skip.notTcp': '{count} not TCP',
  'skip.fragment': '{count} IP fragments',
  'skip.cut': '{count} cut inside their headers by the snap length',
  'skip.malformed': '{count} with a malformed IP or TCP header',
  'skip.link': '{count} on link type {linkType}, which tcpflow cannot read',
} as const;

export type CaptureMessageId = keyof typeof en;

export const CAPTURE_MESSAGES: Catalog<CaptureMessageId> = {
  en,
  ko: {
    'capture.notCapture': 'pcap이나 pcapng 캡처가 아닙니다 (첫 옥텟이 캡처 매직 넘버가 아닙니다)',
    'capture.empty': '빈 파일이라 pcap이나 pcapng 캡처가 아닙니다',
    'capture.truncatedHeader': '{format} 파일 헤더가 잘려 있습니다',
    'capture.badVersion': '지원하지 않는 {format} 버전 {version}',
    'capture.noTcp': '캡처에 TCP 세그먼트가 없습니다 (프레임 {frames}개를 읽음)',
    'story.header': '{format} 캡처에서 가져온 이야기: 연결 {count}개 중 {number}번째, 패킷 {packets}개.',
    'story.times': 't=는 연결의 첫 패킷부터 잰 캡처 시각(초)입니다.',
    'story.scaled': '두 SYN이 모두 윈도 스케일링(RFC 7323)을 제안했으므로 win=은 스케일링을 적용한 윈도입니다.',
    'story.unscaled': '두 SYN이 모두 윈도 스케일링(RFC 7323)을 제안하지는 않았으므로 win=은 Window 필드 값 그대로입니다.',
    'story.noSyn': '연결이 열린 뒤에 캡처가 시작되었으므로, 이야기는 처음 보인 순서 번호로 ESTABLISHED에서 시작합니다.',
    'story.scaleUnknown': 'SYN을 보지 못해 윈도 스케일을 알 수 없으므로 win=은 Window 필드 값 그대로입니다.',
    'story.scaleInferred': 'SYN을 보지 못했으므로 각 윈도 스케일은 상대가 보낸 데이터를 담을 수 있는 가장 작은 값으로 잡았습니다: {first} wscale={firstShift}, {second} wscale={secondShift}. win=은 스케일링을 적용한 윈도입니다.',
    'story.synAckFirst': '캡처가 SYN을 놓쳤으므로 아래 SYN,ACK는 주석으로 남기고 이야기는 그 뒤에서 시작합니다.',
    'story.vantage': '세그먼트는 캡처된 순서대로이며 각각 곧바로 도착합니다. 양쪽이 서로의 세그먼트를 받기 전에 보낸 곳에서는 상태가 캡처 지점에서 본 모습입니다.',
    'story.skipped': '어느 이야기에도 들지 않은 프레임: {list}.',
    'story.payloadCut': '세그먼트 {count}개가 스냅 길이에서 잘렸습니다. 그 len=은 IP 헤더에서 가져왔습니다.',
    'story.truncated': '캡처 파일이 레코드 중간에서 끝납니다. 그 앞의 프레임까지 읽었습니다.',
    'skip.notIp': 'IP가 아닌 것 {count}개',
    'skip.notTcp': 'TCP가 아닌 것 {count}개',
    'skip.fragment': 'IP 조각 {count}개',
    'skip.cut': '스냅 길이 때문에 헤더 안에서 잘린 것 {count}개',
    'skip.malformed': 'IP나 TCP 헤더가 잘못된 것 {count}개',
    'skip.link': 'tcpflow가 읽지 못하는 링크 유형 {linkType}의 것 {count}개',
  },
};

export function captureMessage(id: CaptureMessageId, lang: Lang, args: MessageArgs = {}): string {
  return format(CAPTURE_MESSAGES[lang][id], args);
}
