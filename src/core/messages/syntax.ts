import type { Catalog } from './lang';

/**
 * What the parser says. Every message names what was expected, and where it
 * helps, shows the line as it should be written.
 */
const en = {
  // Strings and characters
  'syntax.unknownEscape': "Unknown escape '{escape}' in a string: the only escapes are \\\" and \\\\. Write \\\\ for a backslash.",
  'syntax.unterminatedString': 'Unterminated string: add the closing double quote (").',
  'syntax.unexpectedCharacter': "Unexpected character '{char}'.",
  'syntax.nonAsciiWord': "'{text}' cannot stand outside quotes: names, flags and keywords use only the letters A–Z, digits and '_'. Put other text, such as Korean, in double quotes.",
  'syntax.numberOutOfRange': '{text} is out of range: numbers are 0 to 4294967295 (32 bits, like sequence numbers).',
  'syntax.notDecimal': "'{text}' is not a decimal number.",

  // Lines
  'syntax.expectedStatement': "Unexpected '{text}' at the start of a line: expected an event such as 'A -> B: SYN' or 'A: listen', or a line starting with title, host, deliver, expect or note.",
  'syntax.unknownKeyword': "Unknown keyword '{word}'. Did you mean '{suggestion}'?",
  'syntax.expectedArrowOrColon': "Expected an arrow ('->', '-x' or '~>') or ':' after the host name '{host}': 'A -> B: SYN' sends a segment, 'A: listen' is an action.",
  'syntax.expectedEndOfLine': "Unexpected '{text}': the statement is already complete. Start a comment with '#'.",

  // Header
  'syntax.expectedTitle': 'Expected the title in double quotes, as in \'title "3-Way Handshake"\'.',
  'syntax.duplicateTitle': 'The script already has a title (line {line}); this one is ignored.',
  'syntax.related.firstTitle': 'The title is set here',
  'syntax.expectedHostName': "Expected a host name after 'host' (letters A–Z, digits and '_', not starting with a digit).",
  'syntax.nonAsciiHostName': 'A host name uses only the letters A–Z, digits and \'_\'; show \'{text}\' as its label instead: host h1 "{text}".',
  'syntax.expectedHostLabel': 'Expected the host\'s label in double quotes, as in \'host client "Client"\'.',
  'syntax.headerAfterEvent': "'{keyword}' belongs to the header: write it before the first event (line {line}).",
  'syntax.related.firstEvent': 'The first event',

  // Segments
  'syntax.dupWithoutSegment': "'dup' marks an old duplicate segment: write it before a segment, as in 'dup A -> B: SYN seq=90'.",
  'syntax.expectedSender': "Expected the sending host's name before '{arrow}', as in 'A {arrow} B: SYN'.",
  'syntax.expectedArrow': "Expected '->', '-x' or '~>' after the host name '{host}'.",
  'syntax.expectedReceiver': "Expected the receiving host's name after '{arrow}'.",
  'syntax.expectedColon': "Expected ':' after '{after}', then the flags, as in 'A -> B: SYN'.",
  'syntax.expectedFlag': "Expected a flag such as SYN or ACK after '{after}'.",
  'syntax.unknownFlag': "Unknown flag '{word}'. The flags are SYN, ACK, FIN, RST, PSH, URG, ECE and CWR.",
  'syntax.unknownFlag.didYouMean': "Unknown flag '{word}'. Did you mean '{suggestion}'?",
  'syntax.actionAsFlag': "'{word}' is an action, not a flag: write it on its own line as '{host}: {word}'.",
  'syntax.duplicateFlag': '{flag} is written twice; a flag needs to be written only once.',
  'syntax.unknownField': "Unknown field '{name}'. The fields are seq, ack, len and win.",
  'syntax.unknownField.didYouMean': "Unknown field '{name}'. Did you mean '{suggestion}'?",
  'syntax.duplicateField': "'{name}' is given twice on this line.",
  'syntax.expectedEquals': "Expected '=' after '{field}': write {field}=N.",
  'syntax.expectedNumber': "Expected a decimal number after '{field}='.",
  'syntax.unexpectedInSegment': "Unexpected '{text}': after the flags come fields (seq=, ack=, len=, win=), a label in double quotes and 'as NAME'.",
  'syntax.duplicateLabel': 'A segment has one label; this is a second one.',
  'syntax.expectedAliasName': "Expected a name after 'as', as in 'as s1'.",

  // Deliver, actions, expect, note
  'syntax.expectedSegmentName': "Expected the name of a segment in flight (given with 'as') after 'deliver', or nothing to deliver the oldest one.",
  'syntax.expectedAction': "Expected an action after '{host}:': listen, connect, close, abort, timeout or reboot.",
  'syntax.unknownAction': "Unknown action '{word}'. The actions are listen, connect, close, abort, timeout and reboot.",
  'syntax.unknownAction.didYouMean': "Unknown action '{word}'. Did you mean '{suggestion}'?",
  'syntax.flagAsAction': "'{word}' is a flag, not an action: a segment needs an arrow and a receiver, as in '{host} -> {peer}: {word}'.",
  'syntax.expectedExpectHost': "Expected a host name and its state, as in 'expect A ESTABLISHED'.",
  'syntax.expectedState': "Expected a state after '{host}', such as ESTABLISHED.",
  'syntax.expectedComma': "Expected ',' between two clauses, as in 'expect A ESTABLISHED, B ESTABLISHED'.",
  'syntax.unknownState': "Unknown state '{word}'. The states are CLOSED, LISTEN, SYN-SENT, SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, LAST-ACK and TIME-WAIT.",
  'syntax.unknownState.didYouMean': "Unknown state '{word}'. Did you mean {suggestion}?",
  'syntax.expectedNoteText': 'Expected the note\'s text in double quotes, as in \'note A "waiting"\'.',

  // Quick fixes
  'syntax.fix.replaceWith': "Replace with '{text}'",
  'syntax.fix.insert': "Insert '{text}'",
  'syntax.fix.quote': 'Write {text}',
  'syntax.fix.closeString': 'Add the closing quote',
  'syntax.fix.escapeBackslash': 'Write the backslash as \\\\',
  'syntax.fix.removeFlag': 'Remove the repeated {flag}',
  'syntax.fix.moveToHeader': 'Move above line {line}',
} as const;

export const SYNTAX_MESSAGES: Catalog<keyof typeof en> = {
  en,
  ko: {
    'syntax.unknownEscape': "문자열 안의 '{escape}'{:은} 알 수 없는 이스케이프입니다. 이스케이프는 \\\"와 \\\\ 두 가지뿐이니, 백슬래시를 그대로 쓰려면 \\\\로 적으세요.",
    'syntax.unterminatedString': '문자열이 닫히지 않았습니다. 닫는 큰따옴표(")를 붙이세요.',
    'syntax.unexpectedCharacter': "여기에는 '{char}' 문자를 쓸 수 없습니다.",
    'syntax.nonAsciiWord': "'{text}'{:은} 따옴표 밖에 쓸 수 없습니다. 이름, 플래그, 키워드에는 영문자, 숫자, '_'만 씁니다. 한글 같은 다른 글자는 큰따옴표 안에 넣으세요.",
    'syntax.numberOutOfRange': '{text:은} 범위를 벗어났습니다. 숫자는 0부터 4294967295까지입니다(순서 번호처럼 32비트).',
    'syntax.notDecimal': "'{text}'{:은} 10진수가 아닙니다.",

    'syntax.expectedStatement': "줄 첫머리에 '{text}'{:이} 올 수 없습니다. 'A -> B: SYN'이나 'A: listen' 같은 이벤트, 또는 title, host, deliver, expect, note로 시작하는 줄이어야 합니다.",
    'syntax.unknownKeyword': "알 수 없는 키워드 '{word}'. '{suggestion}'{:을} 뜻했나요?",
    'syntax.expectedArrowOrColon': "호스트 이름 '{host}' 뒤에는 화살표('->', '-x', '~>')나 ':'가 와야 합니다. 'A -> B: SYN'은 세그먼트를 보내는 줄이고, 'A: listen'은 동작입니다.",
    'syntax.expectedEndOfLine': "'{text}'{:은} 필요 없습니다. 문장이 이미 끝났습니다. 주석은 '#'으로 시작하세요.",

    'syntax.expectedTitle': '제목은 큰따옴표로 감싸야 합니다. 예: title "3-way 핸드셰이크"',
    'syntax.duplicateTitle': '제목은 이미 {line}번째 줄에 있으므로 이 제목은 무시됩니다.',
    'syntax.related.firstTitle': '제목을 정한 곳',
    'syntax.expectedHostName': "'host' 뒤에 호스트 이름이 있어야 합니다(영문자, 숫자, '_'로 이루어지고 숫자로 시작하지 않는 이름).",
    'syntax.nonAsciiHostName': "호스트 이름에는 영문자, 숫자, '_'만 쓸 수 있습니다. '{text}'{:은} 표시 이름으로 쓰세요. 예: host h1 \"{text}\"",
    'syntax.expectedHostLabel': '호스트의 표시 이름은 큰따옴표로 감싸야 합니다. 예: host client "클라이언트"',
    'syntax.headerAfterEvent': "'{keyword}'{:은} 머리말에 속합니다. 첫 이벤트({line}번째 줄)보다 앞에 쓰세요.",
    'syntax.related.firstEvent': '첫 이벤트',

    'syntax.dupWithoutSegment': "'dup'은 오래된 중복 세그먼트를 나타냅니다. 'dup A -> B: SYN seq=90'처럼 세그먼트 앞에 쓰세요.",
    'syntax.expectedSender': "'{arrow}' 앞에 보내는 호스트의 이름이 있어야 합니다. 예: A {arrow} B: SYN",
    'syntax.expectedArrow': "호스트 이름 '{host}' 뒤에는 '->', '-x', '~>' 중 하나가 와야 합니다.",
    'syntax.expectedReceiver': "'{arrow}' 뒤에 받는 호스트의 이름이 있어야 합니다.",
    'syntax.expectedColon': "'{after}' 뒤에 ':'와 플래그가 와야 합니다. 예: A -> B: SYN",
    'syntax.expectedFlag': "'{after}' 뒤에 SYN이나 ACK 같은 플래그가 와야 합니다.",
    'syntax.unknownFlag': "알 수 없는 플래그 '{word}'. 플래그는 SYN, ACK, FIN, RST, PSH, URG, ECE, CWR입니다.",
    'syntax.unknownFlag.didYouMean': "알 수 없는 플래그 '{word}'. '{suggestion}'{:을} 뜻했나요?",
    'syntax.actionAsFlag': "'{word}'{:은} 플래그가 아니라 동작입니다. 별도의 줄에 '{host}: {word}'처럼 쓰세요.",
    'syntax.duplicateFlag': '{flag} 플래그를 두 번 썼습니다. 플래그는 한 번만 쓰면 됩니다.',
    'syntax.unknownField': "알 수 없는 필드 '{name}'. 필드는 seq, ack, len, win입니다.",
    'syntax.unknownField.didYouMean': "알 수 없는 필드 '{name}'. '{suggestion}'{:을} 뜻했나요?",
    'syntax.duplicateField': "이 줄에 '{name}' 필드를 두 번 썼습니다.",
    'syntax.expectedEquals': "'{field}' 뒤에 '='가 있어야 합니다. {field}=N처럼 쓰세요.",
    'syntax.expectedNumber': "'{field}=' 뒤에 10진수가 있어야 합니다.",
    'syntax.unexpectedInSegment': "'{text}'{:은} 여기에 올 수 없습니다. 플래그 뒤에는 필드(seq=, ack=, len=, win=), 큰따옴표로 감싼 레이블, 'as 이름'이 올 수 있습니다.",
    'syntax.duplicateLabel': '세그먼트의 레이블은 하나뿐인데, 이것은 두 번째 레이블입니다.',
    'syntax.expectedAliasName': "'as' 뒤에 이름이 있어야 합니다. 예: as s1",

    'syntax.expectedSegmentName': "'deliver' 뒤에는 전송 중인 세그먼트의 이름('as'로 붙인 이름)을 쓰세요. 가장 먼저 보낸 세그먼트를 전달하려면 아무것도 쓰지 않습니다.",
    'syntax.expectedAction': "'{host}:' 뒤에 동작이 있어야 합니다. listen, connect, close, abort, timeout, reboot 중 하나를 쓰세요.",
    'syntax.unknownAction': "알 수 없는 동작 '{word}'. 동작은 listen, connect, close, abort, timeout, reboot입니다.",
    'syntax.unknownAction.didYouMean': "알 수 없는 동작 '{word}'. '{suggestion}'{:을} 뜻했나요?",
    'syntax.flagAsAction': "'{word}'{:은} 동작이 아니라 플래그입니다. 세그먼트는 '{host} -> {peer}: {word}'처럼 화살표와 받는 호스트를 적어야 합니다.",
    'syntax.expectedExpectHost': '호스트 이름과 상태가 있어야 합니다. 예: expect A ESTABLISHED',
    'syntax.expectedState': "'{host}' 뒤에 ESTABLISHED 같은 상태가 있어야 합니다.",
    'syntax.expectedComma': '두 조건 사이에 쉼표(,)가 있어야 합니다. 예: expect A ESTABLISHED, B ESTABLISHED',
    'syntax.unknownState': "알 수 없는 상태 '{word}'. 상태는 CLOSED, LISTEN, SYN-SENT, SYN-RECEIVED, ESTABLISHED, FIN-WAIT-1, FIN-WAIT-2, CLOSE-WAIT, CLOSING, LAST-ACK, TIME-WAIT입니다.",
    'syntax.unknownState.didYouMean': "알 수 없는 상태 '{word}'. {suggestion:을} 뜻했나요?",
    'syntax.expectedNoteText': '메모 내용은 큰따옴표로 감싸야 합니다. 예: note A "응답 대기 중"',

    'syntax.fix.replaceWith': "'{text}'{:으로} 바꾸기",
    'syntax.fix.insert': "'{text}' 넣기",
    'syntax.fix.quote': '{text:으로} 쓰기',
    'syntax.fix.closeString': '닫는 따옴표 붙이기',
    'syntax.fix.escapeBackslash': '백슬래시를 \\\\로 쓰기',
    'syntax.fix.removeFlag': '중복된 {flag} 지우기',
    'syntax.fix.moveToHeader': '{line}번째 줄 위로 옮기기',
  },
};
