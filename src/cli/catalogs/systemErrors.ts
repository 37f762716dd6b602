import type { Catalog } from '../../core/messages/lang';

/** System error codes said in words, for the ones a user can meet reading scripts or writing output. */
const en = {
  'errno.EACCES': 'permission denied',
  'errno.EPERM': 'operation not permitted',
  'errno.ENOENT': 'no such file or folder',
  'errno.ENOTDIR': 'a part of the path is not a folder',
  'errno.EISDIR': 'it is a folder',
  'errno.ELOOP': 'too many levels of symbolic links (a link that points back to itself?)',
  'errno.ENAMETOOLONG': 'the file name is too long',
  'errno.EMFILE': 'too many files are open in this process',
  'errno.ENFILE': 'too many files are open on this system',
  'errno.ENOSPC': 'no space left on the device',
  'errno.EDQUOT': 'the disk quota is used up',
  'errno.EFBIG': 'the file is too large',
  'errno.EIO': 'an input/output error on the device',
  'errno.EROFS': 'the file system is read-only',
  'errno.EBUSY': 'the device or file is busy',
  'errno.ENXIO': 'no such device or address',
  'errno.ENODEV': 'no such device',
  'errno.EAGAIN': 'the resource is temporarily unavailable',
  'errno.EINVAL': 'an invalid argument',
  'errno.ETIMEDOUT': 'the operation timed out',
  'errno.ESTALE': 'a stale network file handle',
  'errno.EOVERFLOW': 'the value is too large for its type',
  'errno.ETXTBSY': 'the file is busy',
  'errno.EPIPE': 'the reader closed the pipe',
  'errno.ECONNRESET': 'the connection was reset',
  'errno.other': '{reason} ({code})',
} as const;

export type SystemErrorMessageId = keyof typeof en;

export const SYSTEM_ERROR_MESSAGES: Catalog<SystemErrorMessageId> = {
  en,
  ko: {
    'errno.EACCES': '권한이 없습니다',
    'errno.EPERM': '허용되지 않은 작업입니다',
    'errno.ENOENT': '그런 파일이나 폴더가 없습니다',
    'errno.ENOTDIR': '경로의 일부가 폴더가 아닙니다',
    'errno.EISDIR': '폴더입니다',
    'errno.ELOOP': '심볼릭 링크가 너무 많이 이어집니다 (자기 자신을 가리키는 링크일 수 있습니다)',
    'errno.ENAMETOOLONG': '파일 이름이 너무 깁니다',
    'errno.EMFILE': '이 프로세스에서 열린 파일이 너무 많습니다',
    'errno.ENFILE': '시스템에서 열린 파일이 너무 많습니다',
    'errno.ENOSPC': '장치에 남은 공간이 없습니다',
    'errno.EDQUOT': '디스크 할당량을 다 썼습니다',
    'errno.EFBIG': '파일이 너무 큽니다',
    'errno.EIO': '장치에서 입출력 오류가 났습니다',
    'errno.EROFS': '읽기 전용 파일 시스템입니다',
    'errno.EBUSY': '장치나 파일이 사용 중입니다',
    'errno.ENXIO': '그런 장치나 주소가 없습니다',
    'errno.ENODEV': '그런 장치가 없습니다',
    'errno.EAGAIN': '자원을 잠시 쓸 수 없습니다',
    'errno.EINVAL': '잘못된 인자입니다',
    'errno.ETIMEDOUT': '작업 시간이 초과되었습니다',
    'errno.ESTALE': '네트워크 파일 핸들이 더 이상 유효하지 않습니다',
    'errno.EOVERFLOW': '값이 형식에 비해 너무 큽니다',
    'errno.ETXTBSY': '파일이 사용 중입니다',
    'errno.EPIPE': '읽는 쪽이 파이프를 닫았습니다',
    'errno.ECONNRESET': '상대가 연결을 리셋했습니다',
    'errno.other': '{reason} ({code})',
  },
};

/** The message id for a Node.js error's `code`, or `errno.other` for a code without words of its own. */
export function systemErrorId(code: string): SystemErrorMessageId {
  const id = `errno.${code}`;
  return Object.prototype.hasOwnProperty.call(en, id) ? (id as SystemErrorMessageId) : 'errno.other';
}
