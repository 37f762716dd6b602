import type { Lang } from './messages/lang';
import { parse } from './syntax/parser';

/** What a lesson or an exercise says about itself before its story starts. */
export interface ScriptHeader {
  /** The `title` line's text, when there is one. */
  readonly title: string | undefined;
  /** The title in Korean: a comment with Hangul at the end of the `title` line. */
  readonly titleKo: string | undefined;
  /** The opening comment's paragraphs in each language, each joined into one line. */
  readonly paragraphs: Readonly<Record<Lang, readonly string[]>>;
}

const HANGUL = /[\uac00-\ud7a3]/;

/**
 * Reads the header of a lesson or an exercise: its title, and the comment block before the first
 * host or event, split into paragraphs at empty `#` lines. A paragraph with Hangul in it is
 * Korean, any other English, so a lesson explains itself in both without any markup. Likewise a
 * comment with Hangul after the title gives the title in Korean:
 * `title "3-Way Handshake" # 3-way 핸드셰이크`.
 */
export function readScriptHeader(text: string): ScriptHeader {
  const script = parse(text).script;
  const title = script.statements.find((s) => s.kind === 'title');
  const firstStory = script.statements.find((s) => s.kind !== 'title');
  const end = firstStory?.line ?? Number.POSITIVE_INFINITY;
  const titleComment = title === undefined ? undefined : script.comments.find((c) => c.range.start.line === title.line && c.range.start.character > 0);
  const titleKo = titleComment === undefined ? undefined : titleComment.text.replace(/^#+/, '').trim();
  const paragraphs: Record<Lang, string[]> = { en: [], ko: [] };
  let current: string[] = [];
  let previousLine = -1;
  const flush = (): void => {
    if (current.length > 0) {
      const paragraph = current.join(' ');
      paragraphs[HANGUL.test(paragraph) ? 'ko' : 'en'].push(paragraph);
      current = [];
    }
  };
  for (const comment of script.comments) {
    if (comment === titleComment) {
      continue;
    }
    const line = comment.range.start.line;
    // Only whole-line comments of the opening block: a comment after code, or after a gap, ends it.
    if (line >= end || comment.range.start.character !== 0 || (previousLine >= 0 && line !== previousLine + 1)) {
      break;
    }
    previousLine = line;
    const words = comment.text.replace(/^#+/, '').trim();
    if (words === '') {
      flush();
    } else {
      current.push(words);
    }
  }
  flush();
  return {
    title: title?.kind === 'title' ? title.text?.value : undefined,
    titleKo: titleKo !== undefined && HANGUL.test(titleKo) ? titleKo : undefined,
    paragraphs,
  };
}

/** The title to show in a language: the Korean one where there is one, else the `title` line's. */
export function headerTitle(header: ScriptHeader, lang: Lang): string | undefined {
  return (lang === 'ko' ? header.titleKo : undefined) ?? header.title;
}

/** The first sentence of a header's first paragraph in a language, for a one-line summary. */
export function headerSummary(header: ScriptHeader, lang: Lang): string | undefined {
  const paragraph = header.paragraphs[lang][0] ?? header.paragraphs.en[0];
  if (paragraph === undefined) {
    return undefined;
  }
  const sentence = /^.*?[.?!](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  return sentence.replace(/^(Task|과제):\s*/, '');
}
