import type { Catalog } from '../../core/messages/lang';

/** What `tcpflow import` prints besides its errors: the list of connections to pick from, the files written. */
const en = {
  'import.row': '  {number}  {endpoints}  {packets} packets  {first} … {last}',
  'import.skipped': '  frames in no story: {list}',
  'import.wrote': 'wrote {file} ({packets} packets)',
} as const;

export type ImportMessageId = keyof typeof en;

export const IMPORT_MESSAGES: Catalog<ImportMessageId> = {
  en,
  ko: {
    'import.row': '  {number}  {endpoints}  패킷 {packets}개  {first} … {last}',
    'import.skipped': '  어느 이야기에도 들지 않은 프레임: {list}',
    'import.wrote': '{file}{:을} 썼습니다 (패킷 {packets}개)',
  },
};
