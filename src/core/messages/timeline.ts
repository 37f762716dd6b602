import type { Catalog } from './lang';

/**
 * The words the timeline writes itself. State names, flags, RTO and 2MSL stay
 * as RFC 9293 spells them, in both languages.
 * Arguments: {segment} {action} {expected} {actual} {count} {line}.
 * A user call is written as the RFC figures write it, "(Close)"; the Korean
 * names already carry their gloss in parentheses.
 */
const en = {
  'timeline.lost': '{segment} (lost)',
  'timeline.duplicate': 'old duplicate {segment}',
  'timeline.inFlight': '{segment} (still in flight)',
  'timeline.action': '({action})',
  'timeline.rto': 'RTO',
  'timeline.rtoTitle': 'retransmission timeout: no ACK came, so the segment is sent again',
  'timeline.msl': '2MSL',
  'timeline.mslTitle': 'TIME-WAIT waits twice the maximum segment lifetime before CLOSED',
  'timeline.deliverNothing': 'deliver: no segment arrives',
  'timeline.unreadable': '{segment}: not drawn',
  'timeline.expectFailed': 'expected {expected}, is {actual}',
  'timeline.errors': '✗ {count} errors, the first on line {line}',
  'timeline.oneError': '✗ 1 error, on line {line}',
} as const;

export const TIMELINE_MESSAGES: Catalog<keyof typeof en> = {
  en,
  ko: {
    'timeline.lost': '{segment} (유실)',
    'timeline.duplicate': '오래된 중복 {segment}',
    'timeline.inFlight': '{segment} (아직 전송 중)',
    'timeline.action': '{action}',
    'timeline.rto': 'RTO',
    'timeline.rtoTitle': '재전송 타임아웃: ACK가 오지 않아 세그먼트를 다시 보냅니다',
    'timeline.msl': '2MSL',
    'timeline.mslTitle': 'TIME-WAIT는 최대 세그먼트 수명의 두 배를 기다린 뒤 CLOSED가 됩니다',
    'timeline.deliverNothing': 'deliver: 도착하는 세그먼트가 없음',
    'timeline.unreadable': '{segment}: 그릴 수 없음',
    'timeline.expectFailed': '기대 {expected}, 실제 {actual}',
    'timeline.errors': '✗ 오류 {count}개, 첫 오류는 {line}행',
    'timeline.oneError': '✗ 오류 1개, {line}행',
  },
};
