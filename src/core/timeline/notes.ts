import type { Analysis } from '../model';

/** A `note` of the script: beside a host, or over both when it names none. */
export interface TimelineNote {
  /** 0-based script line. */
  readonly line: number;
  readonly host: string | undefined;
  readonly text: string;
}

/**
 * The notes a script writes, for the timeline: the analysis keeps them in its
 * syntax tree, which is not posted to the webview, so they travel as this
 * small list. A note with no text draws nothing and is left out.
 */
export function notesOf(analysis: Pick<Analysis, 'script'>): TimelineNote[] {
  const notes: TimelineNote[] = [];
  for (const statement of analysis.script.statements) {
    if (statement.kind === 'note' && statement.text !== undefined && statement.text.value.trim() !== '') {
      notes.push({ line: statement.line, host: statement.host?.text, text: statement.text.value.trim() });
    }
  }
  return notes;
}
