/**
 * Korean particles (josa) that change with the sound before them: 은/는, 이/가, 을/를, 과/와, 으로/로
 * and 이라는/라는. A Korean template cannot write "SEG.ACK={segAck}는" once for every value: 100 is
 * read 백, which ends in a consonant and takes 은, while 4294967295 ends in 오 and takes 는. This
 * module decides from how a value is read aloud in Korean; format() in lang.ts uses it.
 */

/** How the last syllable of a value ends when read aloud in Korean. ㄹ is apart: it takes 로, not 으로. */
export type FinalSound = 'vowel' | 'consonant' | 'rieul';

interface ParticlePair {
  /** After a final consonant (받침): 은, 이, 을, 과, 으로, 이라는. */
  readonly consonant: string;
  /** After a vowel: 는, 가, 를, 와, 로, 라는. */
  readonly vowel: string;
  /** After ㄹ; only 으로/로 treats ㄹ like a vowel. */
  readonly rieul: string;
  /** When the sound cannot be told (a symbol, a kanji, nothing): the form written with both, 은(는). */
  readonly both: string;
}

function pair(consonant: string, vowel: string, both: string, rieul = consonant): ParticlePair {
  return { consonant, vowel, rieul, both };
}

/** Only the pairs the catalogs use; each is found under either of its spellings. */
const PAIRS: readonly ParticlePair[] = [
  pair('은', '는', '은(는)'),
  pair('이', '가', '이(가)'),
  pair('을', '를', '을(를)'),
  pair('과', '와', '과(와)'),
  pair('으로', '로', '(으)로', '로'),
  pair('이라는', '라는', '(이)라는'),
];

const BY_SPELLING: ReadonlyMap<string, ParticlePair> = new Map(PAIRS.flatMap((p) => [[p.consonant, p], [p.vowel, p]] as const));

/** True when `particle` is one of the spellings pickParticle knows, such as 은 or 는. */
export function isParticle(particle: string): boolean {
  return BY_SPELLING.has(particle);
}

/**
 * The form of `particle` (either spelling of a pair: 은 or 는 mean the same) that follows `value`:
 * pickParticle('100', '는') is 은, pickParticle('server', '은') is 는. Undefined for a particle this
 * module does not know; the form with both spellings, 은(는), when the value's last sound cannot be told.
 */
export function pickParticle(value: string, particle: string): string | undefined {
  const found = BY_SPELLING.get(particle);
  if (found === undefined) {
    return undefined;
  }
  const sound = finalSound(value);
  return sound === undefined ? found.both : found[sound];
}

// ── How a value ends when read aloud ───────────────────────────────────────────────────────────────

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** A Hangul syllable is 0xAC00 + (initial × 21 + medial) × 28 + final; final 0 is none, 8 is ㄹ. */
const JONGSEONG_COUNT = 28;
const JONGSEONG_RIEUL = 8;

/** The last digit as read in Sino-Korean: 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_SOUND: Readonly<Record<string, FinalSound>> = {
  '1': 'rieul', // 일
  '2': 'vowel', // 이
  '3': 'consonant', // 삼
  '4': 'vowel', // 사
  '5': 'vowel', // 오
  '6': 'consonant', // 육
  '7': 'rieul', // 칠
  '8': 'rieul', // 팔
  '9': 'vowel', // 구
};

/**
 * A number ending in zeros is read ending in its place: 10 십, 100 백, 1000 천, then every four
 * zeros a larger unit that the smaller places precede (100000 십만): 만, 억, 조, 경.
 */
const PLACE_SOUND: readonly FinalSound[] = ['consonant', 'consonant', 'consonant']; // 십 백 천
const UNIT_SOUND: readonly FinalSound[] = ['consonant', 'consonant', 'vowel', 'consonant']; // 만 억 조 경

/** The names of the Latin letters as Koreans say them: 에이, 비, 씨 … 엘, 엠, 엔 … 알 … 제트. */
const LETTER_SOUND: Readonly<Record<string, FinalSound>> = {
  l: 'rieul', // 엘
  m: 'consonant', // 엠
  n: 'consonant', // 엔
  r: 'rieul', // 알
};

/** Words of TCP read as words although they look like acronyms; other short capitals are spelled out. */
const WORD_SOUND: Readonly<Record<string, FinalSound>> = {
  SYN: 'consonant', // 신
  FIN: 'consonant', // 핀
};

/** A run without any of these is not a word to be said but letters to be spelled: tcp, txt, h. */
const VOWEL_LETTERS = /[aeiouy]/;

/**
 * How `text` ends when read aloud: by its last letter or digit, so that trailing brackets, quotes
 * and marks (`<SEQ=1><CTL=ACK>`, `'client'`, `**LISTEN**`) are passed over. Undefined when it ends in
 * no Hangul, Latin letter or digit (a kanji, an emoji, nothing at all).
 */
export function finalSound(text: string): FinalSound | undefined {
  const end = /([0-9]+|[A-Za-z]+|[\uac00-\ud7a3])[^\p{L}\p{N}]*$/u.exec(text);
  if (end === null) {
    return undefined;
  }
  const last = end[1]!;
  if (/^[0-9]/.test(last)) {
    return numberSound(last);
  }
  if (/^[A-Za-z]/.test(last)) {
    return latinSound(last);
  }
  return hangulSound(last.charCodeAt(0));
}

function hangulSound(code: number): FinalSound | undefined {
  if (code < HANGUL_FIRST || code > HANGUL_LAST) {
    return undefined;
  }
  const jongseong = (code - HANGUL_FIRST) % JONGSEONG_COUNT;
  return jongseong === 0 ? 'vowel' : jongseong === JONGSEONG_RIEUL ? 'rieul' : 'consonant';
}

function numberSound(digits: string): FinalSound | undefined {
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  if (zeros === digits.length) {
    return 'consonant'; // 영
  }
  if (zeros === 0) {
    return DIGIT_SOUND[digits.at(-1)!];
  }
  return zeros < 4 ? PLACE_SOUND[zeros - 1] : UNIT_SOUND[Math.floor(zeros / 4) - 1];
}

function latinSound(word: string): FinalSound {
  const known = WORD_SOUND[word.toUpperCase()];
  if (known !== undefined) {
    return known;
  }
  // A single letter, a short acronym in capitals (ACK, RST, SEQ) and a run with no vowel (tcp, txt)
  // are spelled out, so they end as the name of their last letter does: ACK 에이씨케이, CTL 씨티엘.
  const spelled = word.length === 1 || (word.length <= 3 && word === word.toUpperCase()) || !VOWEL_LETTERS.test(word.toLowerCase());
  if (spelled) {
    return LETTER_SOUND[word.at(-1)!.toLowerCase()] ?? 'vowel';
  }
  return englishWordSound(word.toLowerCase());
}

/**
 * A heuristic for an English word as Korean loanword spelling writes it (외래어 표기법):
 * - -m, -n, -ng end in a consonant (LISTEN 리슨, CLOSING 클로징) and -l in ㄹ (signal 시그널);
 *   a silent e does not count (time 타임, line 라인, file 파일);
 * - -p, -t, -k (-ck) after one short vowel become a final consonant (stop 스톱, chat 챗, pack 팩);
 * - everything else gains a vowel 으 or ends in one: client 클라이언트, WAIT 웨이트 (a cluster or a
 *   long vowel before the t), server 서버, CLOSED 클로즈드, host 호스트, make 메이크.
 */
function englishWordSound(word: string): FinalSound {
  const silentE = /[^aeiou]e$/.test(word) && word.length > 3;
  const stem = silentE ? word.slice(0, -1) : word;
  if (/l$/.test(stem)) {
    return 'rieul';
  }
  if (/(m|n|ng)$/.test(stem)) {
    return 'consonant';
  }
  if (!silentE && /(^|[^aeiou])[aeiou](ck|[ptk])$/.test(stem)) {
    return 'consonant';
  }
  return 'vowel';
}
