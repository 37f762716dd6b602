import type { Lang } from './messages/lang';

/** What the lesson picker says of a Markdown study note (`examples/handshakes.ko.md`). */
export interface StudyNoteHeader {
  /** The note's first level-one heading, when it has one. */
  readonly title: string | undefined;
  /** The language it is written in: `.ko.md` is Korean, any other `.md` English. */
  readonly lang: Lang;
}

/** Reads a note's title and language from its file name and text, never throwing. */
export function readStudyNoteHeader(name: string, text: string): StudyNoteHeader {
  let inFence = false;
  let title: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    // A `# ` inside a fenced block is a comment of the story there, not a heading.
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
    } else if (!inFence) {
      const heading = /^ {0,3}#\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
      if (heading && heading[1] !== '') {
        title = heading[1];
        break;
      }
    }
  }
  return { title, lang: /\.ko\.md$/i.test(name) ? 'ko' : 'en' };
}
