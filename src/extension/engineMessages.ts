import type { MessageRef } from '../core/diagnostics';
import type { Lang } from '../core/messages/lang';
import { engine } from './engine';

export { format, langFromLocale, LANGS, type Catalog, type Lang, type MessageArgs } from '../core/messages/lang';

/**
 * src/core/messages for the desktop extension host's bundle, which esbuild.js puts in its place.
 * The catalogs a MessageRef can name (the engine's, the parser's, the diagram's and the
 * timeline's: most of the extension's text) ship once, in the engine bundle, and the host asks
 * the engine for a message's text. Every MessageRef the host shows comes from an analysis, so the
 * engine is loaded by then.
 */
export function localize(message: MessageRef, lang: Lang): string {
  return engine().localize(message, lang);
}
