import type { Catalog } from './lang';

/**
 * The few words the diagram writes itself. State names, flags and field names
 * stay as RFC 9293 spells them, in both languages; action names stay as the
 * script spells them, with a Korean gloss.
 * Arguments: {action} {state} {segment} {name} {expected} {actual}.
 */
const en = {
  'diagram.network': 'Network',
  'diagram.lost': '{segment} (lost)',
  'diagram.duplicate': '(duplicate) {segment}',
  'diagram.actionTo': '{action} → {state}',
  'diagram.action.listen': 'listen',
  'diagram.action.connect': 'connect',
  'diagram.action.close': 'close',
  'diagram.action.abort': 'abort',
  'diagram.action.timeout': 'timeout',
  'diagram.action.reboot': 'reboot',
  'diagram.deliver.nothing': 'deliver: nothing in flight',
  'diagram.deliver.unknown': 'deliver {name}: no such segment in flight',
  'diagram.expectFailed': 'expected {expected}, is {actual}',
} as const;

export const DIAGRAM_MESSAGES: Catalog<keyof typeof en> = {
  en,
  ko: {
    'diagram.network': '네트워크',
    'diagram.lost': '{segment} (유실)',
    'diagram.duplicate': '(오래된 중복) {segment}',
    'diagram.actionTo': '{action} → {state}',
    'diagram.action.listen': 'listen(수동 열기)',
    'diagram.action.connect': 'connect(능동 열기)',
    'diagram.action.close': 'close(닫기)',
    'diagram.action.abort': 'abort(중단)',
    'diagram.action.timeout': 'timeout(타이머 만료)',
    'diagram.action.reboot': 'reboot(재부팅)',
    'diagram.deliver.nothing': 'deliver: 전송 중인 세그먼트가 없음',
    'diagram.deliver.unknown': 'deliver {name}: 그런 이름의 전송 중인 세그먼트가 없음',
    'diagram.expectFailed': '기대 {expected}, 실제 {actual}',
  },
};
