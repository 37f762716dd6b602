import type { Lang } from '../messages/lang';
import type { TcpFlag } from '../tcp/flags';

/** One control bit as tcpflow teaches it. */
export interface FlagReference {
  /** RFC 9293 §3.1's meaning of the bit (RFC 3168 for ECE and CWR). */
  readonly rfc: Readonly<Record<Lang, string>>;
  /** What the bit does in a connection's story, in the lesson's words. */
  readonly explanation: Readonly<Record<Lang, string>>;
}

/** The control bits a script may set; SYN, ACK and FIN follow the study note tcpflow grew from. */
export const FLAG_REFERENCE: Readonly<Record<TcpFlag, FlagReference>> = {
  SYN: {
    rfc: { en: 'Synchronize sequence numbers.', ko: '순서 번호를 동기화합니다 (Synchronize sequence numbers).' },
    explanation: {
      en: 'Opens a connection: carries the sender\'s initial sequence number (ISN), chosen at random. Counts as one sequence number.',
      ko: '연결을 설정할 때 쓰며, 무작위로 고른 보내는 쪽의 초기 순서 번호(ISN)를 싣습니다. 순서 번호 하나를 차지합니다.',
    },
  },
  ACK: {
    rfc: { en: 'Acknowledgment field is significant.', ko: '확인응답 번호 필드가 유효합니다 (Acknowledgment).' },
    explanation: {
      en: 'Confirms receipt: SEG.ACK is the next sequence number the sender expects. Every segment after the SYN carries it.',
      ko: '응답 확인. SEG.ACK는 보내는 쪽이 다음에 받기를 기대하는 순서 번호입니다. 첫 SYN 이후의 모든 세그먼트에 실립니다.',
    },
  },
  FIN: {
    rfc: { en: 'No more data from sender.', ko: '송신자가 더 보낼 데이터가 없습니다 (Finish).' },
    explanation: {
      en: 'Closes the sender\'s direction of the connection; the other direction stays open until its own FIN. Counts as one sequence number.',
      ko: '연결 해제. 보내는 쪽 방향만 닫으며, 반대 방향은 그쪽의 FIN이 올 때까지 열려 있습니다. 순서 번호 하나를 차지합니다.',
    },
  },
  RST: {
    rfc: { en: 'Reset the connection.', ko: '연결을 리셋합니다 (Reset).' },
    explanation: {
      en: 'Tears the connection down at once, with no handshake: the answer of a closed port, and what ABORT sends.',
      ko: '핸드셰이크 없이 연결을 즉시 끊습니다. 닫힌 포트의 응답이며, ABORT가 보내는 세그먼트입니다.',
    },
  },
  PSH: {
    rfc: { en: 'Push function.', ko: '푸시 기능 (Push).' },
    explanation: {
      en: 'Asks the receiver to hand the data to the application without waiting for more. It changes no state.',
      ko: '받은 데이터를 더 기다리지 말고 곧바로 응용 프로그램에 넘기라는 뜻입니다. 상태는 바꾸지 않습니다.',
    },
  },
  URG: {
    rfc: { en: 'Urgent pointer field is significant.', ko: '긴급 포인터 필드가 유효합니다 (Urgent).' },
    explanation: {
      en: 'Marks urgent data; new applications should not use it (RFC 9293 §3.8.5). It changes no state.',
      ko: '긴급 데이터를 표시합니다. 새 응용 프로그램은 쓰지 않는 것이 좋습니다 (RFC 9293 §3.8.5). 상태는 바꾸지 않습니다.',
    },
  },
  ECE: {
    rfc: { en: 'ECN-Echo (RFC 3168).', ko: 'ECN 에코 (ECN-Echo, RFC 3168).' },
    explanation: {
      en: 'Explicit congestion notification, echoed back to the sender. It changes no state.',
      ko: '명시적 혼잡 알림을 보낸 쪽에 되돌려 알립니다. 상태는 바꾸지 않습니다.',
    },
  },
  CWR: {
    rfc: { en: 'Congestion Window Reduced (RFC 3168).', ko: '혼잡 윈도를 줄였음을 알립니다 (Congestion Window Reduced, RFC 3168).' },
    explanation: {
      en: 'The sender answers an ECN-Echo by reducing its congestion window. It changes no state.',
      ko: '보내는 쪽이 ECN 에코에 답해 혼잡 윈도를 줄였음을 알립니다. 상태는 바꾸지 않습니다.',
    },
  },
};

/** The RFC's meaning of a control bit in a language. */
export function flagMeaning(flag: TcpFlag, lang: Lang): string {
  return FLAG_REFERENCE[flag].rfc[lang];
}

/** The lesson's explanation of a control bit in a language. */
export function flagExplanation(flag: TcpFlag, lang: Lang): string {
  return FLAG_REFERENCE[flag].explanation[lang];
}
