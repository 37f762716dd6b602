import type { MessageRef } from '../diagnostics';
import { DIAGRAM_MESSAGES } from './diagram';
import { ENGINE_MESSAGES } from './engine';
import { format, type Catalog, type Lang } from './lang';
import { SYNTAX_MESSAGES } from './syntax';
import { TIMELINE_MESSAGES } from './timeline';

export { format, langFromLocale, LANGS, type Catalog, type Lang, type MessageArgs } from './lang';

/** Every catalog whose ids may appear in a MessageRef. */
export const CATALOGS: Readonly<Record<string, Catalog<string>>> = {
  syntax: SYNTAX_MESSAGES,
  engine: ENGINE_MESSAGES,
  diagram: DIAGRAM_MESSAGES,
  timeline: TIMELINE_MESSAGES,
};

const merged: Record<Lang, Record<string, string>> = { en: {}, ko: {} };
for (const catalog of Object.values(CATALOGS)) {
  Object.assign(merged.en, catalog.en);
  Object.assign(merged.ko, catalog.ko);
}

/** The text of a message in a language; an unknown id shows itself rather than vanishing. */
export function localize(message: MessageRef, lang: Lang): string {
  const template = merged[lang][message.id] ?? merged.en[message.id] ?? message.id;
  return format(template, message.args);
}

/** True when some catalog defines the id (used by tests to catch typos in ids). */
export function hasMessage(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(merged.en, id);
}
