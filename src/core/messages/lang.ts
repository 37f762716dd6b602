/** The languages tcpflow speaks. Every catalog has both, checked by the compiler and by a test. */
export type Lang = 'en' | 'ko';

export const LANGS: readonly Lang[] = ['en', 'ko'];

/** A catalog: English texts, and Korean texts for exactly the same keys. */
export interface Catalog<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly ko: Readonly<Record<K, string>>;
}

export type MessageArgs = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than hidden. */
export function format(template: string, args: MessageArgs = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(args, name) ? String(args[name]) : whole,
  );
}

/** Picks a language from a locale string such as `ko`, `ko-KR` or `ko_KR.UTF-8`. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^ko\b|^ko[-_]/i.test(locale) ? 'ko' : 'en';
}
