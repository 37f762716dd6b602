import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { format, localize } from '../../../src/core/messages';
import { finalSound, isParticle, pickParticle } from '../../../src/core/messages/josa';

// Korean particles such as 은/는 follow the sound of what precedes them, and a placeholder's value is
// not known when its template is written: `{host:은}` lets format() choose, by how the value is read.

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** `value` followed by each particle, e.g. "100은 100이 100을 100과 100으로". */
function withAll(value: string): string {
  return ['은', '이', '을', '과', '으로'].map((p) => value + pickParticle(value, p)).join(' ');
}

describe('Korean particles after a value (josa)', () => {
  it('follows the final consonant of a Hangul syllable, and ㄹ takes 로', () => {
    assert.strictEqual(withAll('서버'), '서버는 서버가 서버를 서버와 서버로');
    assert.strictEqual(withAll('클라이언트'), '클라이언트는 클라이언트가 클라이언트를 클라이언트와 클라이언트로');
    assert.strictEqual(withAll('상대편'), '상대편은 상대편이 상대편을 상대편과 상대편으로');
    assert.strictEqual(withAll('파일'), '파일은 파일이 파일을 파일과 파일로');
  });

  it('reads a number aloud: its last digit, or its last place when it ends in zeros', () => {
    const cases: [string, string][] = [
      ['0', '0은 0이 0을 0과 0으로'], // 영
      ['1', '1은 1이 1을 1과 1로'], // 일
      ['2', '2는 2가 2를 2와 2로'], // 이
      ['3', '3은 3이 3을 3과 3으로'], // 삼
      ['10', '10은 10이 10을 10과 10으로'], // 십
      ['100', '100은 100이 100을 100과 100으로'], // 백
      ['101', '101은 101이 101을 101과 101로'], // 백일
      ['102', '102는 102가 102를 102와 102로'], // 백이
      ['1000', '1000은 1000이 1000을 1000과 1000으로'], // 천
      ['10000', '10000은 10000이 10000을 10000과 10000으로'], // 만
      ['300000000', '300000000은 300000000이 300000000을 300000000과 300000000으로'], // 삼억
      ['4294967295', '4294967295는 4294967295가 4294967295를 4294967295와 4294967295로'], // …구십오
    ];
    for (const [value, expected] of cases) {
      assert.strictEqual(withAll(value), expected, value);
    }
    for (const [value, particle] of [['4', '는'], ['5', '는'], ['6', '은'], ['7', '은'], ['8', '은'], ['9', '는'], ['301', '은'], ['302', '는']]) {
      assert.strictEqual(pickParticle(value!, '은'), particle, value);
    }
    assert.strictEqual(pickParticle('7', '으로'), '로'); // 칠
    assert.strictEqual(pickParticle('6', '으로'), '으로'); // 육
    assert.strictEqual(pickParticle('1000000000000', '은'), '는'); // 일조
  });

  it('says a Latin letter by its Korean name: L 엘, M 엠, N 엔, R 알 end in a consonant, the rest do not', () => {
    const subjects = ['A', 'B', 'C', 'L', 'M', 'N', 'R', 'S', 'X', 'Z'].map((letter) => letter + pickParticle(letter, '은'));
    assert.deepStrictEqual(subjects, ['A는', 'B는', 'C는', 'L은', 'M은', 'N은', 'R은', 'S는', 'X는', 'Z는']);
    assert.strictEqual(pickParticle('L', '으로'), '로');
    assert.strictEqual(pickParticle('R', '으로'), '로');
    assert.strictEqual(pickParticle('M', '으로'), '으로');
  });

  it('reads the host names of the lessons as Koreans say them', () => {
    const used = new Set<string>();
    for (const file of fs.readdirSync(path.join(ROOT, 'examples'))) {
      for (const match of fs.readFileSync(path.join(ROOT, 'examples', file), 'utf8').matchAll(/^host (\w+)/gm)) {
        used.add(match[1]!);
      }
    }
    assert.deepStrictEqual([...used].sort(), ['A', 'B', 'client', 'server']);
    // 에이, 비, 클라이언트, 서버: none ends in a consonant.
    for (const host of used) {
      assert.strictEqual(`${host}${pickParticle(host, '은')} ${host}${pickParticle(host, '을')}`, `${host}는 ${host}를`);
    }
  });

  it('reads TCP words and English words by how they are said', () => {
    const cases: [string, string][] = [
      ['SYN', '을'], // 신
      ['FIN', '을'], // 핀
      ['ACK', '를'], // spelled like the catalogs: ACK를
      ['RST', '를'],
      ['SYN,ACK', '를'],
      ['LISTEN', '을'], // 리슨
      ['CLOSING', '을'], // 클로징
      ['CLOSED', '를'], // 클로즈드
      ['ESTABLISHED', '를'],
      ['SYN-SENT', '를'], // 신센트
      ['TIME-WAIT', '를'], // 타임웨이트
      ['FIN-WAIT-1', '을'], // …일
      ['FIN-WAIT-2', '를'], // …이
      ['2MSL', '을'], // 이엠에스엘
      ['peer', '를'], // 피어
      ['host', '를'], // 호스트
      ['time', '을'], // 타임
      ['stop', '을'], // 스톱
      ['make', '를'], // 메이크
      ['missing.tcpflow', '를'], // …플로
    ];
    for (const [value, particle] of cases) {
      assert.strictEqual(pickParticle(value, '를'), particle, value);
    }
    assert.strictEqual(pickParticle('signal', '로'), '로'); // 시그널
  });

  it('reads an RFC segment, a quoted name or a marked word by the last letter or digit inside it', () => {
    assert.strictEqual(pickParticle('<SEQ=301><ACK=101><CTL=ACK>', '으로'), '로');
    assert.strictEqual(pickParticle('<SEQ=0><CTL=RST>', '을'), '를');
    assert.strictEqual(pickParticle('<SEQ=100><CTL=SYN>', '으로'), '으로');
    assert.strictEqual(pickParticle('SEG.ACK=100', '는'), '은');
    assert.strictEqual(pickParticle("'client'", '은'), '는');
    assert.strictEqual(pickParticle('**LISTEN**', '는'), '은');
    assert.strictEqual(pickParticle('"클라이언트"', '이'), '가');
  });

  it('writes both forms when the sound cannot be told: a symbol, another script, nothing', () => {
    assert.strictEqual(pickParticle('', '은'), '은(는)');
    assert.strictEqual(pickParticle('->', '이'), '이(가)');
    assert.strictEqual(pickParticle('日本', '를'), '을(를)');
    assert.strictEqual(pickParticle('👋', '으로'), '(으)로');
    assert.strictEqual(pickParticle('…', '라는'), '(이)라는');
    assert.strictEqual(finalSound('ㅋ'), undefined);
  });

  it('knows either spelling of a pair, and no other particle', () => {
    for (const [a, b] of [['은', '는'], ['이', '가'], ['을', '를'], ['과', '와'], ['으로', '로'], ['이라는', '라는']]) {
      assert.ok(isParticle(a!) && isParticle(b!), a);
      assert.strictEqual(pickParticle('B', a!), pickParticle('B', b!));
      assert.strictEqual(pickParticle('M', a!), pickParticle('M', b!));
    }
    for (const other of ['의', '에', '도', '', '은(는)', 'x']) {
      assert.ok(!isParticle(other), other);
      assert.strictEqual(pickParticle('A', other), undefined);
    }
  });
});

describe('format() with a particle after a placeholder', () => {
  it('puts the particle that the value calls for after `{name:은}`', () => {
    assert.strictEqual(format('SEG.ACK={segAck:는} 틀립니다', { segAck: 100 }), 'SEG.ACK=100은 틀립니다');
    assert.strictEqual(format('{host:는} {state} 상태입니다', { host: 'A', state: 'LISTEN' }), 'A는 LISTEN 상태입니다');
    assert.strictEqual(format('순서 번호 {seq:를} 차지합니다', { seq: 301 }), '순서 번호 301을 차지합니다');
    assert.strictEqual(format('SEQ={given:이} 아니라', { given: 302 }), 'SEQ=302가 아니라');
    assert.strictEqual(format('{reply:로} 응답합니다', { reply: '<SEQ=301><ACK=101><CTL=ACK>' }), '<SEQ=301><ACK=101><CTL=ACK>로 응답합니다');
    assert.strictEqual(format('{host:와} {peer:과}', { host: '클라이언트', peer: '서버' }), '클라이언트와 서버와');
  });

  it('chooses `{:은}` by the last letter or digit written before it, across quotes and marks', () => {
    assert.strictEqual(format("'{host}'{:는} 이미 선언되었습니다", { host: 'server' }), "'server'는 이미 선언되었습니다");
    assert.strictEqual(format("'{host}'{:는} 이미 선언되었습니다", { host: 'M' }), "'M'은 이미 선언되었습니다");
    assert.strictEqual(format('**{flag}**{:는} 아닙니다', { flag: 'SYN' }), '**SYN**은 아닙니다');
    assert.strictEqual(format('`deliver {name}`{:를} 추가하세요', { name: 'syn1' }), '`deliver syn1`을 추가하세요');
  });

  it('leaves what it does not understand visible rather than throwing or hiding it', () => {
    assert.strictEqual(format('{host:의} 상태', { host: 'A' }), '{host:의} 상태');
    assert.strictEqual(format('{missing:는} 없음', {}), '{missing:는} 없음');
    assert.strictEqual(format('{:xyz} {} {host', { host: 'A' }), '{:xyz} {} {host');
    assert.strictEqual(format('{host:는}', { host: '' }), '은(는)');
  });

  it('leaves English templates as they were', () => {
    assert.strictEqual(format("'{host}' is {state}; {host} sends {n}", { host: 'A', state: 'LISTEN', n: 0 }), "'A' is LISTEN; A sends 0");
    assert.strictEqual(format('{0} and {x}', {}), '{0} and {x}');
  });
});

describe('Korean diagnostics read naturally whatever the values', () => {
  function korean(script: string, id: string): string {
    const diagnostic = analyze(script).diagnostics.find((d) => d.message.id === id);
    assert.ok(diagnostic, `${id} in ${analyze(script).diagnostics.map((d) => d.message.id).join(', ')}`);
    return localize(diagnostic.message, 'ko');
  }

  it('SYN,ACK를, 100을, ACK=101이, and 은/는 after the host', () => {
    const text = korean(['B: listen', 'A: connect', 'A -> B: SYN seq=100', 'B -> A: SYN,ACK seq=300 ack=100'].join('\n'), 'arrive.synSent.badAck');
    assert.match(text, /^A는 SYN,ACK를 거부합니다\. 이 세그먼트는 100을 확인응답하지만 A의 SYN에는 ACK=101이 필요합니다/);
    assert.match(text, /A는 RST로 응답하고 SYN-SENT에 머뭅니다\. \(<SEQ=100><CTL=RST>/);
  });

  it('seq=102가 아니라, seq=101로 and 순서 번호 101을', () => {
    const wrong = ['host client', 'host server', 'server: listen', 'client -> server: SYN seq=100', 'server -> client: SYN,ACK seq=300 ack=101', 'client -> server: ACK seq=101 ack=301', 'client -> server: FIN seq=101 ack=301', 'client -> server: FIN seq=102 ack=301'].join('\n');
    const text = korean(wrong, 'send.finRetransmitSeq');
    assert.match(text, /순서 번호 101을 차지하고, 다시 보낼 때도 그 번호를 씁니다\. seq=102가 아니라 seq=101로 쓰세요\./);
  });

  it('the state expected and the host in quotes', () => {
    const mismatch = korean(['A -> B: SYN', 'expect A SYN-RECEIVED'].join('\n'), 'expect.mismatch');
    assert.match(mismatch, /^A는 여기서 SYN-RECEIVED가 아니라 SYN-SENT 상태입니다/);
    const duplicate = korean(['host server', 'host server'].join('\n'), 'host.duplicate');
    assert.strictEqual(duplicate, "호스트 'server'는 이미 선언되었습니다.");
  });
});

describe('Korean templates leave no particle to chance', () => {
  // A particle that changes with the sound before it (은/는, 이/가, 을/를, 과/와, (으)로, (이)라는),
  // written right after a placeholder, or after the quote or mark that closes it. `이` alone counts
  // only as a subject (`{x}이 아니라`), not as the copula of `{x}입니다`/`{x}이고`.
  const BARE = /\{\w+\}['"`*>]*(?:은|는|을|를|과|와|가|으로|로|라는|이라는|\(이\)|\(으\)|이(?=[\s.,)(]|$))/;

  it('writes `{name:은}` or `{:은}` instead of a fixed particle in every catalog', () => {
    const folders = [path.join(ROOT, 'src', 'core', 'messages'), path.join(ROOT, 'src', 'cli')];
    let checked = 0;
    for (const folder of folders) {
      for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
        const source = fs.readFileSync(path.join(folder, file), 'utf8');
        const ko = source.indexOf('\n  ko: {');
        if (ko < 0) {
          continue;
        }
        for (const [index, line] of source.slice(ko).split('\n').entries()) {
          checked++;
          assert.doesNotMatch(line, BARE, `${file}, line ${index + 1} of its Korean catalog: ${line.trim()}`);
          for (const match of line.matchAll(/\{\w*:([^{}]*)\}/g)) {
            assert.ok(isParticle(match[1]!), `${file}: unknown particle in ${match[0]}`);
          }
        }
      }
    }
    assert.ok(checked > 300, `${checked} lines`);
  });

  it('catches the mistake it was written for', () => {
    for (const bad of ["'SEG.ACK={segAck}는'", "'{host}가 '", "'SEQ={given}이 아니라'", "\"'{path}'을(를)\"", "'**{flag}**는'", "'{to}로 '"]) {
      assert.match(bad, BARE, bad);
    }
    for (const good of ["'{host:는} {expected}입니다'", "'{expected}이고'", "'{host}의 {state}에서'", "'SYN(SND.NXT={sndNxt})을'"]) {
      assert.doesNotMatch(good, BARE, good);
    }
  });

  it('rewords the VS Code bundle, which has no particle syntax, so that no particle follows a {0}', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;
    const nls = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
    for (const text of [...Object.values(bundle), ...Object.values(nls)]) {
      assert.doesNotMatch(text.replace(/\{(\d+)\}/g, '{n$1}'), BARE, text);
    }
  });
});
