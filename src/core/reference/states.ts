import type { Lang } from '../messages/lang';
import type { TcpState } from '../tcp/states';

/** One state as tcpflow teaches it: RFC 9293's own words, and the plain explanation of the lesson. */
export interface StateReference {
  /** RFC 9293 §3.3.2's meaning of the state, in English as the RFC has it and in Korean. */
  readonly rfc: Readonly<Record<Lang, string>>;
  /** What the state means for a student: how a host gets there and what it waits for. */
  readonly explanation: Readonly<Record<Lang, string>>;
}

/**
 * The eleven states. The explanations follow the Korean study note tcpflow
 * grew from, corrected where it simplifies (TIME-WAIT is entered on the peer's
 * FIN, not on an ACK), so that hover, lessons and the state diagram agree.
 */
export const STATE_REFERENCE: Readonly<Record<TcpState, StateReference>> = {
  CLOSED: {
    rfc: {
      en: 'represents no connection state at all.',
      ko: '연결 상태가 전혀 없음을 나타냅니다.',
    },
    explanation: {
      en: 'The port is closed: no connection, no TCB. A segment that reaches a CLOSED port is answered with RST.',
      ko: '포트가 닫힌 상태입니다. 연결도 TCB도 없으며, 닫힌 포트에 도착한 세그먼트에는 RST로 답합니다.',
    },
  },
  LISTEN: {
    rfc: {
      en: 'represents waiting for a connection request from any remote TCP peer and port.',
      ko: '어떤 원격 TCP 피어와 포트로부터든 연결 요청을 기다리고 있음을 나타냅니다.',
    },
    explanation: {
      en: 'The port is open and waits for a SYN (a passive OPEN, what a server does first).',
      ko: '포트가 열린 상태로 연결 요청(SYN)을 기다립니다. 서버가 먼저 하는 수동 OPEN입니다.',
    },
  },
  'SYN-SENT': {
    rfc: {
      en: 'represents waiting for a matching connection request after having sent a connection request.',
      ko: '연결 요청을 보낸 뒤, 그에 맞는 연결 요청을 기다리고 있음을 나타냅니다.',
    },
    explanation: {
      en: 'The client sent its SYN (an active OPEN) and waits for the SYN,ACK: step 1 of the 3-way handshake.',
      ko: 'Client가 접속을 요청하는 SYN을 보내고(능동 OPEN) SYN,ACK를 기다립니다. 3-Way Handshake의 1단계입니다.',
    },
  },
  'SYN-RECEIVED': {
    rfc: {
      en: 'represents waiting for a confirming connection request acknowledgment after having both received and sent a connection request.',
      ko: '연결 요청을 받고 또 보낸 뒤, 그 연결 요청에 대한 확인응답을 기다리고 있음을 나타냅니다.',
    },
    explanation: {
      en: 'The server received the SYN, answered with SYN,ACK and waits for the ACK that completes the handshake (step 2).',
      ko: 'Server가 SYN을 받고 SYN,ACK로 답한 뒤, 핸드셰이크를 끝낼 상대의 ACK를 기다립니다 (2단계, SYN_RCV).',
    },
  },
  ESTABLISHED: {
    rfc: {
      en: 'represents an open connection, data received can be delivered to the user. The normal state for the data transfer phase of the connection.',
      ko: '열린 연결을 나타내며, 받은 데이터를 사용자에게 전달할 수 있습니다. 연결의 데이터 전송 단계에서의 보통 상태입니다.',
    },
    explanation: {
      en: 'The connection is open: both sides know each other\'s sequence numbers and may send data (step 3 of the handshake).',
      ko: '포트가 연결된 상태입니다. 양쪽이 서로의 순서 번호를 알고 데이터를 주고받을 수 있습니다 (핸드셰이크 3단계 이후).',
    },
  },
  'FIN-WAIT-1': {
    rfc: {
      en: 'represents waiting for a connection termination request from the remote TCP peer, or an acknowledgment of the connection termination request previously sent.',
      ko: '원격 TCP 피어의 연결 종료 요청, 또는 앞서 보낸 연결 종료 요청에 대한 확인응답을 기다리고 있음을 나타냅니다.',
    },
    explanation: {
      en: 'The application called close(): the host sent its FIN and waits for its ACK (or for the peer\'s FIN, in a simultaneous close).',
      ko: 'close()를 호출한 소켓이 들어가는 상태입니다. FIN을 보내고 그 ACK를 기다립니다 (동시 종료라면 상대의 FIN이 먼저 올 수도 있습니다).',
    },
  },
  'FIN-WAIT-2': {
    rfc: {
      en: 'represents waiting for a connection termination request from the remote TCP peer.',
      ko: '원격 TCP 피어의 연결 종료 요청을 기다리고 있음을 나타냅니다.',
    },
    explanation: {
      en: 'Its FIN was acknowledged; it waits for the peer\'s FIN, and still receives the data the peer has left to send (a half-close).',
      ko: 'FIN_WAIT_1 소켓이 ACK를 받으면 FIN_WAIT_2가 됩니다. 상대의 FIN을 기다리며, 상대가 남은 데이터를 보내면 계속 받습니다 (half-close).',
    },
  },
  'CLOSE-WAIT': {
    rfc: {
      en: 'represents waiting for a connection termination request from the local user.',
      ko: '로컬 사용자의 연결 종료 요청을 기다리고 있음을 나타냅니다.',
    },
    explanation: {
      en: 'It received the peer\'s FIN and acknowledged it; it may still send its remaining data, until its own application calls close().',
      ko: '상대방의 FIN을 받은 상태입니다. FIN에 대한 ACK를 보내고 애플리케이션에 종료를 알리며, 애플리케이션이 close()를 호출할 때까지 남은 데이터를 보낼 수 있습니다.',
    },
  },
  CLOSING: {
    rfc: {
      en: 'represents waiting for a connection termination request acknowledgment from the remote TCP peer.',
      ko: '원격 TCP 피어로부터 연결 종료 요청에 대한 확인응답을 기다리고 있음을 나타냅니다.',
    },
    explanation: {
      en: 'Both sides closed at once: it sent its FIN, received the peer\'s FIN before its own was acknowledged, and waits for that ACK.',
      ko: '양쪽이 동시에 닫는 경우입니다. 자신의 FIN을 보냈고, 그 ACK보다 상대의 FIN이 먼저 와서, 이제 자신의 FIN에 대한 ACK를 기다립니다.',
    },
  },
  'LAST-ACK': {
    rfc: {
      en: 'represents waiting for an acknowledgment of the connection termination request previously sent to the remote TCP peer (this termination request sent to the remote TCP peer already included an acknowledgment of the termination request sent from the remote TCP peer).',
      ko: '앞서 원격 TCP 피어에 보낸 연결 종료 요청에 대한 확인응답을 기다리고 있음을 나타냅니다 (그 종료 요청에는 원격 피어가 보낸 종료 요청에 대한 확인응답이 이미 들어 있습니다).',
    },
    explanation: {
      en: 'After CLOSE-WAIT, the host sent its own FIN and waits for the ACK of it; when it comes, the connection is gone.',
      ko: 'CLOSE-WAIT 상태를 처리한 뒤 자신의 FIN을 보내고, 그 FIN에 대한 ACK를 기다리는 상태입니다. ACK가 오면 연결이 사라집니다.',
    },
  },
  'TIME-WAIT': {
    rfc: {
      en: 'represents waiting for enough time to pass to be sure the remote TCP peer received the acknowledgment of its connection termination request and to avoid new connections being impacted by delayed segments from previous connections.',
      ko: '원격 TCP 피어가 자신의 연결 종료 요청에 대한 확인응답을 받았음을 확신하고, 이전 연결의 지연된 세그먼트가 새 연결에 영향을 주지 않도록 충분한 시간이 지나기를 기다리고 있음을 나타냅니다.',
    },
    explanation: {
      en: 'It received the peer\'s FIN and sent the last ACK. It waits 2MSL: if that ACK is lost, the FIN comes again and is acknowledged again; then it goes CLOSED.',
      ko: '상대의 FIN을 받고 마지막 ACK를 보낸 상태입니다. 2MSL 동안 기다립니다. 그 ACK가 사라지면 FIN이 다시 오고 다시 ACK로 답하며, 시간이 지나면 CLOSED로 전이됩니다.',
    },
  },
};

/** The RFC's meaning of a state in a language. */
export function stateMeaning(state: TcpState, lang: Lang): string {
  return STATE_REFERENCE[state].rfc[lang];
}

/** The lesson's explanation of a state in a language. */
export function stateExplanation(state: TcpState, lang: Lang): string {
  return STATE_REFERENCE[state].explanation[lang];
}
