import { isParticle, pickParticle } from './josa';

/** The languages tcpflow speaks. Every catalog has both, checked by the compiler and by a test. */
export type Lang = 'en' | 'ko';

export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A catalog: English texts, and Korean texts for exactly the same keys. */
export interface Catalog<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly ko: Readonly<Record<K, string>>;
}

export type MessageArgs = Readonly<Record<string, string | number>>;

/** `{name}`, `{name:은}` or `{:은}` (see format); what follows the colon is checked by josa.ts. */
const PLACEHOLDER = /\{(\w*)(?::([^{}]*))?\}/g;

/**
 * Fills a template's placeholders with `args`.
 *
 * - `{name}` is the value of `name`.
 * - `{name:은}` is the value followed by the Korean particle its last sound calls for: either
 *   spelling of a pair names it, so `{host:은}` and `{host:는}` both give "A는", "100은",
 *   "클라이언트는". The pairs are 은/는, 이/가, 을/를, 과/와, 으로/로 and 이라는/라는 (see josa.ts);
 *   a value whose sound cannot be told gets the form written with both, 은(는).
 * - `{:은}` is the particle alone, chosen by the last letter or digit written before it, for a
 *   placeholder inside quotes or marks: `'{host}'{:은}` gives "'A'는", `**{flag}**{:은}` "**URG**는".
 *
 * Nothing throws: an unknown name, and an unknown particle such as `{host:의}`, leave the whole
 * placeholder visible as written, so a mistake shows in the text rather than hiding. English
 * templates simply use no particles.
 */
export function format(template: string, args: MessageArgs = {}): string {
  let text = '';
  let copied = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const whole = match[0];
    const name = match[1] ?? '';
    const particle = match[2];
    text += template.slice(copied, match.index);
    copied = match.index + whole.length;
    const hasValue = name !== '' && Object.prototype.hasOwnProperty.call(args, name);
    const understood = (hasValue || (name === '' && particle !== undefined)) && (particle === undefined || isParticle(particle));
    if (!understood) {
      text += whole;
      continue;
    }
    const value = hasValue ? String(args[name]) : '';
    // A named value decides its own particle (an empty one says nothing); `{:은}` looks back.
    text += value + (particle === undefined ? '' : pickParticle(hasValue ? value : text, particle)!);
  }
  return text + template.slice(copied);
}

/** Picks a language from a locale string such as `ko`, `ko-KR` or `ko_KR.UTF-8`. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^ko\b|^ko[-_]/i.test(locale) ? 'ko' : 'en';
}
